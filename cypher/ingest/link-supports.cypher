// Evidence → the facts it supports. One list whose rows name their target's label:
// Neo4j plans a statement anew for each combination of size classes of its list
// parameters, so one list per statement keeps it to a few plans (five lists made
// hundreds, each costing a tenth of a second or more).
UNWIND $rows.items AS row
CALL (row){
  WITH row WHERE row.label = 'Project'
  MATCH (e:Evidence {id: row.evidenceId}), (n:Project {key: row.target})
  MERGE (e)-[:SUPPORTS]->(n)
}
CALL (row){
  WITH row WHERE row.label = 'Department'
  MATCH (e:Evidence {id: row.evidenceId}), (n:Department {key: row.target})
  MERGE (e)-[:SUPPORTS]->(n)
}
CALL (row){
  WITH row WHERE row.label = 'Organization'
  MATCH (e:Evidence {id: row.evidenceId}), (n:Organization {key: row.target})
  MERGE (e)-[:SUPPORTS]->(n)
}
CALL (row){
  WITH row WHERE row.label = 'Problem'
  MATCH (e:Evidence {id: row.evidenceId}), (n:Problem {key: row.target})
  MERGE (e)-[:SUPPORTS]->(n)
}
CALL (row){
  WITH row WHERE row.label = 'Observation'
  MATCH (e:Evidence {id: row.evidenceId}), (n:Observation {id: row.target})
  MERGE (e)-[:SUPPORTS]->(n)
}
RETURN count(*) AS done
