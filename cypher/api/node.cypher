// A node by global id with up to $limit neighbours. Shared entities are looked up by
// $label and $key, report-owned nodes by $id; exactly one of the two is non-null.
CALL {
  MATCH (n:Report {id: $id}) RETURN n
  UNION
  MATCH (n:Section {id: $id}) RETURN n
  UNION
  MATCH (n:Evidence {id: $id}) RETURN n
  UNION
  MATCH (n:Observation {id: $id}) RETURN n
  UNION
  MATCH (n:Project {key: $key}) WHERE $label = 'Project' RETURN n
  UNION
  MATCH (n:Department {key: $key}) WHERE $label = 'Department' RETURN n
  UNION
  MATCH (n:Organization {key: $key}) WHERE $label = 'Organization' RETURN n
  UNION
  MATCH (n:Problem {key: $key}) WHERE $label = 'Problem' RETURN n
  UNION
  MATCH (n:Indicator {key: $key}) WHERE $label = 'Indicator' RETURN n
  UNION
  MATCH (n:Issuer {key: $key}) WHERE $label = 'Issuer' RETURN n
  UNION
  MATCH (n:Region {key: $key}) WHERE $label = 'Region' RETURN n
}
WITH n LIMIT 1
RETURN
  labels(n) AS labels,
  properties(n) AS properties,
  COLLECT {
    MATCH (n)-[rel]-(m)
    WITH rel, m, startNode(rel) = n AS outgoing
    ORDER BY type(rel), coalesce(m.name, m.title, m.heading, m.text), m.key, m.id
    LIMIT toInteger($limit)
    RETURN {
      type: type(rel), outgoing: outgoing, labels: labels(m), key: m.key, id: m.id,
      name: coalesce(m.name, m.title, m.heading, m.text, '')
    }
  } AS neighbours
