import neo4j from "neo4j-driver";
import { z } from "zod";
import { NODE_SCHEMA, RELATIONSHIP_SCHEMA, type PropertySpec, type PropertyType } from "../export/export-schema.ts";

const labels = Object.keys(NODE_SCHEMA) as [string, ...string[]];
const types = Object.keys(RELATIONSHIP_SCHEMA) as [string, ...string[]];

const Label = z.enum(labels);
const End = z.object({ label: Label, id: z.string().min(1) }).strict();
const Properties = z.record(z.string(), z.unknown());

/** One line of a JSONL export or backup (src/graph/export/jsonl-export.ts writes them). */
export const BackupLineSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("node"), label: Label, id: z.string().min(1), properties: Properties }).strict(),
  z.object({ type: z.literal("relationship"), relationship: z.enum(types), start: End, end: End, properties: Properties }).strict(),
]);
/**
 * One line of a backup as the format defines it, for tools that write backups.
 * @public
 */
export type BackupLine = z.infer<typeof BackupLineSchema>;

// JSON has one kind of number, so the graph model says which properties are integers.
const VALUE: Record<PropertyType, z.ZodType> = {
  string: z.string(),
  int: z.number().int().transform((n) => neo4j.int(n)),
  double: z.number(),
  boolean: z.boolean(),
  "string[]": z.array(z.string()),
};

function propertiesSchema(specs: readonly PropertySpec[], key?: string): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = Object.fromEntries(specs.map((spec) => [spec.name, VALUE[spec.type].optional()]));
  if (key !== undefined) shape[key] = z.string();
  return z.object(shape).strict();
}

const NODE_PROPERTIES = new Map(Object.entries(NODE_SCHEMA).map(([label, spec]) => [label, propertiesSchema(spec.properties, spec.key)]));
const RELATIONSHIP_PROPERTIES = new Map(Object.entries(RELATIONSHIP_SCHEMA).map(([type, specs]) => [type, propertiesSchema(specs)]));

interface NodeRef {
  readonly label: string;
  readonly key: string;
  readonly id: string;
}

export interface NodeRow extends NodeRef {
  readonly type: "node";
  readonly properties: Record<string, unknown>;
}

export interface RelationshipRow {
  readonly type: "relationship";
  readonly relationship: string;
  readonly start: NodeRef;
  readonly end: NodeRef;
  readonly properties: Record<string, unknown>;
}

/** A restorable line: its properties checked against the graph model and typed for Neo4j. */
export type RestoreRow = NodeRow | RelationshipRow;

export type ParsedLine = { readonly ok: true; readonly row: RestoreRow } | { readonly ok: false; readonly message: string };

const issues = (error: z.ZodError, prefix: string): string =>
  error.issues.map((issue) => `${[prefix, ...issue.path.map(String)].filter(Boolean).join(".") || "(line)"}: ${issue.message}`).join("; ");

const keyOf = (label: string): string => NODE_SCHEMA[label]?.key ?? "id";

/** Parses and checks one line of a backup; a problem is a message, never a throw. */
export function parseBackupLine(text: string): ParsedLine {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const line = BackupLineSchema.safeParse(json);
  if (!line.success) return { ok: false, message: issues(line.error, "") };
  const value = line.data;
  const schema = value.type === "node" ? NODE_PROPERTIES.get(value.label) : RELATIONSHIP_PROPERTIES.get(value.relationship);
  const properties = schema?.safeParse(value.properties);
  if (!properties?.success) return { ok: false, message: properties ? issues(properties.error, "properties") : "unknown label or type" };
  if (value.type === "node") {
    const key = keyOf(value.label);
    if (properties.data[key] !== value.id) return { ok: false, message: `properties.${key} differs from id "${value.id}"` };
    return { ok: true, row: { type: "node", label: value.label, key, id: value.id, properties: properties.data } };
  }
  return {
    ok: true,
    row: {
      type: "relationship",
      relationship: value.relationship,
      start: { ...value.start, key: keyOf(value.start.label) },
      end: { ...value.end, key: keyOf(value.end.label) },
      properties: properties.data,
    },
  };
}
