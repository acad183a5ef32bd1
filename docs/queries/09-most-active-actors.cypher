// The most active actors: how many events they took part in, and of which types
MATCH (a:Actor)-[r:VISITED|MET|CALLED|CONGRATULATED|SENT_MESSAGE|SIGNED_AGREEMENT|EXPRESSED_SUPPORT]-()
RETURN a.name AS actor, count(r) AS events, collect(DISTINCT type(r)) AS types
ORDER BY events DESC, actor
LIMIT 5;
