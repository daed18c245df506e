import net from "node:net";
import neo4j from "neo4j-driver";
import type { ConnectionSettings } from "../graph/index.ts";

/** One Bolt round trip (RETURN 1 plus the server version); undefined when nothing answers. */
export async function boltVersion(settings: ConnectionSettings, timeoutMs = 3_000): Promise<string | undefined> {
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    connectionTimeout: timeoutMs,
    connectionAcquisitionTimeout: timeoutMs,
    maxTransactionRetryTime: 0,
  });
  try {
    // The home database, not "system": system accepts only administration commands.
    const session = driver.session();
    try {
      await session.run("RETURN 1");
      const components = await session.run("CALL dbms.components() YIELD versions RETURN versions[0] AS version");
      const version: unknown = components.records[0]?.get("version");
      return typeof version === "string" ? version : "unknown";
    } finally {
      await session.close();
    }
  } catch {
    return undefined;
  } finally {
    await driver.close();
  }
}

/** True when something accepts TCP connections on the loopback port. */
export function portInUse(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (used: boolean): void => {
      socket.destroy();
      resolve(used);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}
