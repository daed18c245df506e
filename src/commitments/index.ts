export { promisedAction, statedDeadline } from "./promise.ts";
export { taskWords } from "./task.ts";
