import type { OrganizationRow } from "../report-graph.ts";
import { byKey, supportsOf, type KindResolver } from "./context.ts";
import { mentionRows } from "./mention-rows.ts";

/** One node per organisation; its kind from the first mention that names one. */
export const resolveOrganizations: KindResolver<"organization"> = (records, context) => {
  for (const o of records) context.mention("organization", o.name, o.sectionRole, o.evidence, "record", { kind: o.kind });
  return () => {
    const organizations: OrganizationRow[] = mentionRows("organization", context).map(({ ordered, ...row }) => ({
      ...row,
      kind: ordered.find((m) => m.extra.kind !== undefined)?.extra.kind ?? "other",
    }));
    return { rows: { organizations: byKey(organizations) }, supports: supportsOf("Organization", organizations) };
  };
};
