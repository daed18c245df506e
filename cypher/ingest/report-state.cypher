// What the graph already holds for these report ids: an unchanged text under the same
// resolver fingerprint means the report need not be written again.
UNWIND $ids AS id
MATCH (r:Report {id: id})
RETURN r.id AS id, r.contentHash AS contentHash, r.resolution AS resolution
