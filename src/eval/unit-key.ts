/**
 * A comparable key for a quantity as annotated (value, valueHigh, unit as written), so
 * that `282 亿元` and `28200000000 元` score as the same figure.
 *
 * The scorer keeps its own small table instead of importing src/quantity: the gold has no
 * `normalized` field and both sides must be keyed by the very same rules, whatever the
 * extractor's unit table says on a given day. A unit the table does not know keys as
 * itself (after its multiplier is taken off), so two measure words never collide:
 * `2万户` and `20000个` stay apart while `2万户` and `20000户` meet.
 */

/** One row of the scorer's unit table: a unit as written → factor × base unit. */
export interface UnitKeyRule {
  /** Unit as written, without a 万/亿 multiplier. */
  readonly written: readonly string[];
  readonly base: string;
  readonly factor: number;
}

/**
 * Base units of the dimensions the contract lists. Measure words are not here on purpose,
 * nor are words that are also measure words elsewhere (块, 方, 度, 位): they key as themselves.
 */
export const UNIT_KEY_RULES: readonly UnitKeyRule[] = [
  { written: ['元'], base: 'CNY', factor: 1 },
  { written: ['美元'], base: 'USD', factor: 1 },
  { written: ['平方米', '㎡', 'm2', 'm²', '平米'], base: 'm2', factor: 1 },
  { written: ['平方公里', 'km2', 'km²'], base: 'm2', factor: 1e6 },
  { written: ['公顷'], base: 'm2', factor: 1e4 },
  // 亩 keeps its own key, as the contract keeps it a unit of its own.
  { written: ['亩'], base: '亩', factor: 1 },
  { written: ['米', 'm'], base: 'm', factor: 1 },
  { written: ['公里', '千米', 'km'], base: 'm', factor: 1e3 },
  { written: ['吨', 't'], base: 'kg', factor: 1e3 },
  { written: ['公斤', '千克', 'kg'], base: 'kg', factor: 1 },
  { written: ['克', 'g'], base: 'kg', factor: 1e-3 },
  { written: ['立方米', 'm3', 'm³'], base: 'm3', factor: 1 },
  { written: ['千瓦时', 'kWh'], base: 'kWh', factor: 1 },
  { written: ['千瓦', 'kW'], base: 'kW', factor: 1 },
  { written: ['兆瓦', 'MW'], base: 'kW', factor: 1e3 },
  { written: ['mg/l', 'mg/L', '毫克/升'], base: 'mg/L', factor: 1 },
  { written: ['%', '％', '百分之'], base: '%', factor: 1 },
  { written: ['个百分点', '百分点', 'pp'], base: 'pp', factor: 1 },
  { written: ['个位次', '位次'], base: '位次', factor: 1 },
  { written: ['倍'], base: '倍', factor: 1 },
];

/** Multipliers that may precede a unit as written, longest first so 万亿 wins over 亿. */
const MULTIPLIERS: readonly (readonly [string, number])[] = [
  ['万亿', 1e12],
  ['千万', 1e7],
  ['百万', 1e6],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
  ['百', 1e2],
];

/** 余/多 written between multiplier and unit (`万余户`) are qualifiers, not part of the unit. */
const QUALIFIER_CHARS = /[余多]/gu;

const RULE_BY_UNIT: ReadonlyMap<string, UnitKeyRule> = new Map(
  UNIT_KEY_RULES.flatMap((rule) => rule.written.map((w) => [w, rule] as const)),
);

/** A unit resolved to a multiplier of a base unit. */
export interface UnitResolution {
  readonly base: string;
  readonly factor: number;
}

/**
 * Resolves a unit as written to a factor of its base unit; `null` (no unit, a bare index
 * value) resolves to base `''`.
 *
 * @example
 * resolveUnit('亿元')   // { base: 'CNY', factor: 1e8 }
 * resolveUnit('万户')   // { base: '户', factor: 1e4 }
 * resolveUnit('千米')   // { base: 'm', factor: 1e3 } — the table wins over the 千 multiplier
 */
export function resolveUnit(unit: string | null | undefined): UnitResolution {
  if (unit === null || unit === undefined) return { base: '', factor: 1 };
  const written = unit.replace(/\s+/gu, '');
  const direct = RULE_BY_UNIT.get(written);
  if (direct) return { base: direct.base, factor: direct.factor };
  for (const [prefix, multiplier] of MULTIPLIERS) {
    if (!written.startsWith(prefix) || written.length === prefix.length) continue;
    const rest = written.slice(prefix.length).replace(QUALIFIER_CHARS, '');
    if (rest === '') continue;
    const rule = RULE_BY_UNIT.get(rest);
    return rule ? { base: rule.base, factor: rule.factor * multiplier } : { base: rest, factor: multiplier };
  }
  return { base: written, factor: 1 };
}

/** A quantity in its base unit, ready to compare. */
export interface QuantityKey {
  readonly base: string;
  readonly value: number;
  readonly valueHigh: number | null;
}

/**
 * Keys a value as annotated.
 *
 * @example
 * quantityKey(282, undefined, '亿元')  // { base: 'CNY', value: 28200000000, valueHigh: null }
 * quantityKey(3, 5, '万元')            // { base: 'CNY', value: 30000, valueHigh: 50000 }
 */
export function quantityKey(value: number, valueHigh: number | undefined, unit: string | null): QuantityKey {
  const { base, factor } = resolveUnit(unit);
  return { base, value: value * factor, valueHigh: valueHigh === undefined ? null : valueHigh * factor };
}

/** The scorer's tolerance for two numbers to count as equal, relative to their size. */
export const RELATIVE_TOLERANCE = 1e-9;

/**
 * Equality with a relative tolerance (absolute near zero), so unit conversions that go
 * through floating point still compare equal.
 *
 * @example
 * nearlyEqual(282 * 1e8, 28200000000)  // true
 * nearlyEqual(0.1 + 0.2, 0.3)          // true
 * nearlyEqual(282, 283)                // false
 */
export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Whether two keys name the same quantity: same base unit, same value(s).
 *
 * @example
 * sameQuantity(quantityKey(2, undefined, '万户'), quantityKey(20000, undefined, '户'))  // true
 * sameQuantity(quantityKey(2, undefined, '万户'), quantityKey(20000, undefined, '个'))  // false
 */
export function sameQuantity(a: QuantityKey, b: QuantityKey): boolean {
  if (a.base !== b.base || !nearlyEqual(a.value, b.value)) return false;
  if (a.valueHigh === null || b.valueHigh === null) return a.valueHigh === b.valueHigh;
  return nearlyEqual(a.valueHigh, b.valueHigh);
}
