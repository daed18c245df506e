export { extractProblems } from "./extract-problems.ts";
export { classifyTheme } from "./theme.ts";
