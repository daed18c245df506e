// Evidence → the facts it supports, one list per target label.
CALL (){
  UNWIND $projects AS row
  MATCH (e:Evidence {id: row.evidenceId}), (n:Project {key: row.target})
  MERGE (e)-[:SUPPORTS]->(n)
}
CALL (){
  UNWIND $departments AS row
  MATCH (e:Evidence {id: row.evidenceId}), (n:Department {key: row.target})
  MERGE (e)-[:SUPPORTS]->(n)
}
CALL (){
  UNWIND $organizations AS row
  MATCH (e:Evidence {id: row.evidenceId}), (n:Organization {key: row.target})
  MERGE (e)-[:SUPPORTS]->(n)
}
CALL (){
  UNWIND $problems AS row
  MATCH (e:Evidence {id: row.evidenceId}), (n:Problem {key: row.target})
  MERGE (e)-[:SUPPORTS]->(n)
}
CALL (){
  UNWIND $observations AS row
  MATCH (e:Evidence {id: row.evidenceId}), (n:Observation {id: row.target})
  MERGE (e)-[:SUPPORTS]->(n)
}
RETURN 1 AS done
