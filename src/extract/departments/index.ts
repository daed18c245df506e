export { extractDepartments } from "./extract-departments.ts";
export { extractOrganizations } from "./extract-organizations.ts";
export { findDepartments, type DepartmentMention } from "./find-departments.ts";
export { findOrganizations, type OrganizationMention } from "./find-organizations.ts";
