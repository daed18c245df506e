// The report's sections: top-level ones hang off the report, the rest off their parent.
MATCH (r:Report {id: $reportId})
CALL (r){
  UNWIND $rows.items AS row
  MERGE (s:Section {id: row.id})
  SET s.reportId = r.id, s.heading = row.heading, s.level = row.level, s.role = row.role,
      s.start = row.start, s.end = row.end
}
CALL (r){
  UNWIND $rows.items AS row
  MATCH (s:Section {id: row.id})
  OPTIONAL MATCH (parent:Section {id: row.parentId})
  CALL (r, s, parent){
    WITH r, s, parent WHERE parent IS NULL
    MERGE (r)-[:HAS_SECTION]->(s)
  }
  CALL (s, parent){
    WITH s, parent WHERE parent IS NOT NULL
    MERGE (parent)-[:HAS_SUBSECTION]->(s)
  }
}
RETURN count(*) AS done
