import type { QuantityCase } from './cases.js';

/**
 * Dates and years become mentions of kind 'date' so later stages can leave them out.
 *
 * Decisions:
 * - a 4-digit 19xx/20xx (Arabic, or Chinese digits like 二〇二三) followed by 年/年度 is a
 *   year; any other number + 年 is a duration (3年, 一百年 → measure, dimension time);
 * - 1–12 + 月/月份 is a month, 1–31 + 日 (or 号 after a month) a day, 1–4 + 季度 a quarter;
 *   a year, month and day written together are one mention holding every token;
 * - a 4-digit 19xx/20xx with no unit directly before a Chinese character (2023长城…)
 *   is a year inside a name: a date too;
 * - dates take no qualifier and no unit: `unitText`, `unit`, `normalized` are null and
 *   `value` is the first component (the year, else the month, else the day).
 */
export interface DateRule {
  readonly id: string;
  /** Written after the number, longest first. */
  readonly suffixes: readonly string[];
  readonly min: number;
  readonly max: number;
  readonly examples: readonly QuantityCase[];
  readonly counterExamples: readonly QuantityCase[];
}

const date = (text: string, value: number, mention?: string, valueHigh?: number): QuantityCase => ({
  text,
  expect: {
    kind: 'date', value, unitText: null, normalized: null,
    ...(mention ? { mention } : {}),
    ...(valueHigh !== undefined ? { valueHigh } : {}),
  },
});

export const YEAR_RULE: DateRule = {
  id: 'date-year',
  suffixes: ['年度', '年'],
  min: 1900,
  max: 2099,
  examples: [
    date('2023年', 2023),
    date('2023年度', 2023),
    date('二〇二三年', 2023),
    date('——2024年1月9日在博山区', 2024, '2024年1月9日'),
    date('2023年12月', 2023),
  ],
  counterExamples: [
    { text: '3年', expect: { kind: 'measure', value: 3, unitText: '年', normalized: 3, base: 'year' } },
    { text: '1000年', expect: { kind: 'measure', value: 1000, unitText: '年', normalized: 1000, base: 'year' } },
    { text: '新增用户2000户', expect: { mention: '2000户', kind: 'measure', value: 2000, unitText: '户', normalized: 2000 } },
  ],
};

export const MONTH_RULE: DateRule = {
  id: 'date-month',
  suffixes: ['月份', '月'],
  min: 1,
  max: 12,
  examples: [date('1月9日', 1), date('12月', 12), date('3月份', 3), date('一月', 1)],
  counterExamples: [
    { text: '3个月', expect: { kind: 'measure', value: 3, unitText: '个月', normalized: 3, base: 'month' } },
    { text: '13月', expect: { mention: '13', kind: 'bare', value: 13, unitText: null, normalized: null } },
  ],
};

/** 号 is read as a day only right after a month (1月9号); alone it is an ordinal (一号工程). */
export const DAY_RULE: DateRule = {
  id: 'date-day',
  suffixes: ['日'],
  min: 1,
  max: 31,
  examples: [date('9日', 9), date('1月9号', 1)],
  counterExamples: [{ text: '32日', expect: { mention: '32', kind: 'bare', value: 32, unitText: null, normalized: null } }],
};
export const DAY_AFTER_MONTH_SUFFIXES: readonly string[] = ['日', '号'];

export const QUARTER_RULE: DateRule = {
  id: 'date-quarter',
  suffixes: ['季度'],
  min: 1,
  max: 4,
  examples: [date('前三季度', 3, '三季度'), date('1季度', 1)],
  counterExamples: [{ text: '5季度', expect: { mention: '5', kind: 'bare', value: 5, unitText: null, normalized: null } }],
};

/** Ranges of years or months (2023-2025年, 1-11月); the separators are those of rules/ranges.ts. */
export const DATE_RANGE_RULE: DateRule = {
  id: 'date-range',
  suffixes: [],
  min: 1,
  max: 2099,
  examples: [date('2023-2025年', 2023, undefined, 2025), date('1-11月', 1, undefined, 11), date('一至三月', 1, undefined, 3)],
  counterExamples: [
    { text: '3-5年', expect: { kind: 'measure', value: 3, valueHigh: 5, unitText: '年', normalized: 3, base: 'year' } },
  ],
};

export const BARE_YEAR_RULE: DateRule = {
  id: 'date-bare-year',
  suffixes: [],
  min: 1900,
  max: 2099,
  examples: [date('承办2023长城国家文化公园建设大会', 2023, '2023')],
  counterExamples: [
    { text: '达到2023，', expect: { mention: '2023', kind: 'bare', value: 2023, unitText: null, normalized: null } },
    { text: '2023.5万元', expect: { kind: 'measure', value: 2023.5, unitText: '万元', normalized: 20235000 } },
  ],
};

export const DATE_RULES: readonly DateRule[] = [YEAR_RULE, MONTH_RULE, DAY_RULE, QUARTER_RULE, DATE_RANGE_RULE, BARE_YEAR_RULE];
