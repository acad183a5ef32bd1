// Timeline of meetings and calls between Chinese and Russian officials
MATCH (a:Actor)-[m:MET|CALLED]-(b:Actor)
WHERE coalesce(a.iso, a.country) = 'CHN' AND coalesce(b.iso, b.country) = 'RUS'
RETURN m.dateText AS date, type(m) AS how, a.name AS chinese, b.name AS russian, m.evidence[0] AS evidence
ORDER BY date;
