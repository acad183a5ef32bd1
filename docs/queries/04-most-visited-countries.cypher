// Countries with the most high-level visits: ministers, deputy ministers and above, in office on the day
MATCH (p:Person)-[v:VISITED {status: 'happened'}]->(c:Country)
WHERE EXISTS {
  MATCH (p)-[h:HOLDS_OFFICE]->()
  WHERE h.role <> 'other' AND h.since <= v.dateText AND (h.until IS NULL OR h.until >= v.dateText)
}
RETURN c.name AS country, count(v) AS visits, collect(DISTINCT p.name) AS visitors
ORDER BY visits DESC, country;
