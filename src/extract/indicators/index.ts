import type { Indicator } from "../../domain/index.ts";
import type { Extractor } from "../types.ts";

export const extractIndicators: Extractor<Indicator> = () => ({ records: [], diagnostics: [] });
