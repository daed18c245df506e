// Removes everything report $id contributed except the Report node itself: its own
// sections, evidence and observations, its links to shared entities, and the
// responsibilities it stated. Shared entities stay; orphans go in a later step.
CALL (){ MATCH (n:Section {reportId: $id}) DETACH DELETE n }
CALL (){ MATCH (n:Evidence {reportId: $id}) DETACH DELETE n }
CALL (){ MATCH (n:Observation {reportId: $id}) DETACH DELETE n }
CALL (){ MATCH ()-[x:RESPONSIBLE_FOR {reportId: $id}]->() DELETE x }
CALL (){ MATCH (:Report {id: $id})-[x]-() DELETE x }
RETURN 1 AS done
