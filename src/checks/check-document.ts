import type { Check, Indicator } from '../schema/document.js';
import { SUM_RULES, type SumRule } from '../taxonomy/canonical-table.js';
import { pickMeasures, roundingOf, type Measure, type MeasureGroup } from '../taxonomy/measures.js';

/**
 * A value the panel knows for the year before: the picked value of one canonical measure of
 * one place, from any of its documents.
 */
export interface PreviousValue {
  readonly indicatorId: string;
  readonly normalizedValue: number;
  readonly value: number;
}

/** Looks up last year's value of a key for the document's place; absent in a lone document. */
export type PreviousYear = (key: string, period: string) => PreviousValue | undefined;

/**
 * Growth of these measures is stated at comparable prices, so a nominal value grows by the
 * real rate plus the price change: last year's value × (1 + growth) may differ by a deflator.
 */
const REAL_GROWTH_KEYS: ReadonlySet<string> = new Set([
  'gdp', 'primary_value_added', 'secondary_value_added', 'tertiary_value_added', 'industrial_value_added', 'agricultural_output',
]);
/** Implied nominal minus stated real growth, in points, a price change can explain. */
const DEFLATOR_BAND = { min: -4, max: 8 } as const;
/** Revisions and same-scope (同口径) adjustments a stated nominal growth may carry, in points. */
const NOMINAL_SLACK = 1;

/**
 * The consistency checks of a document (the `checks` extension): parts against their
 * whole, shares against 100, value and growth against last year's value (when `previous`
 * knows it), figures against their plausible ranges, and one measure stated with two
 * different values. Pure: reads the indicators and the taxonomy only.
 *
 * @example
 * checkDocument(doc.indicators).find((c) => c.id === 'industries-sum-to-gdp')
 * // { passed: true, expected: 68240000000, found: 68240000000, tolerance: 20000000, unit: 'CNY', … }
 */
export function checkDocument(indicators: readonly Indicator[], previous?: PreviousYear): Check[] {
  const groups = pickMeasures(indicators);
  return [...sumChecks(groups), ...previousYearChecks(groups, previous), ...rangeChecks(groups), ...conflictChecks(groups)];
}

function sumChecks(groups: readonly MeasureGroup[]): Check[] {
  const out: Check[] = [];
  const values = groups.filter((g) => g.measure === 'value');
  const slices = new Set(values.map((g) => `${g.period}\u0000${g.status}`));
  for (const slice of slices) {
    const [period, status] = slice.split('\u0000') as [string, Indicator['status']];
    const inSlice = new Map(values.filter((g) => g.period === period && g.status === status).map((g) => [g.key, g.picked] as const));
    for (const rule of SUM_RULES) {
      const parts = rule.parts.map((k) => inSlice.get(k));
      const whole = rule.whole === null ? undefined : inSlice.get(rule.whole);
      if (parts.some((p) => p === undefined) || (rule.whole !== null && whole === undefined)) continue;
      out.push(sumCheck(rule, parts as Measure[], whole, period, status));
    }
  }
  return out;
}

function sumCheck(rule: SumRule, parts: readonly Measure[], whole: Measure | undefined, period: string, status: Indicator['status']): Check {
  const scale = (m: Measure): number => (m.value === 0 ? 1 : (m.normalizedValue ?? m.value) / m.value);
  const found = parts.reduce((s, p) => s + (p.normalizedValue ?? p.value), 0);
  const expected = whole ? (whole.normalizedValue ?? whole.value) : (rule.total ?? 100);
  const tolerance = parts.reduce((s, p) => s + roundingOf(p.value) * scale(p), 0) + (whole ? roundingOf(whole.value) * scale(whole) : 0);
  const passed = Math.abs(found - expected) <= tolerance * (1 + 1e-9);
  const unit = whole?.normalizedUnit ?? '%';
  return {
    id: rule.id,
    passed,
    severity: passed ? 'info' : 'error',
    indicatorIds: [...parts.map((p) => p.indicator.id), ...(whole ? [whole.indicator.id] : [])],
    canonical: rule.whole ?? rule.parts[0] ?? rule.id,
    period,
    status,
    expected: round(expected),
    tolerance: round(tolerance),
    found: round(found),
    unit,
    message: `${rule.parts.join(' + ')} = ${round(found)} ${unit}, ${passed ? 'matches' : 'does not match'} ${rule.whole ?? 'the total'} ${round(expected)} ${unit} (± ${round(tolerance)})`,
  };
}

function previousYearChecks(groups: readonly MeasureGroup[], previous: PreviousYear | undefined): Check[] {
  if (!previous) return [];
  const out: Check[] = [];
  for (const g of groups) {
    if (g.measure !== 'value' || g.status === 'target' || !/^\d{4}$/.test(g.period)) continue;
    const growth = groups.find((o) => o.measure === 'growth' && o.key === g.key && o.period === g.period && o.status === g.status);
    const stated = growth?.picked;
    if (!stated || stated.indicator !== g.picked.indicator) continue; // a value and its growth in one statement
    const before = previous(g.key, String(Number(g.period) - 1));
    if (!before || before.normalizedValue === 0) continue;
    const now = g.picked.normalizedValue ?? g.picked.value;
    const scale = g.picked.value === 0 ? 1 : now / g.picked.value;
    const rates = g.picked.entry.growthUnit === 'pp';
    const implied = rates ? now - before.normalizedValue : (now / before.normalizedValue - 1) * 100;
    const gap = implied - stated.value;
    const rounding = rates ? roundingOf(g.picked.value) * scale * 2 + roundingOf(stated.value) : (roundingOf(g.picked.value) / g.picked.value + roundingOf(before.value) / before.value) * 100 + roundingOf(stated.value);
    const real = REAL_GROWTH_KEYS.has(g.key);
    const band = real ? { min: DEFLATOR_BAND.min - rounding, max: DEFLATOR_BAND.max + rounding } : { min: -(NOMINAL_SLACK + rounding), max: NOMINAL_SLACK + rounding };
    const passed = gap >= band.min && gap <= band.max;
    const expected = rates ? before.normalizedValue + stated.value : before.normalizedValue * (1 + stated.value / 100);
    out.push({
      id: 'growth-matches-previous-year',
      passed,
      severity: passed ? 'info' : 'warning',
      indicatorIds: [g.picked.indicator.id, before.indicatorId],
      canonical: g.key,
      period: g.period,
      status: g.status,
      expected: round(expected / scale),
      tolerance: Number(((Math.max(-band.min, band.max) * (rates ? 1 : before.normalizedValue / 100)) / scale).toPrecision(4)),
      found: g.picked.value,
      unit: g.picked.unit,
      message:
        `last year's ${round(before.value)} with growth ${stated.value}${stated.unit} gives ${Number((expected / scale).toPrecision(6))} ${g.picked.unit ?? ''}; ` +
        `stated ${g.picked.value} (implied growth ${implied.toFixed(2)}${rates ? 'pp' : '%'}${real ? ', growth at comparable prices' : ''})`,
    });
  }
  return out;
}

function rangeChecks(groups: readonly MeasureGroup[]): Check[] {
  const out: Check[] = [];
  for (const g of groups) {
    for (const m of [g.picked, ...g.others.filter((o) => o.fits)]) {
      const range = g.measure === 'value' ? m.entry.valueRange : m.entry.growthRange;
      const found = m.normalizedValue;
      if (!range || found === null || (found >= range[0] && found <= range[1])) continue;
      out.push({
        id: g.measure === 'value' ? 'value-in-range' : 'growth-in-range',
        passed: false,
        severity: 'warning',
        indicatorIds: [m.indicator.id],
        canonical: g.key,
        period: g.period,
        status: g.status,
        expected: { min: range[0], max: range[1] },
        found,
        unit: m.normalizedUnit,
        message: `${m.entry.label} ${g.measure} ${found} ${m.normalizedUnit ?? ''} is outside the plausible ${range[0]}–${range[1]}`,
      });
    }
  }
  return out;
}

function conflictChecks(groups: readonly MeasureGroup[]): Check[] {
  const out: Check[] = [];
  for (const g of groups) {
    const p = g.picked;
    const scale = (m: Measure): number => (m.value === 0 ? 1 : (m.normalizedValue ?? m.value) / m.value);
    for (const o of g.others) {
      if (!o.fits || p.normalizedValue === null || o.normalizedValue === null) continue;
      // 682亿 and 682.4亿 agree: each figure may hide half a unit of its last digit
      const tolerance = roundingOf(p.value) * scale(p) + roundingOf(o.value) * scale(o);
      if (Math.abs(p.normalizedValue - o.normalizedValue) <= tolerance * (1 + 1e-9)) continue;
      out.push({
        id: 'one-value-per-measure',
        passed: false,
        severity: 'error',
        indicatorIds: [p.indicator.id, o.indicator.id],
        canonical: g.key,
        period: g.period,
        status: g.status,
        expected: p.normalizedValue,
        tolerance: round(tolerance),
        found: o.normalizedValue,
        unit: p.normalizedUnit,
        message: `${p.entry.label} ${g.measure} ${g.period} (${g.status}) stated as ${p.value}${p.unit ?? ''} and ${o.value}${o.unit ?? ''}`,
      });
    }
  }
  return out;
}

/** Twelve significant digits: sums of decimals in floating point (0.1 + 0.2) print cleanly. */
function round(x: number): number {
  return Number(x.toPrecision(12));
}
