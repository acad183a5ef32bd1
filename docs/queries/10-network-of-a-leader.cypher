// A leader's diplomatic network, to look at in Browser's graph view
MATCH path = (:Person {name: 'Kim Jong Un'})-[:VISITED|MET|CALLED|CONGRATULATED|SENT_MESSAGE|SIGNED_AGREEMENT|EXPRESSED_SUPPORT]-(:Actor)
RETURN path;
