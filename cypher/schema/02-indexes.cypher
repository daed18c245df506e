// Range indexes for the filters the API and the re-ingest check use.
CREATE RANGE INDEX report_year IF NOT EXISTS FOR (n:Report) ON (n.year);
CREATE RANGE INDEX report_content_hash IF NOT EXISTS FOR (n:Report) ON (n.contentHash);
CREATE RANGE INDEX report_source IF NOT EXISTS FOR (n:Report) ON (n.source);
CREATE RANGE INDEX observation_period_year IF NOT EXISTS FOR (n:Observation) ON (n.periodYear);
