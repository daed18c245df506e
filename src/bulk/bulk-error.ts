export type BulkErrorCode = "not_local" | "not_ours" | "not_empty" | "import_failed" | "no_input";

/** A bulk load that must not, or could not, go ahead; the message says why and what to do instead. */
export class BulkError extends Error {
  override readonly name = "BulkError";
  constructor(
    readonly code: BulkErrorCode,
    message: string,
  ) {
    super(message);
  }
}
