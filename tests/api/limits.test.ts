import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { getIntrospectionQuery } from "graphql";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_MAX_COST } from "../../src/api/index.ts";
import { ask, errorCodes, testApi } from "./support/client.ts";
import { closeDriver } from "./support/graph.ts";

afterAll(closeDriver);

const yoga = testApi();

describe("depth limit", () => {
  it("lets GraphiQL's introspection query through", async () => {
    const answer = await ask(yoga, getIntrospectionQuery());
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data).toHaveProperty("__schema");
  });

  it("rejects a query nested past the limit, also through fragments", async () => {
    let nested = "name";
    for (let level = 0; level < 10; level += 1) nested = `fields { type { ${nested} } }`;
    const deep = await ask(yoga, `{ __schema { types { ${nested} } } }`);
    // graphql's own introspection-depth rule may add its error beside ours.
    expect(errorCodes(deep)).toContain("DEPTH_LIMIT_EXCEEDED");
    expect(deep.body.errors?.find((error) => error.extensions?.code === "DEPTH_LIMIT_EXCEEDED")?.message).toMatch(/limit is 15/);
    expect(deep.body.data).toBeUndefined();

    const viaFragments = await ask(
      yoga,
      `{ __schema { types { ...A } } }
       fragment A on __Type { fields { type { ...B } } }
       fragment B on __Type { fields { type { ...C } } }
       fragment C on __Type { fields { type { ...D } } }
       fragment D on __Type { fields { type { ...E } } }
       fragment E on __Type { fields { type { ...F } } }
       fragment F on __Type { fields { type { ...G } } }
       fragment G on __Type { fields { type { name } } }`,
    );
    expect(errorCodes(viaFragments)).toContain("DEPTH_LIMIT_EXCEEDED");
  });

  it("is configurable", async () => {
    const shallow = testApi({ maxDepth: 3 });
    const answer = await ask(shallow, `{ recurringProjects { items { project { name } } } }`);
    expect(errorCodes(answer)).toEqual(["DEPTH_LIMIT_EXCEEDED"]);
  });
});

describe("cost limit", () => {
  it("rejects a page of pages", async () => {
    const answer = await ask(
      yoga,
      `{ recurringProjects(first: 100) { items { project { name } mentions(first: 100) { report { title } evidence { text } } } } }`,
    );
    expect(errorCodes(answer)).toEqual(["COST_LIMIT_EXCEEDED"]);
    expect(answer.body.errors?.[0]?.message).toContain(`the limit is ${DEFAULT_MAX_COST}`);
    expect(answer.body.data).toBeUndefined();
  });

  it("counts a variable `first` as the maximum page size", async () => {
    const answer = await ask(
      yoga,
      `query ($n: Int) { recurringProjects(first: $n) { items { mentions(first: $n) { report { title } } } } }`,
      { n: 1 },
    );
    expect(errorCodes(answer)).toEqual(["COST_LIMIT_EXCEEDED"]);
  });

  it("rejects the same field aliased a thousand times", async () => {
    const aliases = Array.from({ length: 1000 }, (_, index) => `s${index}: stats { reports }`).join(" ");
    expect(errorCodes(await ask(yoga, `{ ${aliases} }`))).toEqual(["COST_LIMIT_EXCEEDED"]);
  });

  it("lets an ordinary query through", async () => {
    const answer = await ask(yoga, `{ recurringProjects(first: 20) { items { project { name } mentions(first: 10) { report { title } evidence { text } } } } }`);
    expect(errorCodes(answer)).toEqual([]);
  });
});

describe("request body limit", () => {
  const small = testApi({ maxBodyBytes: 1024 });
  const body = JSON.stringify({ query: `{ search(text: "${"长".repeat(2000)}") { score } }` });

  it("answers 413 when Content-Length is over the limit", async () => {
    const response = await small.fetch("http://localhost/graphql", { method: "POST", headers: { "content-type": "application/json" }, body });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
  });

  it("answers 413 for a streamed body without Content-Length", async () => {
    const bytes = new TextEncoder().encode(body);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let offset = 0; offset < bytes.length; offset += 256) controller.enqueue(bytes.slice(offset, offset + 256));
        controller.close();
      },
    });
    const response = await small.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
  });

  it("lets a body under the limit through", async () => {
    const response = await small.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ ok }" }),
    });
    expect(await response.json()).toEqual({ data: { ok: true } });
  });
});

/** A loopback port that nothing listens on: bound once, then released. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

describe("/healthz", () => {
  it("answers 200 while Neo4j answers", async () => {
    const response = await yoga.fetch("http://localhost/healthz");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", neo4j: "up" });
  });

  it("answers 503 when Neo4j is down, and queries say so without details", async () => {
    const port = await deadPort();
    const child = spawn(process.execPath, ["--import", "tsx", "tests/api/support/dead-neo4j.ts"], {
      env: { ...process.env, NEO4J_URI: `bolt://127.0.0.1:${port}` },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code, stderr).toBe(0);
    const result = JSON.parse(stdout) as { health: { status: number; body: unknown }; query: { status: number; body: { errors: { message: string; extensions: { code: string } }[] } } };
    expect(result.health).toEqual({ status: 503, body: { status: "unavailable", neo4j: "down" } });
    expect(result.query.body.errors[0]?.extensions.code).toBe("GRAPH_UNAVAILABLE");
    expect(JSON.stringify(result.query.body)).not.toMatch(/bolt:|127\.0\.0\.1|statement|api\/stats/);
  });
});
