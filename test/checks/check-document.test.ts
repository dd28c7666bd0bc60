import { describe, expect, test } from 'vitest';
import { checkDocument, type PreviousYear } from '../../src/checks/check-document.js';
import { ZhibiaoDocumentSchema } from '../../src/schema/document.js';
import { makeIndicator as make } from '../panel/make-indicator.js';

const industries = (gdp: number, parts: readonly [number, number, number]) => [
  make('地区生产总值', '2023', 'actual', { value: gdp, unit: '亿元', growth: 6.1 }),
  make('第一产业增加值', '2023', 'actual', { value: parts[0], unit: '亿元' }),
  make('第二产业增加值', '2023', 'actual', { value: parts[1], unit: '亿元' }),
  make('第三产业增加值', '2023', 'actual', { value: parts[2], unit: '亿元' }),
];

describe('parts and their whole', () => {
  test.each([
    ['adds up exactly', 682.4, [18.6, 265.3, 398.5], true],
    ['adds up within rounding (each figure may hide 0.05)', 682.5, [18.6, 265.3, 398.5], true],
    ['off by more than rounding', 690, [18.6, 265.3, 398.5], false],
  ] as const)('three industries and GDP: %s', (_why, gdp, parts, passed) => {
    const check = checkDocument(industries(gdp, parts)).find((c) => c.id === 'industries-sum-to-gdp');
    expect(check).toMatchObject({ passed, severity: passed ? 'info' : 'error', unit: 'CNY', period: '2023', status: 'actual' });
    expect(check?.indicatorIds).toHaveLength(4);
    expect(check?.found).toBeCloseTo((parts[0] + parts[1] + parts[2]) * 1e8, 0);
  });

  test('no check without every part', () => {
    expect(checkDocument(industries(682.4, [18.6, 265.3, 398.5]).slice(0, 3)).some((c) => c.id === 'industries-sum-to-gdp')).toBe(false);
  });

  test.each([
    [[8.4, 46.9, 44.7], true],
    [[8.4, 46.9, 54.7], false],
  ] as const)('contribution shares %j sum to 100: %s', (shares, passed) => {
    const checks = checkDocument([
      make('第一产业对经济增长的贡献率', '2023', 'actual', { value: shares[0], unit: '%' }),
      make('第二产业对经济增长的贡献率', '2023', 'actual', { value: shares[1], unit: '%' }),
      make('第三产业对经济增长的贡献率', '2023', 'actual', { value: shares[2], unit: '%' }),
    ]);
    expect(checks.find((c) => c.id === 'contributions-sum-to-100')).toMatchObject({ passed, expected: 100 });
  });
});

describe('ranges and conflicts', () => {
  test('a value outside its plausible range (a unit slip: 元 for 亿元)', () => {
    const checks = checkDocument([make('地区生产总值', '2023', 'actual', { value: 682.4, unit: '元' })]);
    expect(checks).toEqual([expect.objectContaining({ id: 'value-in-range', passed: false, severity: 'warning', found: 682.4 })]);
  });

  test('a growth outside its plausible range', () => {
    const checks = checkDocument([make('一般公共预算收入', '2023', 'actual', { growth: 610 })]);
    expect(checks.map((c) => c.id)).toEqual(['growth-in-range']);
  });

  test('plausible figures raise nothing', () => {
    expect(checkDocument([make('社会消费品零售总额', '2023', 'actual', { value: 326.8, unit: '亿元', growth: 7.5 })])).toEqual([]);
  });

  test('one measure stated with two values in one document', () => {
    const a = make('城镇登记失业率', '2023', 'actual', { value: 2.74, unit: '%' });
    const b = make('城镇登记失业率', '2023', 'actual', { value: 3.5, unit: '%' });
    expect(checkDocument([a, b])).toEqual([expect.objectContaining({ id: 'one-value-per-measure', severity: 'error', indicatorIds: [a.id, b.id], expected: 2.74, found: 3.5 })]);
  });

  test.each([
    ['the same figure twice (text and table)', 682.4, 682.4],
    ['a rounder statement of the same figure', 682.4, 682],
  ])('no conflict for %s', (_why, first, second) => {
    const checks = checkDocument([make('地区生产总值', '2023', 'actual', { value: first, unit: '亿元' }), make('地区生产总值', '2023', 'actual', { value: second, unit: '亿元' })]);
    expect(checks).toEqual([]);
  });

  test('a target and an actual of the same year are not a conflict', () => {
    const checks = checkDocument([make('城镇新增就业', '2023', 'actual', { value: 1.52, unit: '万人' }), make('城镇新增就业', '2023', 'target', { value: 1.2, unit: '万人' })]);
    expect(checks).toEqual([]);
  });
});

describe('value and growth against last year', () => {
  const lastYear = (values: Readonly<Record<string, number>>): PreviousYear => (key, period) => {
    const v = values[`${key} ${period}`];
    return v === undefined ? undefined : { indicatorId: `prev:${key}`, normalizedValue: v * 1e8, value: v };
  };

  test.each([
    ['nominal growth that agrees', 'retail_sales', '社会消费品零售总额', 326.8, 7.5, 304.0, true],
    ['nominal growth that does not', 'retail_sales', '社会消费品零售总额', 326.8, 7.5, 280.0, false],
    ['real GDP growth with a price change inside the deflator band', 'gdp', '地区生产总值', 682.4, 6.1, 630.0, true],
    ['real GDP growth far from the values', 'gdp', '地区生产总值', 682.4, 6.1, 500.0, false],
  ] as const)('%s', (_why, key, name, now, growth, before, passed) => {
    const checks = checkDocument([make(name, '2024', 'actual', { value: now, unit: '亿元', growth })], lastYear({ [`${key} 2023`]: before }));
    const check = checks.find((c) => c.id === 'growth-matches-previous-year');
    expect(check).toMatchObject({ passed, canonical: key, found: now, unit: '亿元', indicatorIds: [expect.any(String), `prev:${key}`] });
    expect(check?.expected).toBeCloseTo(before * (1 + growth / 100), 6);
  });

  test('nothing to compare without last year', () => {
    expect(checkDocument([make('社会消费品零售总额', '2024', 'actual', { value: 326.8, unit: '亿元', growth: 7.5 })], lastYear({}))).toEqual([]);
  });
});

test('checks are part of the document schema', () => {
  const checks = checkDocument(industries(690, [18.6, 265.3, 398.5]));
  const shape = ZhibiaoDocumentSchema.shape.checks;
  expect(shape.safeParse(checks).success).toBe(true);
  expect(shape.safeParse(undefined).success).toBe(true);
});
