// Deletes every node in batches (admin/wipe-relationships has taken their relationships
// already; DETACH only catches one written in between).
MATCH (n)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 10000 ROWS
