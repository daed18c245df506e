// The text and the sections of every report of the scope that states a quantity: what
// the pairing cuts each observation's paragraph and headings from.
MATCH (r:Report {scope: $scope})
WHERE EXISTS { (r)-[:HAS_OBSERVATION]->() }
RETURN r.id AS id, r.start AS start, r.text AS text,
  COLLECT { MATCH (s:Section {reportId: r.id}) RETURN s {.start, .end, .level, .heading} } AS sections
ORDER BY id
