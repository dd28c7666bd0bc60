import type { Indicator, Qualifier } from '../schema/document.js';
import { canonicalEntry } from './canonical.js';
import type { CanonicalEntry } from './canonical-table.js';

/** What one indicator says about its canonical measure: its level (value) or its change (growth). */
export interface Measure {
  readonly indicator: Indicator;
  readonly entry: CanonicalEntry;
  readonly measure: 'value' | 'growth';
  /** As written (the value, or the growth rate). */
  readonly value: number;
  readonly unit: string | null;
  /** The value in the base unit (`normalized`); for a growth, the growth itself. */
  readonly normalizedValue: number | null;
  readonly normalizedUnit: string | null;
  readonly qualifier: Qualifier;
  /** Whether the unit is one the taxonomy expects for this measure (see {@link measuresOf}). */
  readonly fits: boolean;
  readonly isRange: boolean;
}

/** A level in % named as a rate of change is the measure's growth: 地区生产总值增速7%. */
const NAMED_AS_GROWTH = /增速|增幅|涨幅|增长率/;

/**
 * The measures an indicator states about its canonical key: a value, a growth, or both.
 * A value fits when its normalized dimension and unit are the taxonomy's; a growth fits
 * when its unit is the taxonomy's growth unit (`%` for amounts, `pp` for rates), so
 * "高于全市0.4个百分点" said of GDP is not GDP's growth. A level in % of a measure that is
 * not a rate, named as a change (涨幅, 增速) or of a price index, is read as the growth.
 *
 * @example
 * measuresOf(gdpIndicator) // [{ measure: 'value', value: 682.4, unit: '亿元', normalizedValue: 68240000000, … },
 *                          //  { measure: 'growth', value: 6.1, unit: '%', … }]
 */
export function measuresOf(indicator: Indicator): Measure[] {
  const entry = canonicalEntry(indicator.canonical);
  if (!entry) return [];
  const out: Measure[] = [];
  const n = indicator.normalized;
  if (indicator.value !== null) {
    const percentLevel = n?.dimension === 'percent' && entry.dimension !== 'percent';
    if (percentLevel && (entry.percentIsGrowth || NAMED_AS_GROWTH.test(indicator.name ?? ''))) {
      out.push(growthMeasure(indicator, entry, indicator.value, '%', indicator.qualifier));
    } else {
      out.push({
        indicator,
        entry,
        measure: 'value',
        value: indicator.value,
        unit: indicator.unit,
        normalizedValue: n?.value ?? null,
        normalizedUnit: n?.unit ?? null,
        qualifier: indicator.qualifier,
        fits: n !== null && n.dimension === entry.dimension && entry.units.includes(n.unit),
        isRange: indicator.valueHigh !== undefined,
      });
    }
  }
  const g = indicator.growth;
  if (g && (g.unit === '%' || g.unit === 'pp')) {
    out.push(growthMeasure(indicator, entry, g.value, g.unit, g.qualifier ?? (indicator.value === null ? indicator.qualifier : null)));
  }
  return out;
}

function growthMeasure(indicator: Indicator, entry: CanonicalEntry, value: number, unit: '%' | 'pp', qualifier: Qualifier): Measure {
  return { indicator, entry, measure: 'growth', value, unit, normalizedValue: value, normalizedUnit: unit, qualifier, fits: unit === entry.growthUnit, isRange: false };
}

/** One canonical measure of one document: key × period × status × value-or-growth. */
export interface MeasureGroup {
  readonly key: string;
  readonly period: string;
  readonly status: Indicator['status'];
  readonly measure: 'value' | 'growth';
  /** The statement the pick rule keeps (see {@link pickMeasures}). */
  readonly picked: Measure;
  /** Every other statement of the same measure, fitting or not, in document order. */
  readonly others: readonly Measure[];
}

/**
 * Groups a document's measures and picks one per group. The pick rule: a statement whose
 * unit fits the taxonomy over one that does not; then an exact figure over a range; then the
 * first in the document (the headline sentence before a table or a later repetition).
 * Groups where nothing fits are left out; figures without a period cannot be placed.
 *
 * @example
 * pickMeasures(doc.indicators).find((g) => g.key === 'gdp' && g.measure === 'value')?.picked.indicator.id
 * // 'yunwu-2023:1' (the sentence; the table row yunwu-2023:23 is among `others`)
 */
export function pickMeasures(indicators: readonly Indicator[]): MeasureGroup[] {
  const groups = new Map<string, Measure[]>();
  for (const indicator of indicators) {
    // the panel, targets and checks are by year: a figure for part of it (Q1, 1-2月) is not the year's
    if (indicator.period === null || indicator.subPeriod !== undefined) continue;
    for (const m of measuresOf(indicator)) {
      const id = `${m.entry.key}\u0000${indicator.period}\u0000${indicator.status}\u0000${m.measure}`;
      const list = groups.get(id);
      if (list) list.push(m);
      else groups.set(id, [m]);
    }
  }
  const out: MeasureGroup[] = [];
  for (const list of groups.values()) {
    const ranked = [...list].sort(byPickRule);
    const picked = ranked[0];
    if (!picked?.fits) continue;
    const others = list.filter((m) => m !== picked);
    out.push({ key: picked.entry.key, period: picked.indicator.period ?? '', status: picked.indicator.status, measure: picked.measure, picked, others });
  }
  return out;
}

function byPickRule(a: Measure, b: Measure): number {
  return Number(b.fits) - Number(a.fits) || Number(a.isRange) - Number(b.isRange) || a.indicator.span.start - b.indicator.span.start;
}

/**
 * Half a unit in the last written digit of a number, in the same unit: 682.4 → 0.05, 6 → 0.5.
 * What rounding may hide in a figure as stated.
 *
 * @example
 * roundingOf(18.6) // 0.05
 */
export function roundingOf(value: number): number {
  const text = String(Math.abs(value));
  if (/e/i.test(text)) return 0;
  const dot = text.indexOf('.');
  const decimals = dot < 0 ? 0 : text.length - dot - 1;
  return 0.5 * 10 ** -decimals;
}
