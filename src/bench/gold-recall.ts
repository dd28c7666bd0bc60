import { nearlyEqual, quantityKey, resolveUnit, sameQuantity, type QuantityKey } from '../eval/unit-key.js';
import type { Indicator } from '../schema/document.js';
import type { GoldDocument, GoldIndicator } from '../schema/gold.js';
import { rtQuantityKey, type RtEntity } from './recognizers.js';

/**
 * How many gold figures a tool finds with the right value and unit — the one yardstick
 * that applies to zhibiao and to a general-purpose recogniser alike (names, status and
 * periods are zhibiao's own and are scored by `zhibiao eval`).
 */

/** The class of a gold figure's unit, so a reader sees where a recogniser cannot reach. */
export type UnitClass = 'currency' | 'percentage' | 'dimension' | 'measure word' | 'none';

const DIMENSION_BASES: ReadonlySet<string> = new Set(['m', 'm2', '亩', 'kg', 'm3', 'kWh', 'kW', 'mg/L']);

/**
 * The figure a gold item is scored on: its value, or its growth when it has no value.
 *
 * @example
 * goldFigure({ value: 282, unit: '亿元', growth: { value: 6, unit: '%', … }, … }); // { base: 'CNY', value: 28200000000, valueHigh: null }
 * goldFigure({ value: null, unit: null, growth: { value: 17, unit: '%', … }, … }); // { base: '%', value: 17, valueHigh: null }
 */
export function goldFigure(gold: GoldIndicator): QuantityKey | null {
  if (gold.value !== null) return quantityKey(gold.value, gold.valueHigh, gold.unit);
  if (gold.growth) return quantityKey(gold.growth.value, undefined, gold.growth.unit);
  return null;
}

/**
 * Which class the scored figure's unit falls in.
 *
 * @example
 * unitClass({ value: 15, unit: '家', growth: null, … }); // 'measure word'
 */
export function unitClass(gold: GoldIndicator): UnitClass {
  const figure = goldFigure(gold);
  if (figure === null || figure.base === '') return 'none';
  if (figure.base === 'CNY' || figure.base === 'USD') return 'currency';
  if (figure.base === '%' || figure.base === 'pp') return 'percentage';
  if (DIMENSION_BASES.has(figure.base)) return 'dimension';
  return 'measure word';
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * zhibiao finds a gold figure when one of its indicators overlaps the gold span with the
 * same value and unit (after 万/亿 conversion), or — for a growth-only gold item — the same growth.
 *
 * @example
 * const gdp = loadGold('test/gold/boshan-2023.gold.json').indicators[0]; // 282 亿元 at [337, 357)
 * zhibiaoFinds(gdp, extract(seed).indicators); // true: an indicator there says 282 亿元
 */
export function zhibiaoFinds(gold: GoldIndicator, indicators: readonly Indicator[]): boolean {
  return indicators.some((indicator) => {
    if (!overlaps(indicator.span, gold.span)) return false;
    if (gold.value !== null) {
      if (indicator.value === null) return false;
      return sameQuantity(
        quantityKey(indicator.value, indicator.valueHigh, indicator.unit),
        quantityKey(gold.value, gold.valueHigh, gold.unit),
      );
    }
    if (gold.growth) {
      return indicator.growth !== null && indicator.growth.unit === gold.growth.unit && nearlyEqual(indicator.growth.value, gold.growth.value);
    }
    return indicator.value === null && resolveUnit(indicator.unit).base === '';
  });
}

/**
 * Recognizers-Text finds a gold figure when an entity inside the gold span resolves to the
 * same value in a unit that maps to the gold unit. Measure words (个, 家, 户 …) have no
 * Recognizers-Text model, so those are never found.
 *
 * @example
 * // gdp: 282 亿元 at [337, 357)
 * recognizersFinds(gdp, [{ kind: 'currency', start: 345, end: 350, value: 28200000000, unit: 'Chinese yuan', text: '282亿元' }]); // true
 */
export function recognizersFinds(gold: GoldIndicator, entities: readonly RtEntity[]): boolean {
  const figure = goldFigure(gold);
  if (figure === null) return false;
  return entities.some((entity) => {
    if (entity.start < gold.span.start || entity.end > gold.span.end) return false;
    const key = rtQuantityKey(entity);
    return key !== null && sameQuantity(key, figure);
  });
}

/** Recall of one tool on one gold document, overall and per unit class. */
export interface GoldRecall {
  readonly found: number;
  readonly total: number;
  readonly recall: number;
  readonly byClass: Readonly<Record<UnitClass, { found: number; total: number }>>;
}

/**
 * Counts the gold items `finds` accepts.
 *
 * @example
 * goldRecall(gold, (g) => zhibiaoFinds(g, doc.indicators)); // { found: 118, total: 118, recall: 1, byClass: { … } }
 */
export function goldRecall(gold: GoldDocument, finds: (item: GoldIndicator) => boolean): GoldRecall {
  const byClass: Record<UnitClass, { found: number; total: number }> = {
    currency: { found: 0, total: 0 },
    percentage: { found: 0, total: 0 },
    dimension: { found: 0, total: 0 },
    'measure word': { found: 0, total: 0 },
    none: { found: 0, total: 0 },
  };
  let found = 0;
  for (const item of gold.indicators) {
    const cell = byClass[unitClass(item)];
    cell.total += 1;
    if (finds(item)) {
      found += 1;
      cell.found += 1;
    }
  }
  const total = gold.indicators.length;
  return { found, total, recall: total === 0 ? 0 : found / total, byClass };
}
