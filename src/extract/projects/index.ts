export { extractProjects, projectKey } from "./extract-projects.ts";
export { findProjects, type ProjectFindings, type ProjectMention } from "./find-projects.ts";
export { mentionStatus, furthestStatus } from "./status.ts";
