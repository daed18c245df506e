import {
  ACTION_BEFORE_CUE,
  ANNOUNCE,
  ATTRIBUTION,
  CIRCUMSTANCE,
  CLOSING,
  CHECKED,
  CONCESSION,
  CORRECTS_BEFORE_CUE,
  CONSEQUENCE,
  COMMENT,
  ENUMERATOR,
  EXTERNAL,
  FACING,
  FORBIDS,
  HYPOTHETICAL,
  LEAD_IN,
  LEADING_CONJUNCTION,
  MODAL_START,
  NEGATING,
  NEEDS_IMPROVING,
  PLAN_START,
  POSITIVE,
  RESOLVED_AFTER,
  RESOLVE_AFTER,
  STRONG_CUE,
} from "./cues.ts";

/** Where the body of a clause sits once list marks and conjunctions are cut off. */
export interface ClauseBody {
  /** Offset of the body inside the clause text. */
  readonly offset: number;
  readonly text: string;
}

const MIN_LENGTH = 4;
const MAX_LENGTH = 80;

/** Cuts enumerators (`一是`, `（二）`, `1.`, `-`) and empty conjunctions off a clause. */
export function clauseBody(text: string): ClauseBody {
  let offset = 0;
  let rest = text;
  for (let guard = 0; guard < 4; guard++) {
    const match = ENUMERATOR.exec(rest) ?? LEADING_CONJUNCTION.exec(rest);
    if (!match || match[0].length === 0) break;
    offset += match[0].length;
    rest = rest.slice(match[0].length);
  }
  const leading = rest.length - rest.trimStart().length;
  return { offset: offset + leading, text: rest.trim() };
}

/** `我们面对的是X的严峻挑战` → the part that states X, as an offset range in `text`. */
export function facingCore(text: string): { start: number; end: number } | null {
  const match = FACING.exec(text);
  const core = match?.[1];
  if (!match || core === undefined) return null;
  const start = text.indexOf(core);
  return { start, end: start + core.length };
}

/**
 * `是X的重要原因`, `同X分不开的`: the cause X, as an offset range in `text`, when X itself
 * states a shortcoming.
 */
export function attributedCore(text: string): { start: number; end: number } | null {
  const match = ATTRIBUTION.exec(text);
  const core = match?.[1] ?? match?.[2];
  if (!match || core === undefined || !STRONG_CUE.test(core)) return null;
  const start = match.index + match[0].indexOf(core);
  return { start, end: start + core.length };
}

/** A lead-in announces problems; one that acts on them (`针对企业遇到的困难和问题`) does not. */
export const isLeadIn = (body: string): boolean =>
  LEAD_IN_HINT.test(body) && LEAD_IN.test(body) && !ACTION_BEFORE_CUE.test(body) && !PLAN_START.test(body);

/** Every lead-in names a problem category or a realisation; a cheap test spares the full pattern. */
const LEAD_IN_HINT = /[问不困挑差短弱矛风隐瓶薄到]/u;
export const isAnnouncement = (body: string): boolean => ANNOUNCE.test(body);
export const isClosing = (body: string): boolean => CLOSING.test(body);

/** True for a clause that can never be a problem on its own: too short, a comment, a circumstance. */
function isInert(body: string): boolean {
  return (
    body.length < MIN_LENGTH ||
    body.length > MAX_LENGTH ||
    COMMENT.test(body) ||
    CIRCUMSTANCE.test(body) ||
    CONCESSION.test(body)
  );
}

function isActedUpon(body: string, cueIndex: number, cueLength: number): boolean {
  const before = body.slice(0, cueIndex);
  return ACTION_BEFORE_CUE.test(before) || CORRECTS_BEFORE_CUE.test(before) || FORBIDS.test(body) || isResolved(body, cueIndex + cueLength);
}

/** A promise or a reported fix after the cue (`…困难再多也一定要办成`, `差距持续缩小`). */
function isResolved(body: string, cueEnd: number): boolean {
  const after = body.slice(cueEnd);
  return RESOLVE_AFTER.test(after) || CHECKED.test(after) || (!NEGATING.test(body) && RESOLVED_AFTER.test(after));
}

/**
 * A clause inside a passage that lists problems (a problems section, or the sentences after
 * `存在的问题和不足：`): every clause is one unless it acts on the problem or merely frames it.
 * `announced` says a lead-in opened the list, which vouches for clauses with no cue word.
 */
export function isListedProblem(body: string, announced: boolean): boolean {
  if (isInert(body) || isLeadIn(body) || isAnnouncement(body)) return false;
  const cue = STRONG_CUE.exec(body);
  if (announced) {
    if (NEEDS_IMPROVING.test(body)) return true;
    // The lead-in vouches for the clause; only one that opens with a verb acts on the problem.
    if (ACTION_AT_START.test(body) || /^需要|\d/u.test(body)) return false;
    if (cue) return !FIX_RIGHT_BEFORE.test(body.slice(0, cue.index)) && !isResolved(body, cue.index + cue[0].length);
    return !POSITIVE.test(body) && !PLAN_START.test(body);
  }
  // Without a lead-in only the section role vouches for the clause, and that role is a
  // guess from the heading; ask for a cue word.
  return cue !== null && !isActedUpon(body, cue.index, cue[0].length) && !PLAN_START.test(body);
}

/** A fixing verb right before the cue (`固底板、补短板`) makes the clause a slogan. */
const FIX_RIGHT_BEFORE = /(?:补|补齐|补上|弥补|解决|破解|化解|缓解|消除|突破|打通|攻克|防范)$/u;

const ACTION_AT_START = new RegExp(`^(?:${ACTION_BEFORE_CUE.source})`, "u");

/**
 * A clause elsewhere in a report: a problem only when a cue word states the shortcoming
 * and nothing before it turns the clause into a plan or an achievement.
 */
export function isCuedProblem(body: string, planLike: boolean, context: CueContext): boolean {
  if (isInert(body) || isLeadIn(body) || PLAN_START.test(body) || CONSEQUENCE.test(body) || EXTERNAL.test(body)) {
    return false;
  }
  const cue = STRONG_CUE.exec(body);
  if (!cue || isActedUpon(body, cue.index, cue[0].length)) return false;
  if (FIX_RIGHT_BEFORE.test(body.slice(0, cue.index))) return false;
  if (MODAL_START.test(context.previous) || HYPOTHETICAL.test(body) || HYPOTHETICAL.test(context.next)) return false;
  // In plan sections a shortcoming is usually named only to be fixed later in the sentence.
  return !(planLike && ACTION_BEFORE_CUE.test(context.sentence));
}

/** The sentence around a clause: all of it, and the body of the clause before this one. */
export interface CueContext {
  readonly sentence: string;
  readonly previous: string;
  /** The body of the clause after this one, "" at the end of the sentence. */
  readonly next: string;
}

/** True when a clause has its own cue, so it is not merely a consequence of the one before. */
export const hasCue = (body: string): boolean => STRONG_CUE.test(body);
