// After a bulk import every shared entity carries the properties of the first report that
// named it: all are marked for the settle step, which recomputes them from every mention
// (cypher/ingest/unsettled-take.cypher), as after a transactional batch.
MATCH (n)
WHERE n:Project OR n:Department OR n:Organization OR n:Problem OR n:Indicator OR n:Issuer OR n:Region
CALL (n) { SET n:Unsettled } IN TRANSACTIONS OF 5000 ROWS
