// The issuers and years the index page offers as filters.
MATCH (r:Report)
RETURN
  [issuer IN collect(DISTINCT r.issuer) WHERE issuer IS NOT NULL] AS issuers,
  [year IN collect(DISTINCT r.year) WHERE year IS NOT NULL] AS years
