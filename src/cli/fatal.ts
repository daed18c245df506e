/** Prints an error for a person (message and cause, no stack) and exits with status 2. */
export function reportFatal(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`govkg: ${message}\n`);
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error) process.stderr.write(`  cause: ${cause.message}\n`);
  if (process.env.GOVKG_DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.exit(2);
}
