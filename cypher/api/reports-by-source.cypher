// The reports read from one source (a file, or a text ingested over the API).
MATCH (r:Report {source: $source})
RETURN r {.id, .title, .year, .period, .kind, .issuer, .region} AS report
ORDER BY r.start, r.id
