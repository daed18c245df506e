export { extractResponsibilities } from "./extract-responsibilities.ts";
