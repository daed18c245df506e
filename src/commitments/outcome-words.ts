import { z } from "zod";
import { readDataTable } from "../domain/index.ts";

const KINDS = ["done", "start", "family", "suffix", "quoted-end", "modifier", "note"] as const;
const LineSchema = z.tuple([z.enum(KINDS), z.string().min(1), z.string().min(1)]);

/** The words by which the commitments statement reads a later report (parameters of cypher/api/commitments.cypher). */
export interface OutcomeWords {
  readonly doneWords: readonly string[];
  /** Verbs that report works started: a promise to start them is kept (开工, 动工). */
  readonly startWords: readonly string[];
  readonly familyMarks: readonly string[];
  readonly classSuffixes: readonly string[];
  readonly nameModifiers: readonly string[];
  /** What may follow a quoted short core for the quotes to name the programme (“双拥”工作). */
  readonly quotedCoreEnds: readonly string[];
  readonly notePattern: string;
  /** How far after a name a completion verb may stand (主体完工, 正式投入运行) and still report that name done. */
  readonly doneReach: number;
  /** The fewest characters a name's core keeps once a class word or modifier is cut. */
  readonly coreLength: number;
}

const DONE_REACH = 4;
const CORE_LENGTH = 5;

function loadOutcomeWords(): OutcomeWords {
  const lists: Record<(typeof KINDS)[number], string[]> = { done: [], start: [], family: [], suffix: [], "quoted-end": [], modifier: [], note: [] };
  for (const { row: [kind, text] } of readDataTable(new URL("./data/outcome-words.tsv", import.meta.url), LineSchema, '"kind<TAB>text<TAB>why"')) {
    if (kind === "note") RegExp(text, "u").test(""); // a pattern that cannot be read fails at load
    lists[kind].push(text);
  }
  // Longest first, so a suffix is cut whole (专项行动 before 行动).
  const longestFirst = (words: string[]) => [...words].sort((a, b) => b.length - a.length);
  return {
    doneWords: lists.done,
    startWords: lists.start,
    familyMarks: lists.family,
    classSuffixes: longestFirst(lists.suffix),
    nameModifiers: lists.modifier,
    quotedCoreEnds: lists["quoted-end"],
    // Cypher's =~ matches the whole text: the entry opens it, anything may follow.
    doneReach: DONE_REACH,
    coreLength: CORE_LENGTH,
    notePattern: lists.note.length === 0 ? "(?!)" : `(?:${lists.note.map((pattern) => pattern.replace(/^\^/u, "")).join("|")})[\\s\\S]*`,
  };
}

export const OUTCOME_WORDS: OutcomeWords = loadOutcomeWords();
