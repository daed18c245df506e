// Names of issuers and regions from the reports that still refer to them.
CALL (){
  UNWIND $issuers AS key
  MATCH (i:Issuer {key: key})
  CALL (i){
    MATCH (i)-[:ISSUED]->(r:Report) WHERE r.issuer IS NOT NULL
    WITH r.issuer AS name, count(*) AS uses ORDER BY uses DESC, size(name), name
    RETURN collect(name)[0] AS name
  }
  WITH i, name WHERE name IS NOT NULL
  SET i.name = name
}
CALL (){
  UNWIND $regions AS key
  MATCH (g:Region {key: key})
  CALL (g){
    MATCH (r:Report)-[:COVERS]->(g) WHERE r.region IS NOT NULL
    WITH r.region AS name, count(*) AS uses ORDER BY uses DESC, size(name), name
    RETURN collect(name)[0] AS name
  }
  WITH g, name WHERE name IS NOT NULL
  SET g.name = name
}
RETURN 1 AS done
