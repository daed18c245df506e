import { normalizeName } from "./normalize.ts";
import { isPlaceholderName } from "./placeholder.ts";

/** Scope of everything the central government issues, and of national programmes. */
export const NATIONAL_SCOPE = "national";

const NATIONAL_ISSUER = /^(?:中华人民共和国)?(?:国务院|中央人民政府|中国政府)/u;
const NATIONAL_REGION = new Set(["全国", "中国", "中华人民共和国", "国家"]);
// The government body behind a name: `江苏省人民政府`, `万州区政府`, `苏州工业园区管委会`.
const GOVERNMENT_SUFFIX = /(?:人民政府|政府|管理委员会|管委会|行政公署)$/u;

const LEVEL_ONLY = /^(?:省|市|区|县|州|镇|乡|自治区|自治州|自治县|旗|盟)?$/u;

/** The unique key of an issuer: `national`, or the place it governs (`江苏省`, `重庆市万州区`). */
export function issuerKey(issuer: string): string | null {
  const name = normalizeName(issuer);
  if (isPlaceholderName(name)) return null;
  if (NATIONAL_ISSUER.test(name) || NATIONAL_REGION.has(name)) return NATIONAL_SCOPE;
  const stem = name.replace(GOVERNMENT_SUFFIX, "");
  // `区政府` with its place blanked out of a template names no one government.
  if (LEVEL_ONLY.test(stem)) return null;
  return stem.length >= 2 ? stem : name;
}

/** The unique key of a region; `national` for the whole country. */
export function regionKey(region: string): string | null {
  const name = normalizeName(region);
  if (isPlaceholderName(name)) return null;
  return NATIONAL_REGION.has(name) ? NATIONAL_SCOPE : name;
}

export interface ReportScopeInput {
  readonly id: string;
  readonly issuer: string | null;
  readonly region: string | null;
}

/**
 * The scope local entities of a report are keyed under. Without an issuer or region
 * nothing says two reports are from the same government, so the report is its own scope
 * and merges nothing with others.
 */
export function reportScope(report: ReportScopeInput): string {
  const fromIssuer = report.issuer === null ? null : issuerKey(report.issuer);
  if (fromIssuer) return fromIssuer;
  const fromRegion = report.region === null ? null : regionKey(report.region);
  if (fromRegion) return fromRegion;
  return `report:${report.id}`;
}
