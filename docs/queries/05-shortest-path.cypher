// The shortest chain of diplomatic events linking two leaders
MATCH path = shortestPath(
  (:Person {name: 'Alexander Lukashenko'})-[:VISITED|MET|CALLED|CONGRATULATED|SENT_MESSAGE|SIGNED_AGREEMENT|EXPRESSED_SUPPORT*..6]-(:Person {name: 'Vladimir Putin'}))
RETURN [n IN nodes(path) | n.name] AS chain, length(path) AS hops;
