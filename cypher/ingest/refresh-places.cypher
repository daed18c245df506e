// Names of issuers and regions from the reports that still refer to them. One list of
// rows naming their label, not a list per label: see link-supports.
UNWIND $rows.items AS row
CALL (row){
  WITH row WHERE row.label = 'Issuer'
  MATCH (i:Issuer {key: row.key})
  CALL (i){
    MATCH (i)-[:ISSUED]->(r:Report) WHERE r.issuer IS NOT NULL
    WITH r.issuer AS name, count(*) AS uses ORDER BY uses DESC, size(name), name
    RETURN collect(name)[0] AS name
  }
  WITH i, name WHERE name IS NOT NULL
  SET i.name = name
}
CALL (row){
  WITH row WHERE row.label = 'Region'
  MATCH (g:Region {key: row.key})
  CALL (g){
    MATCH (r:Report)-[:COVERS]->(g) WHERE r.region IS NOT NULL
    WITH r.region AS name, count(*) AS uses ORDER BY uses DESC, size(name), name
    RETURN collect(name)[0] AS name
  }
  WITH g, name WHERE name IS NOT NULL
  SET g.name = name
}
RETURN count(*) AS done
