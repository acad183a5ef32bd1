// Everything one article says: the events it is a source of
MATCH (:Article {id: '003_b8f6d30423d2579c'})<-[:MENTIONED_IN]-(s:Actor)-[r]->(t:Actor)
WHERE '003_b8f6d30423d2579c' IN r.sources
RETURN type(r) AS event, s.name AS source, t.name AS target, r.dateText AS date, r.confidence AS confidence
ORDER BY event, source, target;
