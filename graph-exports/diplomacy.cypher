// diplograph knowledge graph (diplograph 0.1.0, dictionary 2026.11.1) as a Cypher script.
// Load it with `cypher-shell -f diplomacy.cypher` or paste it into Neo4j Browser (multi-statement editor).
// Running it again, or over a driver load of the same articles, leaves the same graph.

// schema
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
CREATE INDEX person_name IF NOT EXISTS FOR (a:Person) ON (a.name);
CREATE INDEX country_name IF NOT EXISTS FOR (a:Country) ON (a.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (a:Organization) ON (a.name);
CREATE INDEX country_iso IF NOT EXISTS FOR (c:Country) ON (c.iso);
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published);
CREATE CONSTRAINT visited_key IF NOT EXISTS FOR ()-[r:VISITED]-() REQUIRE r.key IS UNIQUE;
CREATE INDEX visited_date IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.date);
CREATE INDEX visited_date_text IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.dateText);
CREATE CONSTRAINT met_key IF NOT EXISTS FOR ()-[r:MET]-() REQUIRE r.key IS UNIQUE;
CREATE INDEX met_date IF NOT EXISTS FOR ()-[r:MET]-() ON (r.date);
CREATE INDEX met_date_text IF NOT EXISTS FOR ()-[r:MET]-() ON (r.dateText);
CREATE CONSTRAINT called_key IF NOT EXISTS FOR ()-[r:CALLED]-() REQUIRE r.key IS UNIQUE;
CREATE INDEX called_date IF NOT EXISTS FOR ()-[r:CALLED]-() ON (r.date);
CREATE INDEX called_date_text IF NOT EXISTS FOR ()-[r:CALLED]-() ON (r.dateText);
CREATE CONSTRAINT congratulated_key IF NOT EXISTS FOR ()-[r:CONGRATULATED]-() REQUIRE r.key IS UNIQUE;
CREATE INDEX congratulated_date IF NOT EXISTS FOR ()-[r:CONGRATULATED]-() ON (r.date);
CREATE INDEX congratulated_date_text IF NOT EXISTS FOR ()-[r:CONGRATULATED]-() ON (r.dateText);
CREATE CONSTRAINT sent_message_key IF NOT EXISTS FOR ()-[r:SENT_MESSAGE]-() REQUIRE r.key IS UNIQUE;
CREATE INDEX sent_message_date IF NOT EXISTS FOR ()-[r:SENT_MESSAGE]-() ON (r.date);
CREATE INDEX sent_message_date_text IF NOT EXISTS FOR ()-[r:SENT_MESSAGE]-() ON (r.dateText);
CREATE CONSTRAINT signed_agreement_key IF NOT EXISTS FOR ()-[r:SIGNED_AGREEMENT]-() REQUIRE r.key IS UNIQUE;
CREATE INDEX signed_agreement_date IF NOT EXISTS FOR ()-[r:SIGNED_AGREEMENT]-() ON (r.date);
CREATE INDEX signed_agreement_date_text IF NOT EXISTS FOR ()-[r:SIGNED_AGREEMENT]-() ON (r.dateText);
CREATE CONSTRAINT expressed_support_key IF NOT EXISTS FOR ()-[r:EXPRESSED_SUPPORT]-() REQUIRE r.key IS UNIQUE;
CREATE INDEX expressed_support_date IF NOT EXISTS FOR ()-[r:EXPRESSED_SUPPORT]-() ON (r.date);
CREATE INDEX expressed_support_date_text IF NOT EXISTS FOR ()-[r:EXPRESSED_SUPPORT]-() ON (r.dateText);

// earlier contributions of these articles
UNWIND [{id: '000_cb4b9fd4524df28c'}, {id: '001_1c881e771c4f9be6'}, {id: '002_19d25fd4236bf97b'}, {id: '003_b8f6d30423d2579c'}, {id: '004_4a8c0d302e9363d3'}] AS row
WITH collect(row.id) AS docs
UNWIND docs AS doc
MATCH (:Article {id: doc})<-[:MENTIONED_IN]-(:Actor)-[r:VISITED|MET|CALLED|CONGRATULATED|SENT_MESSAGE|SIGNED_AGREEMENT|EXPRESSED_SUPPORT]->(:Actor)
WHERE doc IN r.sources
WITH DISTINCT docs, r
WITH r, [i IN range(0, size(r.sources) - 1) WHERE NOT r.sources[i] IN docs] AS keep,
  [i IN range(0, size(r.evidence) - 1) WHERE NOT r.evidenceDocs[i] IN docs] AS keepEvidence
WITH r, [i IN keep | r.sources[i]] AS sources, [i IN keep | r.sourceConfidence[i]] AS confidences,
  [i IN keepEvidence | r.evidence[i]] AS evidence, [i IN keepEvidence | r.evidenceDocs[i]] AS evidenceDocs
SET r.sources = sources, r.sourceConfidence = confidences, r.evidence = evidence, r.evidenceDocs = evidenceDocs,
  r.confidence = reduce(best = 0.0, c IN confidences | CASE WHEN c > best THEN c ELSE best END)
WITH r WHERE size(sources) = 0
DELETE r;
UNWIND [{id: '000_cb4b9fd4524df28c'}, {id: '001_1c881e771c4f9be6'}, {id: '002_19d25fd4236bf97b'}, {id: '003_b8f6d30423d2579c'}, {id: '004_4a8c0d302e9363d3'}] AS row
MATCH (:Article {id: row.id})<-[m:MENTIONED_IN]-(:Actor)
DELETE m;

// Person nodes
UNWIND [{id: 'alexander-lukashenko', props: {id: 'alexander-lukashenko', kind: 'person', name: 'Alexander Lukashenko', chineseNames: ['卢卡申科', '亚历山大·卢卡申科', '盧卡申科', '亞歷山大·盧卡申科', '盧卡申柯', '亞歷山大·盧卡申柯'], aliases: ['卢卡申科', '亚历山大·卢卡申科', '盧卡申科', '亞歷山大·盧卡申科', '盧卡申柯', '亞歷山大·盧卡申柯', 'Lukashenko', 'Aleksandr Lukashenko', 'Alyaksandr Lukashenka', 'Lukashenka', 'Alexander Grigoryevich Lukashenko'], iso: null, country: 'BLR', discovered: null, verified: true}}, {id: 'alexey-krivoruchko', props: {id: 'alexey-krivoruchko', kind: 'person', name: 'Alexey Krivoruchko', chineseNames: ['克里沃鲁奇科', '克里沃鲁齐科', '阿列克谢·克里沃鲁奇科', '阿列克谢·克里沃鲁齐科', '克里沃魯奇科', '克里沃魯齊科', '阿列克謝·克里沃魯奇科', '阿列克謝·克里沃魯齊科'], aliases: ['克里沃鲁奇科', '克里沃鲁齐科', '阿列克谢·克里沃鲁奇科', '阿列克谢·克里沃鲁齐科', '克里沃魯奇科', '克里沃魯齊科', '阿列克謝·克里沃魯奇科', '阿列克謝·克里沃魯齊科', 'Krivoruchko', 'Aleksey Krivoruchko', 'Alexei Krivoruchko'], iso: null, country: 'RUS', discovered: null, verified: true}}, {id: 'dong-jun', props: {id: 'dong-jun', kind: 'person', name: 'Dong Jun', chineseNames: ['董军', '董軍'], aliases: ['董军', '董軍'], iso: null, country: 'CHN', discovered: null, verified: true}}, {id: 'kim-geum-chol', props: {id: 'kim-geum-chol', kind: 'person', name: 'Kim Geum Chol', chineseNames: ['金琴铁', '金琴鐵'], aliases: ['金琴铁', '金琴鐵', 'Kim Kum Chol'], iso: null, country: 'PRK', discovered: null, verified: false}}, {id: 'kim-jong-un', props: {id: 'kim-jong-un', kind: 'person', name: 'Kim Jong Un', chineseNames: ['金正恩'], aliases: ['金正恩', 'Kim Jong-un', 'Kim Jong-eun'], iso: null, country: 'PRK', discovered: null, verified: true}}, {id: 'li-shangfu', props: {id: 'li-shangfu', kind: 'person', name: 'Li Shangfu', chineseNames: ['李尚福'], aliases: ['李尚福'], iso: null, country: 'CHN', discovered: null, verified: true}}, {id: 'sergei-shoigu', props: {id: 'sergei-shoigu', kind: 'person', name: 'Sergei Shoigu', chineseNames: ['绍伊古', '谢尔盖·绍伊古', '紹伊古', '謝爾蓋·紹伊古', '蕭依古'], aliases: ['绍伊古', '谢尔盖·绍伊古', '紹伊古', '謝爾蓋·紹伊古', '蕭依古', 'Shoigu', 'Sergey Shoigu', 'Sergei Kuzhugetovich Shoigu'], iso: null, country: 'RUS', discovered: null, verified: true}}, {id: 'vladimir-putin', props: {id: 'vladimir-putin', kind: 'person', name: 'Vladimir Putin', chineseNames: ['普京', '弗拉基米尔·普京', '弗拉基米尔·弗拉基米罗维奇·普京', '弗拉基米爾·普京', '弗拉基米爾·弗拉基米羅維奇·普京', '普丁', '蒲亭', '普亭'], aliases: ['普京', '弗拉基米尔·普京', '弗拉基米尔·弗拉基米罗维奇·普京', '弗拉基米爾·普京', '弗拉基米爾·弗拉基米羅維奇·普京', '普丁', '蒲亭', '普亭', 'Putin', 'Vladimir Vladimirovich Putin', 'Vladimir V. Putin'], iso: null, country: 'RUS', discovered: null, verified: true}}, {id: 'xi-jinping', props: {id: 'xi-jinping', kind: 'person', name: 'Xi Jinping', chineseNames: ['习近平', '習近平'], aliases: ['习近平', '習近平', 'Xi'], iso: null, country: 'CHN', discovered: null, verified: true}}] AS row
MERGE (a:Actor {id: row.id})
SET a = row.props, a:Person;

// Country nodes
UNWIND [{id: 'CHN', props: {id: 'CHN', kind: 'country', name: 'China', chineseNames: ['中国', '中华人民共和国', '中国大陆', '中國', '中華人民共和國', '中國大陸'], aliases: ['中国', '中华人民共和国', '中国大陆', '中國', '中華人民共和國', '中國大陸', 'People\'s Republic of China', 'PRC', 'P.R.C.', 'mainland China'], iso: 'CHN', country: null, discovered: null, verified: null}}, {id: 'PRK', props: {id: 'PRK', kind: 'country', name: 'North Korea', chineseNames: ['朝鲜', '朝鲜民主主义人民共和国', '北韩', '北朝鲜', '北韓', '朝鮮', '北朝鮮', '朝鮮民主主義人民共和國'], aliases: ['朝鲜', '朝鲜民主主义人民共和国', '北韩', '北朝鲜', '北韓', '朝鮮', '北朝鮮', '朝鮮民主主義人民共和國', 'Democratic People\'s Republic of Korea', 'DPRK', 'D.P.R.K.', 'N. Korea', 'N.Korea'], iso: 'PRK', country: null, discovered: null, verified: null}}, {id: 'RUS', props: {id: 'RUS', kind: 'country', name: 'Russia', chineseNames: ['俄罗斯', '俄罗斯联邦', '俄国', '俄羅斯', '俄羅斯聯邦', '俄國'], aliases: ['俄罗斯', '俄罗斯联邦', '俄国', '俄羅斯', '俄羅斯聯邦', '俄國', 'Russian Federation'], iso: 'RUS', country: null, discovered: null, verified: null}}, {id: 'BLR', props: {id: 'BLR', kind: 'country', name: 'Belarus', chineseNames: ['白俄罗斯', '白俄罗斯共和国', '白俄', '白俄羅斯'], aliases: ['白俄罗斯', '白俄罗斯共和国', '白俄', '白俄羅斯', 'Republic of Belarus', 'Byelorussia'], iso: 'BLR', country: null, discovered: null, verified: null}}] AS row
MERGE (a:Actor {id: row.id})
SET a = row.props, a:Country;

// Organization nodes

// HOLDS_OFFICE relationships
UNWIND [{id: 'alexander-lukashenko', offices: [{of: 'BLR', props: {role: 'head_of_state', title: 'President', since: '1994-07-20', until: null}}]}, {id: 'alexey-krivoruchko', offices: [{of: 'RUS', props: {role: 'deputy_defence_minister', title: 'Deputy Minister of Defence', since: '2018-06-21', until: null}}]}, {id: 'dong-jun', offices: [{of: 'CHN', props: {role: 'defence_minister', title: 'Minister of National Defense', since: '2023-12-29', until: null}}]}, {id: 'kim-geum-chol', offices: [{of: 'PRK', props: {role: 'other', title: 'President of Kim Il Sung Military University', since: '2024', until: null}}]}, {id: 'kim-jong-un', offices: [{of: 'PRK', props: {role: 'party_leader', title: 'First Secretary of the Workers\' Party of Korea', since: '2012-04-11', until: '2016-05-09'}}, {of: 'PRK', props: {role: 'party_leader', title: 'Chairman of the Workers\' Party of Korea', since: '2016-05-09', until: '2021-01-10'}}, {of: 'PRK', props: {role: 'party_leader', title: 'General Secretary of the Workers\' Party of Korea', since: '2021-01-10', until: null}}, {of: 'PRK', props: {role: 'head_of_state', title: 'First Chairman of the National Defence Commission', since: '2012-04-13', until: '2016-06-29'}}, {of: 'PRK', props: {role: 'head_of_state', title: 'Chairman of the State Affairs Commission (President of State Affairs)', since: '2016-06-29', until: null}}, {of: 'PRK', props: {role: 'other', title: 'Supreme Commander of the Korean People\'s Army', since: '2011-12-30', until: null}}]}, {id: 'li-shangfu', offices: [{of: 'CHN', props: {role: 'defence_minister', title: 'Minister of National Defense', since: '2023-03-12', until: '2023-10-24'}}]}, {id: 'sergei-shoigu', offices: [{of: 'RUS', props: {role: 'defence_minister', title: 'Minister of Defence', since: '2012-11-06', until: '2024-05-12'}}, {of: 'RUS', props: {role: 'other', title: 'Secretary of the Security Council', since: '2024-05-12', until: null}}]}, {id: 'vladimir-putin', offices: [{of: 'RUS', props: {role: 'head_of_government', title: 'Prime Minister', since: '1999-08-09', until: '2000-05-07'}}, {of: 'RUS', props: {role: 'head_of_state', title: 'President', since: '2000-05-07', until: '2008-05-07'}}, {of: 'RUS', props: {role: 'head_of_government', title: 'Prime Minister', since: '2008-05-08', until: '2012-05-07'}}, {of: 'RUS', props: {role: 'head_of_state', title: 'President', since: '2012-05-07', until: null}}]}, {id: 'xi-jinping', offices: [{of: 'CHN', props: {role: 'party_leader', title: 'General Secretary of the Chinese Communist Party', since: '2012-11-15', until: null}}, {of: 'CHN', props: {role: 'other', title: 'Chairman of the Central Military Commission', since: '2012-11-15', until: null}}, {of: 'CHN', props: {role: 'head_of_state', title: 'President', since: '2013-03-14', until: null}}, {of: 'CHN', props: {role: 'other', title: 'Vice President', since: '2008-03-15', until: '2013-03-14'}}]}] AS row
MATCH (p:Actor {id: row.id})
OPTIONAL MATCH (p)-[old:HOLDS_OFFICE]->()
DELETE old
WITH DISTINCT p, row
UNWIND row.offices AS office
MATCH (c:Actor {id: office.of})
CREATE (p)-[h:HOLDS_OFFICE]->(c)
SET h = office.props;

// Article nodes
UNWIND [{id: '000_cb4b9fd4524df28c', props: {id: '000_cb4b9fd4524df28c', file: 'seeds/000_cb4b9fd4524df28c.txt', url: null, title: '中国国家主席习近平连任总书记,俄国总统普京及朝鲜最高领袖金正恩纷纷献上祝福。(图取自路透社)', published: date('2022-10-23'), encoding: 'UTF-8', format: 'text', duplicateOf: null}}, {id: '001_1c881e771c4f9be6', props: {id: '001_1c881e771c4f9be6', file: 'seeds/001_1c881e771c4f9be6.txt', url: null, title: '朝俄军事结盟 双方军事代表团互访', published: date('2024-07-20'), encoding: 'UTF-8', format: 'text', duplicateOf: null}}, {id: '002_19d25fd4236bf97b', props: {id: '002_19d25fd4236bf97b', file: 'seeds/002_19d25fd4236bf97b.txt', url: null, title: '中国新任防长董军在上任1个月后首度有公开活动,周三与俄国防长绍伊古视频会晤。(图取自网络)', published: date('2024-02-01'), encoding: 'UTF-8', format: 'text', duplicateOf: null}}, {id: '003_b8f6d30423d2579c', props: {id: '003_b8f6d30423d2579c', file: 'seeds/003_b8f6d30423d2579c.txt', url: null, title: '習近平會見白俄羅斯總統盧卡申科', published: date('2025-06-05'), encoding: 'UTF-8', format: 'text', duplicateOf: null}}, {id: '004_4a8c0d302e9363d3', props: {id: '004_4a8c0d302e9363d3', file: 'seeds/004_4a8c0d302e9363d3.txt', url: 'https://www.rfi.fr/cn/%E4%BA%9A%E6%B4%B2/20230612-%E7%B4%A7%E7%B4%A7%E6%8A%B1%E5%9B%A2-%E9%87%91%E6%AD%A3%E6%81%A9%E5%AE%A3%E7%A7%B0-%E5%85%A8%E5%8A%9B%E6%94%AF%E6%8C%81-%E6%99%AE%E4%BA%AC', title: '紧紧抱团 金正恩宣称“全力支持”普京', published: date('2023-06-12'), encoding: 'UTF-8', format: 'html', duplicateOf: null}}] AS row
MERGE (a:Article {id: row.id})
SET a = row.props;

// MENTIONED_IN relationships
UNWIND [{id: '000_cb4b9fd4524df28c', actors: ['kim-jong-un', 'vladimir-putin', 'xi-jinping']}, {id: '001_1c881e771c4f9be6', actors: ['PRK', 'RUS', 'alexey-krivoruchko', 'kim-geum-chol', 'kim-jong-un', 'vladimir-putin']}, {id: '002_19d25fd4236bf97b', actors: ['RUS', 'dong-jun', 'li-shangfu', 'sergei-shoigu']}, {id: '003_b8f6d30423d2579c', actors: ['CHN', 'alexander-lukashenko', 'xi-jinping']}, {id: '004_4a8c0d302e9363d3', actors: ['kim-jong-un', 'vladimir-putin']}] AS row
MATCH (article:Article {id: row.id})
UNWIND row.actors AS actorId
MATCH (a:Actor {id: actorId})
MERGE (a)-[:MENTIONED_IN]->(article);

// VISITED relationships
UNWIND [{key: 'VISITED|happened|2023-04|li-shangfu|RUS', source: 'li-shangfu', target: 'RUS', props: {date: null, dateText: '2023-04', datePrecision: 'month', status: 'happened', cameo: '042', plover: 'CONSULT', agreement: null, agreementKind: null, extractorVersion: 'diplograph 0.1.0, dictionary 2026.11.1'}, sources: ['002_19d25fd4236bf97b'], sourceConfidence: [0.9], evidence: ['中国网上有评论文章说,董军就任国防部长后第一个接通的就是绍伊古的视频电话,与董军前任李尚福上任后2023年4月首度外访选择俄罗斯,都凸显俄罗斯在中共军事外交中的重要地位,显示中俄两军高度互信和良好合作关系。'], evidenceDocs: ['002_19d25fd4236bf97b']}, {key: 'VISITED|happened|2024-06|alexey-krivoruchko|PRK', source: 'alexey-krivoruchko', target: 'PRK', props: {date: null, dateText: '2024-06', datePrecision: 'month', status: 'happened', cameo: '042', plover: 'CONSULT', agreement: null, agreementKind: null, extractorVersion: 'diplograph 0.1.0, dictionary 2026.11.1'}, sources: ['001_1c881e771c4f9be6'], sourceConfidence: [0.9], evidence: ['克里沃鲁齐科 是 俄代表团成员,一个月前 赴平壤访问。'], evidenceDocs: ['001_1c881e771c4f9be6']}, {key: 'VISITED|happened|2024-07-08|kim-geum-chol|RUS', source: 'kim-geum-chol', target: 'RUS', props: {date: date('2024-07-08'), dateText: '2024-07-08', datePrecision: 'day', status: 'happened', cameo: '042', plover: 'CONSULT', agreement: null, agreementKind: null, extractorVersion: 'diplograph 0.1.0, dictionary 2026.11.1'}, sources: ['001_1c881e771c4f9be6'], sourceConfidence: [0.9], evidence: ['韩联社 首尔 7月9日电 据朝中社 9 日 报道,朝鲜 金日成军事综合大学 校长 金琴铁(音) 率领的 人民军 军事教育干部代表团 前一天从 平壤 启程赴 俄罗斯。', '7月8日,金琴铁 带领军事训练人员组成的代表团前往 俄罗斯 进行访问,这是俄朝领导人签署协议承诺强化军事合作以来,两国首次开展军事交流。'], evidenceDocs: ['001_1c881e771c4f9be6', '001_1c881e771c4f9be6']}, {key: 'VISITED|happened|2024-07-18|alexey-krivoruchko|PRK', source: 'alexey-krivoruchko', target: 'PRK', props: {date: date('2024-07-18'), dateText: '2024-07-18', datePrecision: 'day', status: 'happened', cameo: '042', plover: 'CONSULT', agreement: null, agreementKind: null, extractorVersion: 'diplograph 0.1.0, dictionary 2026.11.1'}, sources: ['001_1c881e771c4f9be6'], sourceConfidence: [0.81], evidence: ['朝鲜领导人 金正恩 星期四(7月18日) 会见到访的 俄罗斯 国防部副部长 率领的军事代表团。'], evidenceDocs: ['001_1c881e771c4f9be6']}, {key: 'VISITED|happened|2025-06-04|alexander-lukashenko|CHN', source: 'alexander-lukashenko', target: 'CHN', props: {date: date('2025-06-04'), dateText: '2025-06-04', datePrecision: 'day', status: 'happened', cameo: '042', plover: 'CONSULT', agreement: null, agreementKind: null, extractorVersion: 'diplograph 0.1.0, dictionary 2026.11.1'}, sources: ['003_b8f6d30423d2579c'], sourceConfidence: [0.85], evidence: ['盧卡申科表示,這是我第15次訪問中國,每一次都真切感受到中方的深情厚誼。', 'Lukashenko, who is on his 15th visit to China, said that he has felt a genuine sense of friendship from China during each of his trips.'], evidenceDocs: ['003_b8f6d30423d2579c', '003_b8f6d30423d2579c']}] AS row
MATCH (s:Actor {id: row.source})
MATCH (t:Actor {id: row.target})
OPTIONAL MATCH ()-[existing:VISITED {key: row.key}]->()
FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
  CREATE (s)-[:VISITED {key: row.key}]->(t))
WITH row
MATCH ()-[r:VISITED {key: row.key}]->()
WITH r, row, coalesce(r.sourceConfidence, []) + row.sourceConfidence AS confidences,
  coalesce(r.sources, []) + row.sources AS sources,
  coalesce(r.evidence, []) + row.evidence AS evidence, coalesce(r.evidenceDocs, []) + row.evidenceDocs AS evidenceDocs
SET r += row.props, r.sources = sources, r.sourceConfidence = confidences, r.evidence = evidence, r.evidenceDocs = evidenceDocs,
  r.confidence = reduce(best = 0.0, c IN confidences | CASE WHEN c > best THEN c ELSE best END);

// MET relationships
UNWIND [{key: 'MET|happened|2022-09|vladimir-putin|xi-jinping', source: 'vladimir-putin', target: 'xi-jinping', props: {date: null, dateText: '2022-09', datePrecision: 'month', status: 'happened', cameo: '040', plover: 'CONSULT', agreement: null, agreementKind: null, extractorVersion: 'diplograph 0.1.0, dictionary 2026.11.1'}, sources: ['000_cb4b9fd4524df28c'], sourceConfidence: [0.9], evidence: ['上月普京与习近平面对面会谈时表示,他了解习近平对乌克兰的情势有“疑虑和忧心”。'], evidenceDocs: ['000_cb4b9fd4524df28c']}, {key: 'MET|happened|2024-06-19|kim-jong-un|vladimir-putin', source: 'kim-jong-un', target: 'vladimir-putin', props: {date: date('2024-06-19'), dateText: '2024-06-19', datePrecision: 'day', status: 'happened', cameo: '040', plover: 'CONSULT', agreement: null, agreementKind: null, extractorVersion: 'diplograph 0.1.0, dictionary 2026.11.1'}, sources: ['001_1c881e771c4f9be6'], sourceConfidence: [0.9], evidence: ['今年 6 月 19 日,金正恩 与 普京 在平壤举行会谈,两国签署了 《 全面战略伙伴关系条约 》。', '这是朝俄自上月 19 日 举行首脑会谈并签署《 全面战略伙伴关系条约 》以后,朝军 高干 首次访俄。', '朝俄在上月首脑会谈之前,已在军事等各方面展开人员交流,但一直否认国际社会对朝俄军事合作的质疑。'], evidenceDocs: ['001_1c881e771c4f9be6', '001_1c881e771c4f9be6', '001_1c881e771c4f9be6']}, {key: 'MET|happened|2024-07-18|alexey-krivoruchko|kim-jong-un', source: 'kim-jong-un', target: 'alexey-krivoruchko', props: {date: date('2024-07-18'), dateText: '2024-07-18', datePrecision: 'day', status: 'happened', cameo: '040', plover: 'CONSULT', agreement: null, agreementKind: null, extractorVersion: 'diplograph 0.1.0, dictionary 2026.11.1'}, sources: ['001_1c881e771c4f9be6'], sourceConfidence: [0.9], evidence: ['朝鲜领导人 金正恩 星期四(7月18日) 会见到访的 俄罗斯 国防部副部长 率领的军事代表团。', '朝中社 星期五(19日) 报道,金正恩 18 日 在 平壤劳动党总部大楼 会见了由 俄罗斯国防部副部长 克里沃鲁奇科 率领的军事代表团。', '敬爱的 金正恩同志 会见 俄罗斯联邦军事代表团', '朝中社 平壤7月19日电 朝鲜劳动党总书记、朝鲜民主主义人民共和国 国务委员长 金正恩同志 7月18日会见了由 俄罗斯联邦 国防部副部长 阿列克谢 • 克里沃鲁奇科 率领的军事代表团。', '敬爱的 金正恩同志 同俄罗斯联邦国防部 副部长 进行了谈话。', '金正恩 接待 俄副防长 率领的军事代表团', '俄罗斯 莫斯科 7月19日电 据“ 朝鲜之声 ”国营广播电台报道,朝鲜领导人 金正恩 接待了 俄 副防长 阿列克谢 • 克里沃鲁齐科 率领的军事代表团。'], evidenceDocs: ['001_1c881e771c4f9be6', '001_1c881e771c4f9be6', '001_1c881e771c4f9be6', '001_1c881e771c4f9be6', '001_1c881e771c4f9be6', '001_1c881e771c4f9be6', '001_1c881e771c4f9be6']}, {key: 'MET|happened|2025-06-04|alexander-lukashenko|xi-jinping', source: 'xi-jinping', target: 'alexander-lukashenko', props: {date: date('2025-06-04'), dateText: '2025-06-04', datePrecision: 'day', status: 'happened', cameo: '040', plover: 'CONSULT', agreement: null, agreementKind: null, extractorVersion: 'diplograph 0.1.0, dictionary 2026.11.1'}, sources: ['003_b8f6d30423d2579c'], sourceConfidence: [0.9], evidence: ['習近平會見白俄羅斯總統盧卡申科', '6月4日上午,國家主席習近平在北京中南海會見白俄羅斯總統盧卡申科。', '6月4日上午,國家主席習近平在中南海會見白俄羅斯總統盧卡申科。', 'Xi meets Belarusian president', 'Chinese President Xi Jinping meets with Belarusian President Alexander Lukashenko in Beijing, capital of China, June 4, 2025.', 'Chinese President Xi Jinping met with Belarusian President Alexander Lukashenko in Beijing on Wednesday.'], evidenceDocs: ['003_b8f6d30423d2579c', '003_b8f6d30423d2579c', '003_b8f6d30423d2579c', '003_b8f6d30423d2579c', '003_b8f6d30423d2579c', '003_b8f6d30423d2579c']}] AS row
MATCH (s:Actor {id: row.source})
MATCH (t:Actor {id: row.target})
OPTIONAL MATCH ()-[existing:MET {key: row.key}]->()
FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
  CREATE (s)-[:MET {key: row.key}]->(t))
WITH row
MATCH ()-[r:MET {key: row.key}]->()
WITH r, row, coalesce(r.sourceConfidence, []) + row.sourceConfidence AS confidences,
  coalesce(r.sources, []) + row.sources AS sources,
  coalesce(r.evidence, []) + row.evidence AS evidence, coalesce(r.evidenceDocs, []) + row.evidenceDocs AS evidenceDocs
SET r += row.props, r.sources = sources, r.sourceConfidence = confidences, r.evidence = evidence, r.evidenceDocs = evidenceDocs,
  r.confidence = reduce(best = 0.0, c IN confidences | CASE WHEN c > best THEN c ELSE best END);

// CALLED relationships
UNWIND [{key: 'CALLED|happened|2024-01-31|dong-jun|sergei-shoigu', source: 'dong-jun', target: 'sergei-shoigu', props: {date: date('2024-01-31'), dateText: '2024-01-31', datePrecision: 'day', status: 'happened', cameo: '041', plover: 'CONSULT', agreement: null, agreementKind: null, extractorVersion: 'diplograph 0.1.0, dictionary 2026.11.1'}, sources: ['002_19d25fd4236bf97b'], sourceConfidence: [0.9], evidence: ['中国新任防长董军在上任1个月后首度有公开活动,周三与俄国防长绍伊古视频会晤。', '(北京、莫斯科1日讯)中国新任国防部长董军周三与俄罗斯国防部长绍伊古视频通话。', '据中国国防部官网周三消息,董军当天与绍伊古视频通话表示,在中国国家主席习近平和俄罗斯总统普京的战略引领下,中俄新时代全面战略协作伙伴关系保持高水平发展。'], evidenceDocs: ['002_19d25fd4236bf97b', '002_19d25fd4236bf97b', '002_19d25fd4236bf97b']}] AS row
MATCH (s:Actor {id: row.source})
MATCH (t:Actor {id: row.target})
OPTIONAL MATCH ()-[existing:CALLED {key: row.key}]->()
FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
  CREATE (s)-[:CALLED {key: row.key}]->(t))
WITH row
MATCH ()-[r:CALLED {key: row.key}]->()
WITH r, row, coalesce(r.sourceConfidence, []) + row.sourceConfidence AS confidences,
  coalesce(r.sources, []) + row.sources AS sources,
  coalesce(r.evidence, []) + row.evidence AS evidence, coalesce(r.evidenceDocs, []) + row.evidenceDocs AS evidenceDocs
SET r += row.props, r.sources = sources, r.sourceConfidence = confidences, r.evidence = evidence, r.evidenceDocs = evidenceDocs,
  r.confidence = reduce(best = 0.0, c IN confidences | CASE WHEN c > best THEN c ELSE best END);

// CONGRATULATED relationships
UNWIND [{key: 'CONGRATULATED|happened|2022-10-23|kim-jong-un|xi-jinping', source: 'kim-jong-un', target: 'xi-jinping', props: {date: date('2022-10-23'), dateText: '2022-10-23', datePrecision: 'day', status: 'happened', cameo: '051', plover: 'SUPPORT', agreement: null, agreementKind: null, extractorVersion: 'diplograph 0.1.0, dictionary 2026.11.1'}, sources: ['000_cb4b9fd4524df28c'], sourceConfidence: [0.9], evidence: ['中国国家主席习近平连任总书记,俄国总统普京及朝鲜最高领袖金正恩纷纷献上祝福。', '(北京、莫斯科、平壤23日讯)中国国家主席习近平周日破例三连任中共总书记,亲密盟友俄罗斯总统普京与朝鲜最高领导人金正恩都迅速祝贺。', '朝中社报导,金正恩在给习近平的贺函中说:“欣闻您再度当选总书记,请接受我最热烈祝贺之意,”'], evidenceDocs: ['000_cb4b9fd4524df28c', '000_cb4b9fd4524df28c', '000_cb4b9fd4524df28c']}, {key: 'CONGRATULATED|happened|2022-10-23|vladimir-putin|xi-jinping', source: 'vladimir-putin', target: 'xi-jinping', props: {date: date('2022-10-23'), dateText: '2022-10-23', datePrecision: 'day', status: 'happened', cameo: '051', plover: 'SUPPORT', agreement: null, agreementKind: null, extractorVersion: 'diplograph 0.1.0, dictionary 2026.11.1'}, sources: ['000_cb4b9fd4524df28c'], sourceConfidence: [0.9], evidence: ['中国国家主席习近平连任总书记,俄国总统普京及朝鲜最高领袖金正恩纷纷献上祝福。', '(北京、莫斯科、平壤23日讯)中国国家主席习近平周日破例三连任中共总书记,亲密盟友俄罗斯总统普京与朝鲜最高领导人金正恩都迅速祝贺。'], evidenceDocs: ['000_cb4b9fd4524df28c', '000_cb4b9fd4524df28c']}, {key: 'CONGRATULATED|happened|2023-06-12|kim-jong-un|vladimir-putin', source: 'kim-jong-un', target: 'vladimir-putin', props: {date: date('2023-06-12'), dateText: '2023-06-12', datePrecision: 'day', status: 'happened', cameo: '051', plover: 'SUPPORT', agreement: null, agreementKind: null, extractorVersion: 'diplograph 0.1.0, dictionary 2026.11.1'}, sources: ['004_4a8c0d302e9363d3'], sourceConfidence: [0.85], evidence: ['法新社指出，在平壤为数不多的盟友之一的俄罗斯国庆日之际，金正恩向他的同僚普京发出了祝贺的信息。', '金正恩在给普京的贺电中说，“我愿与你紧密携手，进一步巩固战略合作。”'], evidenceDocs: ['004_4a8c0d302e9363d3', '004_4a8c0d302e9363d3']}, {key: 'CONGRATULATED|happened|2024-01-31|sergei-shoigu|dong-jun', source: 'sergei-shoigu', target: 'dong-jun', props: {date: date('2024-01-31'), dateText: '2024-01-31', datePrecision: 'day', status: 'happened', cameo: '051', plover: 'SUPPORT', agreement: null, agreementKind: null, extractorVersion: 'diplograph 0.1.0, dictionary 2026.11.1'}, sources: ['002_19d25fd4236bf97b'], sourceConfidence: [0.53], evidence: ['您是最早向我发来贺电的人之一,这反映了发展两国和两军关系的良好愿望。'], evidenceDocs: ['002_19d25fd4236bf97b']}, {key: 'CONGRATULATED|happened|2025-06-04|xi-jinping|alexander-lukashenko', source: 'xi-jinping', target: 'alexander-lukashenko', props: {date: date('2025-06-04'), dateText: '2025-06-04', datePrecision: 'day', status: 'happened', cameo: '051', plover: 'SUPPORT', agreement: null, agreementKind: null, extractorVersion: 'diplograph 0.1.0, dictionary 2026.11.1'}, sources: ['003_b8f6d30423d2579c'], sourceConfidence: [0.85], evidence: ['習近平再次祝賀盧卡申科當選連任總統。'], evidenceDocs: ['003_b8f6d30423d2579c']}] AS row
MATCH (s:Actor {id: row.source})
MATCH (t:Actor {id: row.target})
OPTIONAL MATCH ()-[existing:CONGRATULATED {key: row.key}]->()
FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
  CREATE (s)-[:CONGRATULATED {key: row.key}]->(t))
WITH row
MATCH ()-[r:CONGRATULATED {key: row.key}]->()
WITH r, row, coalesce(r.sourceConfidence, []) + row.sourceConfidence AS confidences,
  coalesce(r.sources, []) + row.sources AS sources,
  coalesce(r.evidence, []) + row.evidence AS evidence, coalesce(r.evidenceDocs, []) + row.evidenceDocs AS evidenceDocs
SET r += row.props, r.sources = sources, r.sourceConfidence = confidences, r.evidence = evidence, r.evidenceDocs = evidenceDocs,
  r.confidence = reduce(best = 0.0, c IN confidences | CASE WHEN c > best THEN c ELSE best END);

// SENT_MESSAGE relationships
UNWIND [{key: 'SENT_MESSAGE|happened|2024-07-18|kim-jong-un|vladimir-putin', source: 'kim-jong-un', target: 'vladimir-putin', props: {date: date('2024-07-18'), dateText: '2024-07-18', datePrecision: 'day', status: 'happened', cameo: null, plover: null, agreement: null, agreementKind: null, extractorVersion: 'diplograph 0.1.0, dictionary 2026.11.1'}, sources: ['001_1c881e771c4f9be6'], sourceConfidence: [0.9], evidence: ['金正恩同志 对此深表谢意,并嘱托 代表团团长 向俄罗斯联邦总统 普京同志 转达自己的亲切问候。', '金正恩同志对此深表谢意,并转达了自己对俄罗斯联邦总统普京同志的亲切问候。', '金正恩向为维护国家主权和安全进行正义圣战的俄罗斯军队和人民致以战斗问候,并表示了朝鲜民主主义人民共和国政府和人民对俄方在乌克兰进行特别军事行动一事的强力支持和坚决声援。'], evidenceDocs: ['001_1c881e771c4f9be6', '001_1c881e771c4f9be6', '001_1c881e771c4f9be6']}, {key: 'SENT_MESSAGE|happened|2024-07-18|vladimir-putin|kim-jong-un', source: 'vladimir-putin', target: 'kim-jong-un', props: {date: date('2024-07-18'), dateText: '2024-07-18', datePrecision: 'day', status: 'happened', cameo: null, plover: null, agreement: null, agreementKind: null, extractorVersion: 'diplograph 0.1.0, dictionary 2026.11.1'}, sources: ['001_1c881e771c4f9be6'], sourceConfidence: [0.9], evidence: ['代表团团长 郑重转达了 俄罗斯联邦总统 普京同志 对 金正恩同志 的亲切问候。', '另据朝中社报道,俄代表团团长郑重转达了俄罗斯联邦总统普京同志对金正恩同志的亲切问候。'], evidenceDocs: ['001_1c881e771c4f9be6', '001_1c881e771c4f9be6']}] AS row
MATCH (s:Actor {id: row.source})
MATCH (t:Actor {id: row.target})
OPTIONAL MATCH ()-[existing:SENT_MESSAGE {key: row.key}]->()
FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
  CREATE (s)-[:SENT_MESSAGE {key: row.key}]->(t))
WITH row
MATCH ()-[r:SENT_MESSAGE {key: row.key}]->()
WITH r, row, coalesce(r.sourceConfidence, []) + row.sourceConfidence AS confidences,
  coalesce(r.sources, []) + row.sources AS sources,
  coalesce(r.evidence, []) + row.evidence AS evidence, coalesce(r.evidenceDocs, []) + row.evidenceDocs AS evidenceDocs
SET r += row.props, r.sources = sources, r.sourceConfidence = confidences, r.evidence = evidence, r.evidenceDocs = evidenceDocs,
  r.confidence = reduce(best = 0.0, c IN confidences | CASE WHEN c > best THEN c ELSE best END);

// SIGNED_AGREEMENT relationships
UNWIND [{key: 'SIGNED_AGREEMENT|happened|2022-02|vladimir-putin|xi-jinping', source: 'xi-jinping', target: 'vladimir-putin', props: {date: null, dateText: '2022-02', datePrecision: 'month', status: 'happened', cameo: '057', plover: 'AGREE', agreement: '伙伴关系声明', agreementKind: 'joint statement', extractorVersion: 'diplograph 0.1.0, dictionary 2026.11.1'}, sources: ['000_cb4b9fd4524df28c'], sourceConfidence: [0.9], evidence: ['俄罗斯入侵乌克兰之前3周,习近平和普京在2月初签署伙伴关系声明,宣称两国邦谊“无上限”。'], evidenceDocs: ['000_cb4b9fd4524df28c']}, {key: 'SIGNED_AGREEMENT|happened|2024-06-19|PRK|RUS', source: 'PRK', target: 'RUS', props: {date: date('2024-06-19'), dateText: '2024-06-19', datePrecision: 'day', status: 'happened', cameo: '057', plover: 'AGREE', agreement: '全面战略伙伴关系条约', agreementKind: 'treaty', extractorVersion: 'diplograph 0.1.0, dictionary 2026.11.1'}, sources: ['001_1c881e771c4f9be6'], sourceConfidence: [0.73], evidence: ['今年 6 月 19 日,金正恩 与 普京 在平壤举行会谈,两国签署了 《 全面战略伙伴关系条约 》。', '这是 朝俄 签署条约后,俄罗斯 军事领域 高官首次 访问朝鲜。', '这是朝俄自上月 19 日 举行首脑会谈并签署《 全面战略伙伴关系条约 》以后,朝军 高干 首次访俄。', '7月8日,金琴铁 带领军事训练人员组成的代表团前往 俄罗斯 进行访问,这是俄朝领导人签署协议承诺强化军事合作以来,两国首次开展军事交流。'], evidenceDocs: ['001_1c881e771c4f9be6', '001_1c881e771c4f9be6', '001_1c881e771c4f9be6', '001_1c881e771c4f9be6']}] AS row
MATCH (s:Actor {id: row.source})
MATCH (t:Actor {id: row.target})
OPTIONAL MATCH ()-[existing:SIGNED_AGREEMENT {key: row.key}]->()
FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
  CREATE (s)-[:SIGNED_AGREEMENT {key: row.key}]->(t))
WITH row
MATCH ()-[r:SIGNED_AGREEMENT {key: row.key}]->()
WITH r, row, coalesce(r.sourceConfidence, []) + row.sourceConfidence AS confidences,
  coalesce(r.sources, []) + row.sources AS sources,
  coalesce(r.evidence, []) + row.evidence AS evidence, coalesce(r.evidenceDocs, []) + row.evidenceDocs AS evidenceDocs
SET r += row.props, r.sources = sources, r.sourceConfidence = confidences, r.evidence = evidence, r.evidenceDocs = evidenceDocs,
  r.confidence = reduce(best = 0.0, c IN confidences | CASE WHEN c > best THEN c ELSE best END);

// EXPRESSED_SUPPORT relationships
UNWIND [{key: 'EXPRESSED_SUPPORT|happened|2023-06-12|kim-jong-un|vladimir-putin', source: 'kim-jong-un', target: 'vladimir-putin', props: {date: date('2023-06-12'), dateText: '2023-06-12', datePrecision: 'day', status: 'happened', cameo: '050', plover: 'SUPPORT', agreement: null, agreementKind: null, extractorVersion: 'diplograph 0.1.0, dictionary 2026.11.1'}, sources: ['004_4a8c0d302e9363d3'], sourceConfidence: [0.8], evidence: ['紧紧抱团 金正恩宣称“全力支持”普京](https://www.rfi.fr/cn/%E4%BA%9A%E6%B4%B2/20230612-%E7%B4%A7%E7%B4%A7%E6%8A%B1%E5%9B%A2-%E9%87%91%E6%AD%A3%E6%81%A9%E5%AE%A3%E7%A7%B0-%E5%85%A8%E5%8A%9B%E6%94%AF%E6%8C%81-%E6%99%AE%E4%BA%AC)', '据法新社援引朝中社报道，朝鲜领导人金正恩周一6月12日在给俄罗斯总统普京的信息中表示平壤将“全力支持”莫斯科。', '金正恩还强调，“面对帝国主义者的强权专横，朝鲜人民全力支持贵国人民维护俄罗斯的主权权利和发展利益的战斗。”'], evidenceDocs: ['004_4a8c0d302e9363d3', '004_4a8c0d302e9363d3', '004_4a8c0d302e9363d3']}, {key: 'EXPRESSED_SUPPORT|happened|2024-01-31|dong-jun|sergei-shoigu', source: 'dong-jun', target: 'sergei-shoigu', props: {date: date('2024-01-31'), dateText: '2024-01-31', datePrecision: 'day', status: 'happened', cameo: '050', plover: 'SUPPORT', agreement: null, agreementKind: null, extractorVersion: 'diplograph 0.1.0, dictionary 2026.11.1'}, sources: ['002_19d25fd4236bf97b'], sourceConfidence: [0.53], evidence: ['董军随后表示:“尽管美国和欧洲不断向中方施压,但我们在乌克兰问题上仍然支持你们。'], evidenceDocs: ['002_19d25fd4236bf97b']}, {key: 'EXPRESSED_SUPPORT|happened|2024-07-18|kim-jong-un|RUS', source: 'kim-jong-un', target: 'RUS', props: {date: date('2024-07-18'), dateText: '2024-07-18', datePrecision: 'day', status: 'happened', cameo: '050', plover: 'SUPPORT', agreement: null, agreementKind: null, extractorVersion: 'diplograph 0.1.0, dictionary 2026.11.1'}, sources: ['001_1c881e771c4f9be6'], sourceConfidence: [0.85], evidence: ['金正恩说:“ 朝鲜 一如既往地对 俄罗斯军民 在 乌克兰 展开的特别军事行动予以强力 支持 和坚定 声援。', '金正恩同志 向为维护国家 主权 和安全进行 正义圣战 的俄罗斯军队和人民致以战斗问候,并表示了 朝鲜民主主义人民共和国政府 和 人民 对俄方在 乌克兰进行特别军事行动 一事的强力支持和坚决声援。', '金正恩向为维护国家主权和安全进行正义圣战的俄罗斯军队和人民致以战斗问候,并表示了朝鲜民主主义人民共和国政府和人民对俄方在乌克兰进行特别军事行动一事的强力支持和坚决声援。'], evidenceDocs: ['001_1c881e771c4f9be6', '001_1c881e771c4f9be6', '001_1c881e771c4f9be6']}] AS row
MATCH (s:Actor {id: row.source})
MATCH (t:Actor {id: row.target})
OPTIONAL MATCH ()-[existing:EXPRESSED_SUPPORT {key: row.key}]->()
FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
  CREATE (s)-[:EXPRESSED_SUPPORT {key: row.key}]->(t))
WITH row
MATCH ()-[r:EXPRESSED_SUPPORT {key: row.key}]->()
WITH r, row, coalesce(r.sourceConfidence, []) + row.sourceConfidence AS confidences,
  coalesce(r.sources, []) + row.sources AS sources,
  coalesce(r.evidence, []) + row.evidence AS evidence, coalesce(r.evidenceDocs, []) + row.evidenceDocs AS evidenceDocs
SET r += row.props, r.sources = sources, r.sourceConfidence = confidences, r.evidence = evidence, r.evidenceDocs = evidenceDocs,
  r.confidence = reduce(best = 0.0, c IN confidences | CASE WHEN c > best THEN c ELSE best END);

// clean-up of actors no article mentions
MATCH (a:Actor) WHERE NOT (a)-[:MENTIONED_IN]->()
OPTIONAL MATCH (a)-[o:HOLDS_OFFICE]->()
DELETE o;
MATCH (a:Actor) WHERE NOT (a)--()
DELETE a;
