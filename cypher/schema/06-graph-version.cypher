// One GraphVersion node (cypher/version/): the constraint makes concurrent first writes
// MERGE the same node.
CREATE CONSTRAINT graph_version_key IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.key IS UNIQUE;
