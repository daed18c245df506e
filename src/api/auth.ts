import { createHash, timingSafeEqual } from "node:crypto";
import { apiError } from "./errors.ts";

// Comparing fixed-length digests keeps the comparison constant-time whatever the
// length of the presented key.
const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

/** Throws unless `authorization` carries the configured key as a bearer token. */
export function requireApiKey(configured: string | undefined, authorization: string | null): void {
  if (configured === undefined) {
    throw apiError("INGEST_DISABLED", "Ingestion over the API is disabled: the server was started without GOVKG_API_KEY.");
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match?.[1]) throw apiError("UNAUTHENTICATED", "Send `Authorization: Bearer <GOVKG_API_KEY>` to ingest.");
  if (!timingSafeEqual(digest(match[1]), digest(configured))) throw apiError("UNAUTHENTICATED", "The API key is not valid.");
}
