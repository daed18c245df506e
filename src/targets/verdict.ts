import type { Measure, Verdict } from "./types.ts";

/** How far 左右 reaches either side of the figure, as a share of it. */
const ABOUT_TOLERANCE = 0.05;
/** Float noise when figures are compared (6.9 − 7 is not exactly −0.1). */
const EPSILON = 1e-9;

export interface Judgement {
  /** Outcome minus the target, in the target's unit; 0 inside a range, else from its nearer end. */
  readonly gap: number;
  readonly gapUnit: string;
  readonly verdict: Exclude<Verdict, "NO_OUTCOME_REPORTED" | "NO_TARGET_SET">;
}

/**
 * The verdict on an outcome against a target. A floor (growth, jobs): below it is
 * MISSED, on it (within ±5 % of the figure for 左右, inside a range) MET, above EXCEEDED.
 * A ceiling (prices, unemployment, 以内): at or below it MET, above it MISSED.
 */
export function judge(target: Measure, outcome: Measure, qualifier: string | null, ceiling: boolean): Judgement {
  const scale = target.kind === "level" ? target.scale : 1;
  const low = target.value / scale;
  const high = (target.upper ?? target.value) / scale;
  const value = outcome.value / scale;
  const gapUnit = target.kind === "rate" ? "个百分点" : target.unit;
  const raw = value < low ? value - low : value > high ? value - high : 0;
  const gap = Math.round(raw * 1e6) / 1e6;
  const tolerance = qualifier === "about" ? Math.abs(low) * ABOUT_TOLERANCE : 0;
  if (ceiling || qualifier === "under") {
    return { gap, gapUnit, verdict: value <= high + tolerance + EPSILON ? "MET" : "MISSED" };
  }
  if (value < low - tolerance - EPSILON) return { gap, gapUnit, verdict: "MISSED" };
  if (value > high + tolerance + EPSILON) return { gap, gapUnit, verdict: "EXCEEDED" };
  return { gap, gapUnit, verdict: "MET" };
}
