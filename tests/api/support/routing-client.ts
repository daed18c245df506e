// Run as a child process with NEO4J_URI=neo4j://… (the routing scheme) pointing at the
// tests' single server: writes through executeWrite, reads its own write back through
// executeRead right away, and prints what it saw and the session kinds the driver used.
import { closeDriver, connectionSettings, readGraphVersion, readQuery, writeQuery } from "../../../src/graph/connection.ts";
import { z } from "zod";

const mark = process.argv[2] ?? "routing";
const before = await readGraphVersion();
const write = await writeQuery({ name: "tests/routing-write", text: "CREATE (n:GovKGRoutingProbe {mark: $mark}) RETURN n.mark AS mark" }, { mark });
const read = await readQuery(
  { name: "tests/routing-read", text: "MATCH (n:GovKGRoutingProbe {mark: $mark}) RETURN n.mark AS mark" },
  { mark },
  z.object({ mark: z.string() }),
);
const after = await readGraphVersion();
await writeQuery({ name: "tests/routing-clean", text: "MATCH (n:GovKGRoutingProbe {mark: $mark}) DELETE n" }, { mark });
await closeDriver();
process.stdout.write(`${JSON.stringify({ uri: connectionSettings().uri, created: write.nodesCreated, read: read.map((row) => row.mark), before, after })}\n`);
