import type { Problem } from "../../domain/index.ts";
import type { Extractor } from "../types.ts";

export const extractProblems: Extractor<Problem> = () => ({ records: [], diagnostics: [] });
