// Every visit to North Korea, with each source article and the sentences quoted from it
MATCH (visitor:Actor)-[v:VISITED]->(:Country {iso: 'PRK'})
UNWIND v.sources AS articleId
MATCH (article:Article {id: articleId})
RETURN visitor.name AS visitor, v.dateText AS date, article.id AS article, article.title AS title,
  [i IN range(0, size(v.evidence) - 1) WHERE v.evidenceDocs[i] = articleId | v.evidence[i]] AS evidence
ORDER BY date, visitor;
