import type { Project } from "../../domain/index.ts";
import type { Extractor } from "../types.ts";

export const extractProjects: Extractor<Project> = () => ({ records: [], diagnostics: [] });
