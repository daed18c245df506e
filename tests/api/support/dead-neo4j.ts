// Run as a child process with NEO4J_URI pointing at a port nobody listens on: prints
// what /healthz and a query answer when the database is down.
import { createApi } from "../../../src/api/index.ts";
import { closeDriver } from "../../../src/graph/connection.ts";

const yoga = createApi({ logging: false });
const [health, query] = await Promise.all([
  yoga.fetch("http://localhost/healthz"),
  yoga.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ stats { reports } }" }),
  }),
]);
process.stdout.write(
  JSON.stringify({
    health: { status: health.status, body: await health.json() },
    query: { status: query.status, body: await query.json() },
  }),
);
await closeDriver();
