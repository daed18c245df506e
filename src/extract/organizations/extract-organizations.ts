import type { Organization } from "../../domain/index.ts";
import type { Extractor } from "../types.ts";
import { sourceEvidence } from "../../text/index.ts";
import { findOrganizations } from "./find-organizations.ts";

/** Companies, banks, universities and institutes: one record per distinct name. */
export const extractOrganizations: Extractor<Organization> = (report) => {
  const records: Organization[] = [];
  const seen = new Set<string>();
  for (const sentence of report.sentences) {
    for (const mention of findOrganizations(sentence.text)) {
      if (seen.has(mention.name)) continue;
      seen.add(mention.name);
      records.push({
        name: mention.name,
        kind: mention.kind,
        sectionRole: sentence.role,
        evidence: sourceEvidence(report.doc, sentence),
      });
    }
  }
  return { records, diagnostics: [] };
};
