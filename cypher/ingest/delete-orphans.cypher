// Shared entities that no report refers to any more (after report-clear) are deleted.
// One list of rows naming their label, not a list per label: see link-supports.
UNWIND $rows.items AS row
CALL (row){ WITH row WHERE row.label = 'Project' MATCH (n:Project {key: row.key}) WHERE NOT EXISTS { (n)--() } DELETE n }
CALL (row){ WITH row WHERE row.label = 'Department' MATCH (n:Department {key: row.key}) WHERE NOT EXISTS { (n)--() } DELETE n }
CALL (row){ WITH row WHERE row.label = 'Organization' MATCH (n:Organization {key: row.key}) WHERE NOT EXISTS { (n)--() } DELETE n }
CALL (row){ WITH row WHERE row.label = 'Problem' MATCH (n:Problem {key: row.key}) WHERE NOT EXISTS { (n)--() } DELETE n }
CALL (row){ WITH row WHERE row.label = 'Indicator' MATCH (n:Indicator {key: row.key}) WHERE NOT EXISTS { (n)--() } DELETE n }
CALL (row){ WITH row WHERE row.label = 'Issuer' MATCH (n:Issuer {key: row.key}) WHERE NOT EXISTS { (n)--() } DELETE n }
CALL (row){ WITH row WHERE row.label = 'Region' MATCH (n:Region {key: row.key}) WHERE NOT EXISTS { (n)--() } DELETE n }
RETURN count(*) AS done
