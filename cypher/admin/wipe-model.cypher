// Deletes GovKG's own nodes (first label in $labels) and their relationships in batches;
// other nodes in the database stay.
MATCH (n) WHERE labels(n)[0] IN $labels
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 10000 ROWS
