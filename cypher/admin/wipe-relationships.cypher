// Deletes every relationship in batches, before admin/wipe-all deletes the nodes: a node
// deleted with DETACH carries all its relationships into one batch, and an indicator that
// every report mentions has hundreds of thousands of them in a large graph.
MATCH ()-[link]->()
CALL (link) {
  DELETE link
} IN TRANSACTIONS OF 10000 ROWS
