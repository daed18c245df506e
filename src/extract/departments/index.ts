export { extractDepartments } from "./extract-departments.ts";
export { findDepartments, type DepartmentMention } from "./find-departments.ts";
