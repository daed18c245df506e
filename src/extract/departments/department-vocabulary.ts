import { readWords } from "../shared/word-list.ts";

/**
 * General knowledge of Chinese administration: which words name a public body. The
 * lists are data (`data/*.tsv`, one word a line) so a reviewer can extend them without
 * touching the matching code (`department-pattern.ts`).
 */
const list = (name: string): readonly string[] => readWords(new URL(`./data/${name}.tsv`, import.meta.url));

/** Bodies named without any level or place in front of them. */
export const STANDALONE_BODIES = list("standalone-bodies");

/** Functional stems: what a bureau, commission or office is in charge of. */
export const FUNCTION_STEMS = list("function-stems");

/** Heads that make a functional stem into a body. */
export const FUNCTION_HEADS = list("function-heads");

/** Administrative levels that prefix a body (`县委`, `区人大`, `省厅`). */
export const LEVELS = list("levels");

/** What follows a level to name the area's own leading bodies. */
export const LEVEL_BODIES = list("level-bodies");

/** Ministries of the central government, named `X部` without a level. */
export const MINISTRY_STEMS = list("ministry-stems");

/** Heads that name a body whatever comes before them (`…派出所`, `…服务中心`). */
export const STRONG_HEADS = list("strong-heads");
