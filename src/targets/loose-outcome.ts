import { isCountUnit } from "./vocabulary.ts";
import type { Measure } from "./types.ts";

/** How much of one name must reappear in the other for an outcome worded differently to count. */
export const LOOSE_NAME_OVERLAP = 0.8;

const pairsOf = (name: string): Set<string> => {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < name.length; i++) pairs.add(name.slice(i, i + 2));
  return pairs;
};

/**
 * The share of the shorter name's character pairs that the longer one holds:
 * 改造农村互助幸福院 in 改造提升农村互助幸福院 0.875, 治理交通堵乱点 in
 * 启动中心城区交通堵点乱点分类治理 0.67; 0 for names of fewer than four characters (城中村
 * says too little to match on).
 */
export function nameOverlap(a: string, b: string): number {
  const left = pairsOf(a);
  const right = pairsOf(b);
  if (left.size < 3 || right.size < 3) return 0;
  let shared = 0;
  for (const pair of left) if (right.has(pair)) shared++;
  return shared / Math.min(left.size, right.size);
}

/** Whether two amounts measure alike: one base unit, or two classifiers of counted things (部, 台). */
export function unitsAgree(target: Measure, outcome: Measure): boolean {
  if (target.kind !== "level" || outcome.kind !== "level") return false;
  return target.baseUnit === outcome.baseUnit || (isCountUnit(target.baseUnit) && isCountUnit(outcome.baseUnit));
}
