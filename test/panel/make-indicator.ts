import type { Indicator } from '../../src/schema/document.js';
import { canonicalKey } from '../../src/taxonomy/canonical.js';

const FACTOR: Readonly<Record<string, { unit: string; dimension: NonNullable<Indicator['normalized']>['dimension']; times: number }>> = {
  亿元: { unit: 'CNY', dimension: 'currency', times: 1e8 },
  万元: { unit: 'CNY', dimension: 'currency', times: 1e4 },
  元: { unit: 'CNY', dimension: 'currency', times: 1 },
  万美元: { unit: 'USD', dimension: 'currency', times: 1e4 },
  万人: { unit: 'count', dimension: 'count', times: 1e4 },
  万吨: { unit: 'kg', dimension: 'mass', times: 1e7 },
  '%': { unit: '%', dimension: 'percent', times: 1 },
};

let seq = 0;

/**
 * An indicator as the pipeline would write it, for tests of the stages after extraction:
 * `make('gdp 2023 actual', { value: 682.4, unit: '亿元', growth: 6.1 })`.
 */
export function makeIndicator(
  name: string,
  period: string | null,
  status: Indicator['status'],
  fields: { value?: number; unit?: string; growth?: number; growthUnit?: '%' | 'pp'; qualifier?: Indicator['qualifier']; valueHigh?: number; doc?: string; start?: number },
): Indicator {
  seq += 1;
  const f = fields.unit ? FACTOR[fields.unit] : undefined;
  const value = fields.value ?? null;
  const indicator: Indicator = {
    id: `${fields.doc ?? 'doc'}:${seq}`,
    name,
    canonical: canonicalKey(name),
    value,
    unit: fields.unit ?? null,
    normalized: value !== null && f ? { value: value * f.times, unit: f.unit, dimension: f.dimension } : null,
    growth: fields.growth === undefined ? null : { value: fields.growth, unit: fields.growthUnit ?? '%', basis: 'yoy', text: `增长${fields.growth}` },
    qualifier: fields.qualifier ?? null,
    status,
    period,
    sectionId: null,
    sentence: name,
    span: { start: fields.start ?? seq * 10, end: (fields.start ?? seq * 10) + 5 },
    text: name,
    ruleId: 'test',
  };
  if (fields.valueHigh !== undefined) indicator.valueHigh = fields.valueHigh;
  return indicator;
}
