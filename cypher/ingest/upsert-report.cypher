// The report node with its metadata, its text, its issuer and the region it covers.
// A written report is not linked or paired yet: the corpus steps after the batch do it.
MERGE (r:Report {id: $report.id})
SET r += $report, r.ingestedAt = toString(datetime.truncate('second', datetime()))
REMOVE r.linkedWith, r.paired
WITH r
CALL (r){
  UNWIND $issuers.items AS row
  MERGE (i:Issuer {key: row.key}) ON CREATE SET i.name = row.name
  SET i:Unsettled
  MERGE (i)-[:ISSUED]->(r)
}
CALL (r){
  UNWIND $regions.items AS row
  MERGE (g:Region {key: row.key}) ON CREATE SET g.name = row.name
  SET g:Unsettled
  MERGE (r)-[:COVERS]->(g)
}
RETURN r.id AS id
