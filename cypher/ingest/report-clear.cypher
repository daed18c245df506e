// Removes everything report $id contributed except the Report node itself: its own
// sections, evidence and observations, its links to shared entities, and the
// responsibilities it stated. Shared entities stay, marked :Unsettled: the settle step
// after the batch refreshes their derived properties and deletes those left orphaned.
CALL (){ MATCH (n:Section {reportId: $id}) DETACH DELETE n }
CALL (){ MATCH (n:Evidence {reportId: $id}) DETACH DELETE n }
CALL (){
  MATCH (n:Observation {reportId: $id})
  CALL (n){ MATCH (n)-[:OF_INDICATOR|FOR_PROJECT]->(shared) SET shared:Unsettled }
  DETACH DELETE n
}
CALL (){
  MATCH (d)-[x:RESPONSIBLE_FOR {reportId: $id}]->(p)
  SET d:Unsettled, p:Unsettled
  DELETE x
}
CALL (){ MATCH (:Report {id: $id})--(shared) SET shared:Unsettled }
CALL (){ MATCH (:Report {id: $id})-[x]-() DELETE x }
RETURN 1 AS done
