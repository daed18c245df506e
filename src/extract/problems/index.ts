/**
 * Stated problems: one record per clause that states a shortcoming, risk or difficulty,
 * found in lists opened by a lead-in (`存在的问题和不足：…`), in problems sections, and
 * by cue words (`仍需`, `有待`, `不足`, `短板`, …) elsewhere.
 */
export { extractProblems } from "./extract-problems.ts";
export { classifyTheme } from "./theme.ts";
