// Lookups the writer makes on every report: its own nodes by reportId and the
// responsibilities it stated.
CREATE INDEX section_report_id IF NOT EXISTS FOR (n:Section) ON (n.reportId);
CREATE INDEX evidence_report_id IF NOT EXISTS FOR (n:Evidence) ON (n.reportId);
CREATE INDEX observation_report_id IF NOT EXISTS FOR (n:Observation) ON (n.reportId);
CREATE INDEX responsible_for_report_id IF NOT EXISTS FOR ()-[x:RESPONSIBLE_FOR]-() ON (x.reportId);
// The link step reads a scope's reports and finds those not linked yet.
CREATE RANGE INDEX report_scope IF NOT EXISTS FOR (n:Report) ON (n.scope);
CREATE RANGE INDEX report_linked_with IF NOT EXISTS FOR (n:Report) ON (n.linkedWith);
