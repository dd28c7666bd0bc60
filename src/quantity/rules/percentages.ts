import type { QuantityCase } from './cases.js';
import type { UnitRow } from './units.js';

/**
 * Percentages, per-mille and percentage points. The suffix forms are unit rows (they join
 * the unit table); the prefix forms (百分之五) put the unit before the number, so they are
 * scanned as part of the number candidate and written with their symbol as unitText.
 */

const percent = (text: string, value: number, mention?: string): QuantityCase => ({
  text,
  expect: { kind: 'percent', value, unitText: '%', normalized: value, base: '%', ...(mention ? { mention } : {}) },
});

export const PERCENT_UNIT_ROWS: readonly UnitRow[] = [
  {
    id: '%', dimension: 'percent', base: '%', factor: 1, kind: 'percent',
    examples: [
      percent('16.29%', 16.29),
      percent('同比增长6%', 6, '6%'),
      percent('增长-0.8%', -0.8, '-0.8%'),
    ],
  },
  {
    id: '‰', dimension: 'percent', base: '%', factor: 0.1, kind: 'percent',
    examples: [{ text: '5‰', expect: { kind: 'percent', value: 5, unitText: '‰', normalized: 0.5, base: '%' } }],
  },
  {
    id: '个百分点', dimension: 'percent', base: 'pp', factor: 1, kind: 'pp',
    examples: [{ text: '3.5个百分点', expect: { kind: 'pp', value: 3.5, unitText: '个百分点', normalized: 3.5, base: 'pp' } }],
  },
  {
    // per-mille points stay apart from percentage points as ‰ does from %; normalised to pp
    id: '个千分点', dimension: 'percent', base: 'pp', factor: 0.1, kind: 'pp',
    examples: [{ text: '下降1.5个千分点', expect: { mention: '1.5个千分点', kind: 'pp', value: 1.5, unitText: '个千分点', normalized: 0.15, base: 'pp' } }],
  },
  {
    id: '千分点', dimension: 'percent', base: 'pp', factor: 0.1, kind: 'pp',
    examples: [{ text: '提高2千分点', expect: { mention: '2千分点', kind: 'pp', value: 2, unitText: '千分点', normalized: 0.2, base: 'pp' } }],
  },
  {
    id: '百分点', dimension: 'percent', base: 'pp', factor: 1, kind: 'pp',
    examples: [{ text: '提高2百分点', expect: { mention: '2百分点', kind: 'pp', value: 2, unitText: '百分点', normalized: 2, base: 'pp' } }],
  },
];

/** A unit written before its number. `unitId` names the PERCENT_UNIT_ROWS row it stands for. */
export interface PercentPrefixRow {
  readonly id: string;
  readonly prefix: string;
  readonly unitId: string;
  readonly examples: readonly QuantityCase[];
  readonly counterExamples: readonly QuantityCase[];
}

export const PERCENT_PREFIXES: readonly PercentPrefixRow[] = [
  {
    id: 'percent-prefix',
    prefix: '百分之',
    unitId: '%',
    examples: [
      percent('百分之五', 5),
      percent('百分之三十五点五', 35.5),
      percent('百分之5', 5),
      percent('下降百分之-5', -5, '百分之-5'),
      { text: '百分之五以上', expect: { kind: 'percent', value: 5, unitText: '%', qualifier: 'at_least', normalized: 5 } },
    ],
    counterExamples: [{ text: '百分比', expect: null }],
  },
  {
    id: 'permille-prefix',
    prefix: '千分之',
    unitId: '‰',
    examples: [{ text: '千分之三', expect: { kind: 'percent', value: 3, unitText: '‰', normalized: 0.3, base: '%' } }],
    counterExamples: [{ text: '千分', expect: null }],
  },
];
