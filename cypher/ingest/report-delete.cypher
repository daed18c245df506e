// Deletes the Report node of $id once report-clear has emptied it.
MATCH (r:Report {id: $id})
DETACH DELETE r
