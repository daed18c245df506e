// One unique key per node label (docs/graph-model.md). A uniqueness constraint
// also gives each key an index, so MERGE on the key is an index lookup.
CREATE CONSTRAINT issuer_key IF NOT EXISTS FOR (n:Issuer) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT region_key IF NOT EXISTS FOR (n:Region) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT report_id IF NOT EXISTS FOR (n:Report) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT section_id IF NOT EXISTS FOR (n:Section) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_key IF NOT EXISTS FOR (n:Project) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT department_key IF NOT EXISTS FOR (n:Department) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT problem_key IF NOT EXISTS FOR (n:Problem) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT indicator_key IF NOT EXISTS FOR (n:Indicator) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT observation_id IF NOT EXISTS FOR (n:Observation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT lexicon_key IF NOT EXISTS FOR (n:Lexicon) REQUIRE n.key IS UNIQUE;
