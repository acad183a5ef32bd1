// Who was China's defence minister on 1 June 2023
MATCH (p:Person)-[h:HOLDS_OFFICE {role: 'defence_minister'}]->(:Country {iso: 'CHN'})
WHERE h.since <= '2023-06-01' AND (h.until IS NULL OR h.until >= '2023-06-01')
RETURN p.name AS minister, h.title AS title, h.since AS since, h.until AS until;
