import type { Department, Organization } from "../../domain/index.ts";
import type { Extractor } from "../types.ts";

export const extractDepartments: Extractor<Department> = () => ({ records: [], diagnostics: [] });
export const extractOrganizations: Extractor<Organization> = () => ({ records: [], diagnostics: [] });
