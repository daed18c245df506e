import type { Department } from "../../domain/index.ts";
import type { Extractor } from "../types.ts";
import { sourceEvidence } from "../../text/index.ts";
import { findDepartments, withoutShortForms } from "./find-departments.ts";

/**
 * Government, party and public bodies named in the report: one record per distinct name
 * (a name repeated with a place in front is kept in its fuller form only), with the
 * sentence that names it first.
 */
export const extractDepartments: Extractor<Department> = (report) => {
  const records: Department[] = [];
  const seen = new Set<string>();
  for (const sentence of report.sentences) {
    for (const mention of findDepartments(sentence.text)) {
      if (seen.has(mention.name)) continue;
      seen.add(mention.name);
      records.push({ name: mention.name, sectionRole: sentence.role, evidence: sourceEvidence(report.doc, sentence) });
    }
  }
  return { records: withoutShortForms(records), diagnostics: [] };
};
