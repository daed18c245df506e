import { z } from "zod";
import { DepartmentSchema, IndicatorSchema, OrganizationSchema, ProblemSchema, ProjectSchema } from "./entities.ts";
import { ReportEvidenceSchema } from "./span.ts";

/**
 * Every kind of entity GovKG extracts, in the order the stages handle them.
 *
 * A new kind ("target", "commitment") is added here and in `entityKinds` below; then every
 * table keyed by `EntityKind` stops compiling until it handles the kind too: the
 * extractors (`src/extract/index.ts`), the resolvers (`src/resolve/kinds/index.ts`), the
 * row type of each field its statements write (`RowsByField` in
 * `src/resolve/report-graph.ts`) and the API rows (`src/api/rows.ts`).
 */
export const ENTITY_KINDS = ["indicator", "project", "department", "organization", "problem"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** A finding as it leaves extraction: it names its kind, and its evidence names its report. */
const stamp = <K extends EntityKind>(entity: K) => ({ entity: z.literal(entity), evidence: ReportEvidenceSchema });

export interface UpsertStatement {
  readonly name: string;
  readonly rows: string;
}

/** The static facts every stage needs about a kind: names, schemas and graph statements (all data, no stage code). */
export interface EntityKindDescriptor {
  /** Field of an extracted report and of a report's graph rows that holds this kind. */
  readonly list: string;
  /** Neo4j label of the kind's nodes. */
  readonly label: string;
  /** What a report's evidence supports for this kind (indicators: each observation): the label link-supports rows name. */
  readonly supports: { readonly label: string };
  /** What the extractor finds, before it is stamped with its kind and report. */
  readonly finding: z.ZodObject;
  /** The finding as it leaves extraction. */
  readonly record: z.ZodObject;
  /**
   * Statements under `cypher/ingest/`: those that write a report's rows, in order, each with
   * the report-graph field its `$rows` come from; and the one that recomputes touched nodes
   * (`$keys`: the touched keys under `list`).
   */
  readonly statements: { readonly upsert: readonly UpsertStatement[]; readonly refresh: string };
}

export const entityKinds = {
  indicator: {
    list: "indicators",
    label: "Indicator",
    supports: { label: "Observation" },
    finding: IndicatorSchema,
    record: IndicatorSchema.extend(stamp("indicator")),
    statements: { upsert: [{ name: "upsert-indicators", rows: "indicators" }, { name: "upsert-observations", rows: "observations" }], refresh: "refresh-indicators" },
  },
  project: {
    list: "projects",
    label: "Project",
    supports: { label: "Project" },
    finding: ProjectSchema,
    record: ProjectSchema.extend(stamp("project")),
    statements: { upsert: [{ name: "upsert-projects", rows: "projects" }], refresh: "refresh-projects" },
  },
  department: {
    list: "departments",
    label: "Department",
    supports: { label: "Department" },
    finding: DepartmentSchema,
    record: DepartmentSchema.extend(stamp("department")),
    statements: { upsert: [{ name: "upsert-departments", rows: "departments" }], refresh: "refresh-departments" },
  },
  organization: {
    list: "organizations",
    label: "Organization",
    supports: { label: "Organization" },
    finding: OrganizationSchema,
    record: OrganizationSchema.extend(stamp("organization")),
    statements: { upsert: [{ name: "upsert-organizations", rows: "organizations" }], refresh: "refresh-organizations" },
  },
  problem: {
    list: "problems",
    label: "Problem",
    supports: { label: "Problem" },
    finding: ProblemSchema,
    record: ProblemSchema.extend(stamp("problem")),
    statements: { upsert: [{ name: "upsert-problems", rows: "problems" }], refresh: "refresh-problems" },
  },
} as const satisfies Record<EntityKind, EntityKindDescriptor>;

type Descriptors = typeof entityKinds;

/** The list field of kind K: "indicators", "projects", … */
export type ListOf<K extends EntityKind> = Descriptors[K]["list"];
export type SupportLabel = Descriptors[EntityKind]["supports"]["label"];
/** The report-graph fields kind K's upsert statements write. */
export type UpsertRows<K extends EntityKind> = Descriptors[K]["statements"]["upsert"][number]["rows"];
export type Finding<K extends EntityKind> = z.infer<Descriptors[K]["finding"]>;
export type EntityRecord<K extends EntityKind> = z.infer<Descriptors[K]["record"]>;

/** One field per kind, named by its list, holding what `Of<K>` gives for that kind. */
export type PerList<Of extends { [K in EntityKind]: unknown }> = { readonly [K in EntityKind as ListOf<K>]: Of[K] };

/** A record with one list per kind, as an extracted report has. */
export type EntityLists = PerList<{ [K in EntityKind]: readonly EntityRecord<K>[] }>;

/** Kind K's list of a report's records (the one place the list name is looked up by kind). */
export function recordsOf<K extends EntityKind>(lists: EntityLists, kind: K): readonly EntityRecord<K>[] {
  return lists[entityKinds[kind].list] as unknown as readonly EntityRecord<K>[];
}

/** Every cypher/ingest statement name the registry uses. */
export function registryStatements(): string[] {
  return ENTITY_KINDS.flatMap((kind) => [...entityKinds[kind].statements.upsert.map((statement) => statement.name), entityKinds[kind].statements.refresh]);
}

/** The lists of stamped records an extracted report holds, one array schema per kind. */
export function entityListShape(): { [K in EntityKind as ListOf<K>]: z.ZodArray<Descriptors[K]["record"]> } {
  const shape: Record<string, z.ZodArray> = {};
  for (const kind of ENTITY_KINDS) shape[entityKinds[kind].list] = z.array(entityKinds[kind].record);
  return shape as { [K in EntityKind as ListOf<K>]: z.ZodArray<Descriptors[K]["record"]> };
}
