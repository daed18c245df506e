// Up to $limit shared entities whose derived properties are out of date (written or
// cleared since the last settle), taken out of :Unsettled inside this transaction, with
// their labels and keys. The label's removal locks each node first, so a report writing
// a new mention of one waits for this transaction, or marks it :Unsettled again for the
// next settle.
MATCH (n:Unsettled)
WITH n LIMIT $limit
REMOVE n:Unsettled
RETURN labels(n) AS labels, n.key AS key
