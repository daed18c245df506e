/** How a property is typed in a `neo4j-admin database import` header. */
export type PropertyType = "string" | "int" | "double" | "boolean" | "string[]";

export interface PropertySpec {
  readonly name: string;
  readonly type: PropertyType;
}

const p = (name: string, type: PropertyType = "string"): PropertySpec => ({ name, type });

const MENTION = [p("sectionRole"), p("name"), p("names", "string[]"), p("evidenceIds", "string[]"), p("mergeRule"), p("mergeScore", "double")];

/** Node labels with their unique key and properties, as docs/graph-model.md defines them. */
export const NODE_SCHEMA: Readonly<Record<string, { readonly key: string; readonly properties: readonly PropertySpec[] }>> = {
  Issuer: { key: "key", properties: [p("name")] },
  Region: { key: "key", properties: [p("name")] },
  Report: {
    key: "id",
    properties: [p("title"), p("year", "int"), p("period"), p("kind"), p("source"), p("contentHash"), p("start", "int"), p("end", "int"),
      p("issuer"), p("region"), p("scope"), p("resolution"), p("ingestedAt"), p("linkedWith"), p("paired", "boolean"), p("text")],
  },
  Section: { key: "id", properties: [p("reportId"), p("heading"), p("level", "int"), p("role"), p("start", "int"), p("end", "int")] },
  Evidence: { key: "id", properties: [p("reportId"), p("text"), p("start", "int"), p("end", "int"), p("linked", "boolean")] },
  Project: { key: "key", properties: [p("name"), p("aliases", "string[]"), p("kind"), p("scope"), p("mergeRule"), p("mergeScore", "double")] },
  Department: { key: "key", properties: [p("name"), p("aliases", "string[]"), p("scope"), p("mergeRule"), p("mergeScore", "double")] },
  Organization: { key: "key", properties: [p("name"), p("kind"), p("aliases", "string[]"), p("mergeRule"), p("mergeScore", "double")] },
  Problem: { key: "key", properties: [p("text"), p("theme"), p("scope"), p("signature"), p("mergeRule"), p("mergeScore", "double")] },
  Indicator: { key: "key", properties: [p("name"), p("aliases", "string[]"), p("scope"), p("baseUnit"), p("mergeRule"), p("mergeScore", "double")] },
  // The project names each scope's reports were linked with (see src/link).
  Lexicon: { key: "key", properties: [p("terms", "string[]"), p("keys", "string[]"), p("hash"), p("stale", "boolean")] },
  Observation: {
    key: "id",
    properties: [p("reportId"), p("value", "double"), p("unit"), p("normalizedValue", "double"), p("baseUnit"), p("upper", "double"),
      p("change", "double"), p("changeUnit"), p("status"), p("qualifier"), p("periodYear", "int"), p("reportYear", "int"), p("sectionRole")],
  },
  // A year's target beside its outcome (see src/targets), and the reports each scope was paired with.
  TargetOutcome: {
    key: "key",
    properties: [p("scope"), p("family"), p("measure"), p("year", "int"), p("gap", "double"), p("gapUnit"), p("verdict"), p("strive", "boolean"),
      p("nature"), p("ceiling", "boolean"), p("preliminary", "boolean"), p("noTargetReportId"), p("noTargetText"), p("noTargetStart", "int"), p("noTargetEnd", "int")],
  },
  TargetLedger: { key: "key", properties: [p("reports", "string[]")] },
};

/** Relationship types with their properties (the ends come from the data). */
export const RELATIONSHIP_SCHEMA: Readonly<Record<string, readonly PropertySpec[]>> = {
  ISSUED: [],
  COVERS: [],
  HAS_SECTION: [],
  HAS_SUBSECTION: [],
  HAS_EVIDENCE: [],
  MENTIONS_PROJECT: [p("status"), p("kind"), ...MENTION, p("via"), p("terms", "string[]")],
  MENTIONS_DEPARTMENT: MENTION,
  MENTIONS_ORGANIZATION: [p("kind"), ...MENTION],
  STATES_PROBLEM: [p("text"), p("sectionRole"), p("evidenceIds", "string[]"), p("mergeRule"), p("mergeScore", "double")],
  HAS_OBSERVATION: [],
  OF_INDICATOR: [p("name"), p("mergeRule"), p("mergeScore", "double")],
  FOR_PROJECT: [],
  RESPONSIBLE_FOR: [p("reportId"), p("role"), p("evidenceId")],
  SUPPORTS: [],
  TARGET: [],
  OUTCOME: [],
  OUTCOME_OF: [p("year", "int"), p("gap", "double"), p("gapUnit"), p("verdict")],
  FOR_INDICATOR: [],
  STATED_IN: [],
};

/** Properties of a node label, or none for a label the model does not know. */
export const nodeProperties = (label: string): readonly PropertySpec[] => NODE_SCHEMA[label]?.properties ?? [];
export const relationshipProperties = (type: string): readonly PropertySpec[] => RELATIONSHIP_SCHEMA[type] ?? [];
