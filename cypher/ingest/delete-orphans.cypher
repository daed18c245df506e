// Shared entities that no report refers to any more (after report-clear) are deleted.
CALL (){ UNWIND $projects AS key MATCH (n:Project {key: key}) WHERE NOT EXISTS { (n)--() } DELETE n }
CALL (){ UNWIND $departments AS key MATCH (n:Department {key: key}) WHERE NOT EXISTS { (n)--() } DELETE n }
CALL (){ UNWIND $organizations AS key MATCH (n:Organization {key: key}) WHERE NOT EXISTS { (n)--() } DELETE n }
CALL (){ UNWIND $problems AS key MATCH (n:Problem {key: key}) WHERE NOT EXISTS { (n)--() } DELETE n }
CALL (){ UNWIND $indicators AS key MATCH (n:Indicator {key: key}) WHERE NOT EXISTS { (n)--() } DELETE n }
CALL (){ UNWIND $issuers AS key MATCH (n:Issuer {key: key}) WHERE NOT EXISTS { (n)--() } DELETE n }
CALL (){ UNWIND $regions AS key MATCH (n:Region {key: key}) WHERE NOT EXISTS { (n)--() } DELETE n }
RETURN 1 AS done
