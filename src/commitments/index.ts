export { promisedAction, statedDeadline } from "./promise.ts";
