// Keys of the shared entities report $id refers to: after it is rewritten or removed
// they get their derived properties refreshed, or go if nothing refers to them.
OPTIONAL MATCH (r:Report {id: $id})
RETURN
  COLLECT { MATCH (r)-[:MENTIONS_PROJECT]->(n) RETURN n.key
            UNION MATCH (r)-[:HAS_OBSERVATION]->(:Observation)-[:FOR_PROJECT]->(n) RETURN n.key
            UNION MATCH ()-[x:RESPONSIBLE_FOR {reportId: $id}]->(n) RETURN n.key } AS projects,
  COLLECT { MATCH (r)-[:MENTIONS_DEPARTMENT]->(n) RETURN n.key
            UNION MATCH (n)-[x:RESPONSIBLE_FOR {reportId: $id}]->() RETURN n.key } AS departments,
  COLLECT { MATCH (r)-[:MENTIONS_ORGANIZATION]->(n) RETURN DISTINCT n.key } AS organizations,
  COLLECT { MATCH (r)-[:STATES_PROBLEM]->(n) RETURN DISTINCT n.key } AS problems,
  COLLECT { MATCH (r)-[:HAS_OBSERVATION]->(:Observation)-[:OF_INDICATOR]->(n) RETURN DISTINCT n.key } AS indicators,
  COLLECT { MATCH (n:Issuer)-[:ISSUED]->(r) RETURN DISTINCT n.key } AS issuers,
  COLLECT { MATCH (r)-[:COVERS]->(n) RETURN DISTINCT n.key } AS regions
