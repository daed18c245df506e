import type { Department } from "../../domain/index.ts";
import type { Extractor } from "../types.ts";
import { sentenceEvidence } from "./evidence.ts";
import { departmentKey, findDepartments, withoutShortForms } from "./find-departments.ts";

/**
 * Government, party and public bodies named in the report: one record per distinct body
 * (its fullest name), with the sentence that names it first.
 */
export const extractDepartments: Extractor<Department> = (report) => {
  const records: Department[] = [];
  const seen = new Set<string>();
  for (const sentence of report.sentences) {
    for (const mention of findDepartments(sentence.text)) {
      const key = departmentKey(mention.name);
      if (seen.has(key)) continue;
      seen.add(key);
      records.push({ name: mention.name, sectionRole: sentence.role, evidence: sentenceEvidence(report, sentence) });
    }
  }
  return { records: withoutShortForms(records), diagnostics: [] };
};
