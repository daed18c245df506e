// Two small validation rules of our own rather than a plugin such as graphql-armor:
// the cost model has to know this schema's paging (`first` caps, connections' `items`),
// the error codes and messages stay ours, and there is no extra dependency to keep in
// step with Yoga and graphql.
export { depthLimitRule } from "./depth-limit.ts";
export { costLimitRule, type CostSettings } from "./cost-limit.ts";
export { useBodyLimit } from "./body-limit.ts";
