// The agreements each country signed, directly or through its leaders
MATCH (party:Actor)-[s:SIGNED_AGREEMENT]-(other:Actor)
MATCH (country:Country {iso: coalesce(party.iso, party.country)})
RETURN country.name AS country, s.agreement AS agreement, s.agreementKind AS kind, s.dateText AS date,
  party.name AS signedBy, other.name AS with
ORDER BY country, date;
