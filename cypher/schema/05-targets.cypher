// Target/outcome pairs: one node per key, found by scope when a scope is re-paired and
// by family when the API asks for an indicator.
CREATE CONSTRAINT target_outcome_key IF NOT EXISTS FOR (n:TargetOutcome) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT target_ledger_key IF NOT EXISTS FOR (n:TargetLedger) REQUIRE n.key IS UNIQUE;
CREATE RANGE INDEX target_outcome_scope IF NOT EXISTS FOR (n:TargetOutcome) ON (n.scope);
CREATE RANGE INDEX target_outcome_family IF NOT EXISTS FOR (n:TargetOutcome) ON (n.family, n.year);
CREATE RANGE INDEX report_paired IF NOT EXISTS FOR (n:Report) ON (n.paired);
