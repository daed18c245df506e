export { createApi, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_COST, DEFAULT_MAX_DEPTH, type ApiOptions, type GovkgYoga } from "./create-api.ts";
export { startServer, type RunningServer, type ServerOptions } from "./server.ts";
export { toLuceneQuery } from "./lucene.ts";
