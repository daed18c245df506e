// Node counts per label and the relationship total, from the count store.
RETURN
  COUNT { MATCH (:Report) } AS reports,
  COUNT { MATCH (:Section) } AS sections,
  COUNT { MATCH (:Evidence) } AS evidence,
  COUNT { MATCH (:Project) } AS projects,
  COUNT { MATCH (:Department) } AS departments,
  COUNT { MATCH (:Organization) } AS organizations,
  COUNT { MATCH (:Problem) } AS problems,
  COUNT { MATCH (:Indicator) } AS indicators,
  COUNT { MATCH (:Observation) } AS observations,
  COUNT { MATCH (:Issuer) } AS issuers,
  COUNT { MATCH (:Region) } AS regions,
  COUNT { MATCH ()-[]->() } AS relationships
