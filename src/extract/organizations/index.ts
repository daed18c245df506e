export { extractOrganizations } from "./extract-organizations.ts";
export { findOrganizations, type OrganizationMention } from "./find-organizations.ts";
