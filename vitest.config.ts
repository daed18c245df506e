import { defineConfig } from "vitest/config";
import { useTestSettings } from "./tests/support/test-env.ts";

// The database tests never reach the user's graph: before anything reads the
// environment, point this process (and so every worker and child process) at the
// tests' own Neo4j (see tests/support/test-env.ts).
useTestSettings();

// Tests that need the whole graph to themselves: they wipe it, export or back up all of
// it, restore into an empty database, stop the server, or compare a whole corpus. Every
// other database test works in a scope of its own (tests/support/test-scope.ts).
const WHOLE_GRAPH = [
  "tests/integration/admin/db-commands.test.ts",
  "tests/integration/admin/backup-restore.test.ts",
  "tests/integration/graph/export.test.ts",
  "tests/integration/graph/order-independence.test.ts",
  "tests/integration/faults/**/*.test.ts",
  "tests/integration/bulk/**/*.test.ts",
];

const database = {
  globalSetup: ["tests/support/neo4j-global-setup.ts"],
  testTimeout: 300_000,
  hookTimeout: 600_000,
  fileParallelism: false,
};

// Five projects, one group after the other (groupOrder). `unit` needs no database.
// `integration` files each ingest into a scope of their own and assert only on it, so
// no file depends on what another left behind, and none touches the fixture reports
// that `api` and `browser` read. `whole-graph` runs last: it alone may wipe the graph
// (tests/integration/graph/support/graph-state.ts refuses anywhere else).
//
// The database projects still run file by file. The corpus steps after every ingest
// (linking, target pairing) visit every scope with unpaired reports, not only the
// ingest's own, so two files ingesting at once would count each other's corpus writes
// in their summaries and pair a scope the other is removing. One API file plants a
// deliberately malformed report that a listing running beside it would trip over.
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], testTimeout: 60_000, sequence: { groupOrder: 0 } },
      },
      {
        test: {
          name: "integration",
          sequence: { groupOrder: 1 },
          include: ["tests/integration/**/*.test.ts"],
          exclude: WHOLE_GRAPH,
          ...database,
        },
      },
      {
        test: { name: "api", sequence: { groupOrder: 2 }, include: ["tests/api/**/*.test.ts"], ...database },
      },
      {
        // The pages, GraphiQL and Neo4j Browser in Debian's chromium (playwright-core).
        test: {
          name: "browser",
          sequence: { groupOrder: 3 },
          include: ["tests/browser/**/*.test.ts"],
          ...database,
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: "whole-graph",
          sequence: { groupOrder: 4 },
          include: WHOLE_GRAPH,
          ...database,
          env: { GOVKG_TEST_WHOLE_GRAPH: "1" },
        },
      },
    ],
  },
});
