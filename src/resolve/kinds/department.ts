import type { DepartmentRow } from "../report-graph.ts";
import { byKey, supportsOf, type KindResolver } from "./context.ts";
import { mentionRows } from "./mention-rows.ts";

/** One node per department, whether named on its own or as a project's responsible body. */
export const resolveDepartments: KindResolver<"department"> = (records, context) => {
  for (const d of records) context.mention("department", d.name, d.sectionRole, d.evidence, "record");
  return () => {
    const departments: DepartmentRow[] = mentionRows("department", context).map(({ ordered: _, ...row }) => row);
    return { rows: { departments: byKey(departments) }, supports: supportsOf("Department", departments) };
  };
};
