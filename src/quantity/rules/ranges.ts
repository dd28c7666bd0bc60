import type { QuantityCase } from './cases.js';

/**
 * Ranges: low end, separator, high end, one shared unit (3-5万元 → 3..5 万元). The low end
 * may repeat the multiplier or % of the high end (10万—20万元, 5%-8%), never a different one.
 * A range needs a unit after the high end and a high end above the low end; otherwise the
 * two numbers stay two mentions (GB3838-2002, 3-5 with nothing after).
 */
export interface RangeSeparator {
  readonly id: string;
  readonly text: string;
  readonly examples: readonly QuantityCase[];
}

const range = (text: string, kind: 'measure' | 'percent' | 'multiple', value: number, valueHigh: number, unitText: string, normalized?: number): QuantityCase => ({
  text,
  expect: { kind, value, valueHigh, unitText, ...(normalized !== undefined ? { normalized } : {}) },
});

export const RANGE_SEPARATORS: readonly RangeSeparator[] = [
  { id: 'range-hyphen', text: '-', examples: [range('3-5万元', 'measure', 3, 5, '万元', 30000), range('5%-8%', 'percent', 5, 8, '%', 5), range('5-8%', 'percent', 5, 8, '%')] },
  { id: 'range-tilde', text: '~', examples: [range('3~5个', 'measure', 3, 5, '个', 3)] },
  { id: 'range-wave-dash', text: '〜', examples: [range('3〜5个', 'measure', 3, 5, '个')] },
  { id: 'range-em-dash', text: '—', examples: [range('10万—20万元', 'measure', 10, 20, '万元', 100000)] },
  { id: 'range-en-dash', text: '–', examples: [range('1.5–2倍', 'multiple', 1.5, 2, '倍')] },
  { id: 'range-zhi', text: '至', examples: [range('3至5个', 'measure', 3, 5, '个'), range('三至五年', 'measure', 3, 5, '年')] },
  { id: 'range-dao', text: '到', examples: [range('3到5个', 'measure', 3, 5, '个')] },
];

/** Texts that look like ranges but are not. */
export const RANGE_COUNTER_EXAMPLES: readonly QuantityCase[] = [
  { text: '标准GB3838-2002', expect: { mention: '3838', kind: 'bare', value: 3838, unitText: null } },
  { text: '5-3个', expect: { mention: '3个', kind: 'measure', value: 3, unitText: '个' } },
  { text: '从50%提高到60%', expect: { mention: '60%', kind: 'percent', value: 60, unitText: '%' } },
  { text: '3万-5千元', expect: { mention: '5千元', kind: 'measure', value: 5, unitText: '千元' } },
  { text: '3%-5个', expect: { mention: '3%', kind: 'percent', value: 3, unitText: '%' } },
];

/** Two consecutive Chinese digits before a unit are a rough range (三四家). */
export const PAIR_RANGE_EXAMPLES: readonly QuantityCase[] = [
  { text: '三四家', expect: { kind: 'measure', value: 3, valueHigh: 4, unitText: '家', normalized: 3 } },
  { text: '五六个', expect: { kind: 'measure', value: 5, valueHigh: 6, unitText: '个' } },
];
