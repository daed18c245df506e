// Reports by id, in the order of $ids (the order they appear in their source text).
UNWIND range(0, size($ids) - 1) AS position
MATCH (r:Report {id: $ids[position]})
RETURN r {.id, .title, .year, .period, .kind, .issuer, .region} AS report
ORDER BY position
