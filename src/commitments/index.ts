export { OUTCOME_WORDS, type OutcomeWords } from "./outcome-words.ts";
export { promisedAction, statedDeadline } from "./promise.ts";
export { taskWords } from "./task.ts";
