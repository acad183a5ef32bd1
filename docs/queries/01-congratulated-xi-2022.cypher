// Who congratulated Xi Jinping in 2022, when, and in which articles
MATCH (who:Actor)-[c:CONGRATULATED]->(:Person {name: 'Xi Jinping'})
WHERE c.dateText STARTS WITH '2022'
RETURN who.name AS who, c.dateText AS date, c.sources AS articles
ORDER BY date, who;
