import { defineConfig } from "vitest/config";
import { useTestSettings } from "./tests/support/test-env.ts";

// The database tests never reach the user's graph: before anything reads the
// environment, point this process (and so every worker and child process) at the
// tests' own Neo4j (see tests/support/test-env.ts).
useTestSettings();

// Four projects: `unit` needs no database; `integration` and `api` run against the
// tests' real Neo4j that the global setup starts (or GOVKG_TEST_NEO4J_URI names). The
// database projects run one after the other (groupOrder) and file by file, because
// integration tests wipe and rebuild the graph that the API tests read.
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
          globalSetup: ["tests/support/neo4j-global-setup.ts"],
          testTimeout: 300_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: "api",
          sequence: { groupOrder: 2 },
          include: ["tests/api/**/*.test.ts"],
          globalSetup: ["tests/support/neo4j-global-setup.ts"],
          testTimeout: 300_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
      {
        // The pages, GraphiQL and Neo4j Browser in Debian's chromium (playwright-core), after the API tests.
        test: {
          name: "browser",
          sequence: { groupOrder: 3 },
          include: ["tests/browser/**/*.test.ts"],
          globalSetup: ["tests/support/neo4j-global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
