import { createApi, type ApiOptions, type GovkgYoga } from "../../../src/api/index.ts";

export interface GraphQLBody {
  readonly data?: Record<string, unknown> | null;
  readonly errors?: ReadonlyArray<{ message: string; extensions?: { code?: string } & Record<string, unknown> }>;
}

export interface Answer {
  readonly status: number;
  readonly body: GraphQLBody;
}

/** A yoga instance as served; masked errors still reach the test log in full. */
export function testApi(options: ApiOptions = {}): GovkgYoga {
  return createApi({ logging: "error", ...options });
}

/** POSTs one operation in-process, exactly as a client would over HTTP. */
export async function ask(
  yoga: GovkgYoga,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await yoga.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLBody };
}

/**
 * Answers as loosely typed data: the schema types them, and the tests check them with
 * assertions rather than with a hand-written twin of every result type.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = Record<string, any>;

/** The data of an answer that must have no errors. */
export async function data<T = Loose>(
  yoga: GovkgYoga,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const answer = await ask(yoga, query, variables);
  if (answer.body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(answer.body.errors)}`);
  return answer.body.data as T;
}

export function errorCodes(answer: Answer): (string | undefined)[] {
  return (answer.body.errors ?? []).map((error) => error.extensions?.code);
}
