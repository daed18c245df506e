/** Units whose leading 千/百 is part of the unit's own name, not a scale. */
const ATOMIC_UNITS = new Set(["千瓦", "千瓦时", "千米", "千克", "千公顷", "百分点", "个百分点", "千伏"]);

const SCALE_PREFIXES: ReadonlyArray<readonly [string, number]> = [
  ["万亿", 1e12],
  ["千亿", 1e11],
  ["百亿", 1e10],
  ["亿", 1e8],
  ["千万", 1e7],
  ["百万", 1e6],
  ["十万", 1e5],
  ["万", 1e4],
  ["千", 1e3],
  ["百", 1e2],
];

export interface ScaledUnit {
  /** Multiplier the scale prefix stands for (亿 → 1e8). */
  readonly factor: number;
  /** The unit without its scale; "" for a bare 万 or 亿. */
  readonly baseUnit: string;
}

/**
 * Splits a unit as written into its scale and base unit: `亿元` → 1e8 元,
 * `万平方米` → 1e4 平方米, `万千瓦` → 1e4 千瓦, `%` → 1 %.
 */
export function splitUnit(unit: string): ScaledUnit {
  if (ATOMIC_UNITS.has(unit)) return { factor: 1, baseUnit: unit };
  for (const [prefix, factor] of SCALE_PREFIXES) {
    if (!unit.startsWith(prefix)) continue;
    const rest = unit.slice(prefix.length);
    // 千/百 alone only scale a following measure (`千亩`), never stand alone.
    if (rest === "" && factor < 1e4) continue;
    if (ATOMIC_UNITS.has(rest) || rest === "" || !rest.startsWith("万")) {
      return { factor, baseUnit: rest };
    }
  }
  return { factor: 1, baseUnit: unit };
}

/** The value in base units: 550 亿元 → 5.5e10. Rounded to hide binary noise. */
export function normalizeAmount(value: number, unit: string): { normalizedValue: number; baseUnit: string } {
  const { factor, baseUnit } = splitUnit(unit);
  const raw = value * factor;
  const normalizedValue = Number.isInteger(raw) ? raw : Number(raw.toPrecision(12));
  return { normalizedValue, baseUnit };
}
