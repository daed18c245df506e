// Marks projects whose mentions changed outside a report's own write (the link step)
// for the settle step after the batch.
UNWIND $projects.items AS key
MATCH (p:Project {key: key})
SET p:Unsettled
RETURN count(p) AS marked
