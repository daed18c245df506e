// Relationships of one type between two labels from a backup, their ends found by key.
// __TYPE__, __START__, __START_KEY__, __END__ and __END_KEY__ are put in place only after
// they are found in the graph model's closed list; every value arrives in $rows.
UNWIND $rows AS row
MATCH (a:__START__ {__START_KEY__: row.start})
MATCH (b:__END__ {__END_KEY__: row.end})
MERGE (a)-[r:__TYPE__]->(b)
SET r = row.properties
RETURN count(r) AS written
