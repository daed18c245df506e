import { z } from "zod";
import { ENTITY_KINDS, entityKinds, type ListOf, type EntityKind } from "../../domain/index.ts";

const Keys = z.array(z.string()).default([]);

const kindKeys = Object.fromEntries(ENTITY_KINDS.map((kind) => [entityKinds[kind].list, Keys])) as { [K in EntityKind as ListOf<K>]: typeof Keys };

/** Keys of the shared entities a step touched: one list per kind (by its list name), and the places. */
export const TouchedSchema = z.object({ ...kindKeys, issuers: Keys, regions: Keys });
export type Touched = z.infer<typeof TouchedSchema>;
