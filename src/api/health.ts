import { z } from "zod";
import { useReadinessCheck, type Plugin } from "graphql-yoga";
import type { GraphRead } from "./graph-read.ts";

const HealthRow = z.object({ ok: z.literal(1) });

/** GET /healthz: 200 when Neo4j answers `RETURN 1`, 503 otherwise (without the reason). */
export function useHealthz(read: GraphRead): Plugin {
  return useReadinessCheck({
    endpoint: "/healthz",
    check: async ({ fetchAPI }) => {
      const up = await read("health", {}, HealthRow).then(
        (rows) => rows.length === 1,
        () => false,
      );
      return new fetchAPI.Response(JSON.stringify({ status: up ? "ok" : "unavailable", neo4j: up ? "up" : "down" }), {
        status: up ? 200 : 503,
        headers: { "content-type": "application/json" },
      });
    },
  });
}
