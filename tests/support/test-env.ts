/**
 * Where the database tests run: never the server a user works with. Without
 * GOVKG_TEST_NEO4J_URI the tests start their own local Neo4j in `.neo4j-test` on Bolt
 * 17687 and HTTP 17474 (GOVKG_TEST_NEO4J_HOME, GOVKG_TEST_BOLT_PORT and
 * GOVKG_TEST_HTTP_PORT move it); with it, they use the server it names. NEO4J_URI and
 * the ports `govkg start` uses are ignored either way.
 */
export const TEST_HOME = ".neo4j-test";
export const TEST_BOLT_PORT = 17687;
export const TEST_HTTP_PORT = 17474;

type Environment = Record<string, string | undefined>;

const present = (value: string | undefined): string | undefined => (value === undefined || value === "" ? undefined : value);

/** The settings the tests run with, computed from the user's environment. */
export function testSettings(source: Environment): Environment {
  const external = present(source.GOVKG_TEST_NEO4J_URI);
  const userUri = present(source.NEO4J_URI) ?? `bolt://127.0.0.1:${present(source.GOVKG_BOLT_PORT) ?? "7687"}`;
  const settings: Environment = external
    ? {
        NEO4J_URI: external,
        NEO4J_USER: present(source.GOVKG_TEST_NEO4J_USER) ?? "neo4j",
        NEO4J_PASSWORD: present(source.GOVKG_TEST_NEO4J_PASSWORD) ?? "",
        NEO4J_DATABASE: present(source.GOVKG_TEST_NEO4J_DATABASE) ?? "neo4j",
      }
    : {
        NEO4J_URI: undefined,
        NEO4J_USER: "neo4j",
        NEO4J_PASSWORD: "",
        NEO4J_DATABASE: "neo4j",
        GOVKG_NEO4J_HOME: present(source.GOVKG_TEST_NEO4J_HOME) ?? TEST_HOME,
        GOVKG_BOLT_PORT: present(source.GOVKG_TEST_BOLT_PORT) ?? String(TEST_BOLT_PORT),
        GOVKG_HTTP_PORT: present(source.GOVKG_TEST_HTTP_PORT) ?? String(TEST_HTTP_PORT),
      };
  const testUri = settings.NEO4J_URI ?? `bolt://127.0.0.1:${settings.GOVKG_BOLT_PORT}`;
  const userDatabase = present(source.NEO4J_DATABASE) ?? "neo4j";
  if (sameServer(testUri, userUri) && userDatabase === settings.NEO4J_DATABASE) {
    throw new Error(
      `the tests would run against ${testUri}, the server GovKG uses for your graph. ` +
        "Give the tests their own server: leave GOVKG_TEST_NEO4J_URI unset (they start one on port 17687) or point it elsewhere.",
    );
  }
  return settings;
}

function sameServer(a: string, b: string): boolean {
  const hostPort = (uri: string): string => {
    try {
      const url = new URL(uri);
      const host = ["localhost", "127.0.0.1", "[::1]", "::1"].includes(url.hostname) ? "loopback" : url.hostname;
      return `${host}:${url.port || "7687"}`;
    } catch {
      return uri;
    }
  };
  return hostPort(a) === hostPort(b);
}

/** Set once the settings are applied, so a second call (the global setup after the config) keeps them. */
const APPLIED = "GOVKG_TEST_SETTINGS_APPLIED";

/** Points this process (and the workers and children it starts) at the test server. */
export function useTestSettings(target: NodeJS.ProcessEnv = process.env): void {
  if (target[APPLIED] === "1") return;
  const settings = testSettings(target);
  for (const [name, value] of Object.entries(settings)) {
    if (value === undefined) delete target[name];
    else target[name] = value;
  }
  target[APPLIED] = "1";
}
