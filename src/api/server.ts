import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { loadEnv } from "../config/env.ts";
import { createApi, type ApiOptions } from "./create-api.ts";

export interface RunningServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  readonly url: string;
  readonly close: () => Promise<void>;
}

export interface ServerOptions extends ApiOptions {
  /** Default: GOVKG_HOST. */
  readonly host?: string;
  /** Default: GOVKG_PORT; 0 picks a free port. */
  readonly port?: number;
}

/** Serves the API over HTTP and resolves once it listens. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const env = loadEnv();
  const host = options.host ?? env.GOVKG_HOST;
  const yoga = createApi(options);
  const server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? env.GOVKG_PORT, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}${yoga.graphqlEndpoint}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
