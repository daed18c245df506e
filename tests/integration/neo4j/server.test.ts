import { describe, expect, it } from "vitest";
import { connectionSettings } from "../../../src/graph/connection.ts";
import { ensureNeo4j, neo4jStatus } from "../../../src/local-neo4j/index.ts";

describe("local server management", () => {
  it("reports the server the global setup ensured as running, on the configured Bolt port", async () => {
    const status = await neo4jStatus();
    expect(status.running).toBe(true);
    expect(status.uri).toBe(connectionSettings().uri);
    expect(status.version).toMatch(/^5\.26\./);
  });

  it("a second ensure finds the running server and does not start another", async () => {
    const handle = await ensureNeo4j();
    expect(handle.startedHere).toBe(false);
    expect(handle.uri).toBe(connectionSettings().uri);
  });

  it.runIf(connectionSettings().local)("serves Neo4j Browser over HTTP", async () => {
    const status = await neo4jStatus();
    const response = await fetch(status.browserUrl ?? "");
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("<title>Neo4j Browser</title>");
  });
});
