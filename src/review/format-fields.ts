import type { Growth, Indicator, Normalized, Qualifier } from '../schema/document.js';

/** Up to 6 decimals, thousands grouped: 28200000000 → 28,200,000,000; 0.864 → 0.864. */
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** @example formatNumber(28200000000); // '28,200,000,000' */
export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

/** @example formatValue({ value: 3, valueHigh: 5, … }); // '3–5' · a growth-only indicator: '' */
export function formatValue(indicator: Pick<Indicator, 'value' | 'valueHigh'>): string {
  if (indicator.value === null) return '';
  const low = formatNumber(indicator.value);
  return indicator.valueHigh === undefined ? low : `${low}–${formatNumber(indicator.valueHigh)}`;
}

/** @example formatNormalized({ value: 28200000000, unit: 'CNY', dimension: 'currency' }); // '28,200,000,000 CNY' */
export function formatNormalized(normalized: Normalized): string {
  if (!normalized) return '';
  const high = normalized.valueHigh === undefined ? '' : `–${formatNumber(normalized.valueHigh)}`;
  const area = normalized.squareMetres === undefined ? '' : ` (${formatNumber(normalized.squareMetres)} m²)`;
  return `${formatNumber(normalized.value)}${high} ${normalized.unit}${area}`;
}

/** Qualifiers as the report writes them, with the key: `at_least` → `≥ 以上`. */
const QUALIFIER_LABELS: Readonly<Record<NonNullable<Qualifier>, string>> = {
  at_least: '≥ 以上',
  about: '≈ 左右',
  more_than: '> 余/多',
  nearly: '≲ 近',
  at_most: '≤ 以内',
};

/** @example formatQualifier('at_least'); // '≥ 以上' */
export function formatQualifier(qualifier: Qualifier | undefined): string {
  return qualifier ? QUALIFIER_LABELS[qualifier] : '';
}

/** @example formatGrowth({ value: -0.5, unit: '%', basis: 'yoy', text: '下降0.5%' }); // '−0.5% yoy' */
export function formatGrowth(growth: Growth): string {
  if (!growth) return '';
  const sign = growth.value > 0 ? '+' : growth.value < 0 ? '−' : '±';
  const unit = growth.unit === '%' ? '%' : ` ${growth.unit}`;
  const qualifier = growth.qualifier ? ` ${formatQualifier(growth.qualifier)}` : '';
  return `${sign}${formatNumber(Math.abs(growth.value))}${unit}${growth.basis ? ` ${growth.basis}` : ''}${qualifier}`;
}

/** A finding's `expected` or `found`, whatever its type, as one short line. */
export function formatFindingValue(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value);
  return JSON.stringify(value) ?? '';
}
