/**
 * Relations between the entities of one report: which department leads, answers for or
 * carries out which project, read from the sentences that name both.
 */
export { extractResponsibilities } from "./extract-responsibilities.ts";
