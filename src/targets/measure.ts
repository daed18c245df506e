import type { Measure, TargetObservation } from "./types.ts";

/**
 * How an observation can be compared with a target: a value in % is a rate; a level
 * stated with its growth (`增长5.2%`) also gives that rate; any other value is a level
 * in its base unit.
 */
export function measuresOf(observation: TargetObservation): Measure[] {
  const { value, unit, upper, normalizedValue, baseUnit, change, changeUnit } = observation;
  if (unit === "%") return [{ kind: "rate", value, upper }];
  const measures: Measure[] = [];
  if (normalizedValue !== null && baseUnit !== null && value !== 0) {
    const scale = normalizedValue / value;
    measures.push({ kind: "level", value: normalizedValue, upper: upper === null ? null : upper * scale, baseUnit, scale, unit });
  }
  if (change !== null && changeUnit === "%") measures.push({ kind: "rate", value: change, upper: null });
  return measures;
}

/** Whether two measures can be compared: both rates, or levels in one base unit. */
export const comparable = (a: Measure, b: Measure): boolean =>
  a.kind === "rate" ? b.kind === "rate" : b.kind === "level" && a.baseUnit === b.baseUnit;

/** The measure's group within a family: `rate`, or `level:<base unit>`. */
export const measureGroup = (measure: Measure): string => (measure.kind === "rate" ? "rate" : `level:${measure.baseUnit}`);
