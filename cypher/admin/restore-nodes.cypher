// Nodes of one label from a backup. __LABEL__ and __KEY__ are put in place only after
// they are found in the graph model's closed list (Cypher cannot take labels as
// parameters); every value arrives in $rows.
UNWIND $rows AS row
MERGE (n:__LABEL__ {__KEY__: row.id})
SET n = row.properties
RETURN count(n) AS written
