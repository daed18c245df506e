export { depthLimitRule } from "./depth-limit.ts";
export { costLimitRule, type CostSettings } from "./cost-limit.ts";
export { useBodyLimit } from "./body-limit.ts";
