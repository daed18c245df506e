import { z } from "zod";
import { apiError } from "./errors.ts";

/** Page sizes the server enforces; `first` above `maxPageSize` is capped, not rejected. */
export interface PageLimits {
  readonly maxPageSize: number;
  readonly defaultPageSize: number;
  /** Nested lists (mentions, evidence) when their `first` is omitted. */
  readonly defaultNestedSize: number;
}

export interface PageWindow {
  readonly offset: number;
  readonly size: number;
}

export interface PageInfo {
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
}

export interface Connection<T> {
  readonly items: readonly T[];
  readonly pageInfo: PageInfo;
}

const CURSOR_PREFIX = "govkg:offset:";
const OffsetSchema = z.coerce.number().int().nonnegative().max(1_000_000);

/** Cursors are opaque to clients; today they carry an offset into the ordered list. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, "utf8").toString("base64");
}

export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, "base64").toString("utf8");
  const parsed = text.startsWith(CURSOR_PREFIX) ? OffsetSchema.safeParse(text.slice(CURSOR_PREFIX.length)) : undefined;
  if (!parsed?.success) throw apiError("BAD_USER_INPUT", "`after` is not a cursor this server issued.");
  return parsed.data;
}

/** Caps `first` at the maximum page size; negative sizes are a client error. */
export function pageSize(first: number | null | undefined, fallback: number, limits: PageLimits): number {
  if (first === null || first === undefined) return Math.min(fallback, limits.maxPageSize);
  if (first < 0) throw apiError("BAD_USER_INPUT", "`first` must not be negative.");
  return Math.min(first, limits.maxPageSize);
}

export function pageWindow(first: number | null | undefined, after: string | null | undefined, limits: PageLimits): PageWindow {
  return {
    offset: after ? decodeCursor(after) : 0,
    size: pageSize(first, limits.defaultPageSize, limits),
  };
}

/** Statement parameters: one row more than the page tells whether another page exists. */
export function windowParams(window: PageWindow): { skip: number; limit: number } {
  return { skip: window.offset, limit: window.size + 1 };
}

export function toConnection<R, T>(rows: readonly R[], window: PageWindow, map: (row: R) => T): Connection<T> {
  const page = rows.slice(0, window.size);
  return {
    items: page.map(map),
    pageInfo: {
      hasNextPage: rows.length > window.size,
      endCursor: page.length > 0 ? encodeCursor(window.offset + page.length) : null,
    },
  };
}
