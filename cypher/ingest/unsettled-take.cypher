// Up to $limit shared entities whose derived properties are out of date (written or
// cleared since the last settle), taken out of :Unsettled inside this transaction. The
// label's removal locks each node first, so a report writing a new mention of one
// waits for this transaction, or marks it :Unsettled again for the next settle.
MATCH (n:Unsettled)
WITH n LIMIT $limit
REMOVE n:Unsettled
WITH collect(n) AS nodes
RETURN [n IN nodes WHERE n:Project | n.key] AS projects,
       [n IN nodes WHERE n:Department | n.key] AS departments,
       [n IN nodes WHERE n:Organization | n.key] AS organizations,
       [n IN nodes WHERE n:Problem | n.key] AS problems,
       [n IN nodes WHERE n:Indicator | n.key] AS indicators,
       [n IN nodes WHERE n:Issuer | n.key] AS issuers,
       [n IN nodes WHERE n:Region | n.key] AS regions,
       size(nodes) AS taken
