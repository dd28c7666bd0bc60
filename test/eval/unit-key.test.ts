import { describe, expect, test } from 'vitest';
import { nearlyEqual, quantityKey, resolveUnit, sameQuantity } from '../../src/eval/unit-key.js';

describe('resolveUnit', () => {
  test.each([
    { unit: '亿元', base: 'CNY', factor: 1e8 },
    { unit: '万元', base: 'CNY', factor: 1e4 },
    { unit: '元', base: 'CNY', factor: 1 },
    { unit: '千万元', base: 'CNY', factor: 1e7 },
    { unit: '万平方米', base: 'm2', factor: 1e4 },
    { unit: '平方公里', base: 'm2', factor: 1e6 },
    { unit: '亩', base: '亩', factor: 1 },
    { unit: '万亩', base: '亩', factor: 1e4 },
    { unit: '公里', base: 'm', factor: 1e3 },
    { unit: '千米', base: 'm', factor: 1e3 },
    { unit: '万吨', base: 'kg', factor: 1e7 },
    { unit: '万千瓦', base: 'kW', factor: 1e4 },
    { unit: '%', base: '%', factor: 1 },
    { unit: '个百分点', base: 'pp', factor: 1 },
    { unit: 'pp', base: 'pp', factor: 1 },
    { unit: '个位次', base: '位次', factor: 1 },
    { unit: '万户', base: '户', factor: 1e4 },
    { unit: '万余户', base: '户', factor: 1e4 },
    { unit: '户', base: '户', factor: 1 },
    { unit: '个', base: '个', factor: 1 },
    { unit: '万株', base: '株', factor: 1e4 },
    { unit: '人次', base: '人次', factor: 1 },
    { unit: 'mg/l', base: 'mg/L', factor: 1 },
    { unit: null, base: '', factor: 1 },
  ])('$unit → $factor $base', ({ unit, base, factor }) => {
    const got = resolveUnit(unit);
    expect(got.base).toBe(base);
    expect(nearlyEqual(got.factor, factor)).toBe(true);
  });
});

type Written = [value: number, valueHigh: number | undefined, unit: string | null];

describe('sameQuantity', () => {
  test.each<{ a: Written; b: Written; same: boolean }>([
    { a: [282, undefined, '亿元'], b: [28200000000, undefined, '元'], same: true },
    { a: [1.2, undefined, '万元'], b: [12000, undefined, '元'], same: true },
    { a: [2, undefined, '万户'], b: [20000, undefined, '户'], same: true },
    { a: [3, 5, '万元'], b: [30000, 50000, '元'], same: true },
    { a: [5.5, undefined, '公里'], b: [5500, undefined, '米'], same: true },
    { a: [4.15, undefined, null], b: [4.15, undefined, null], same: true },
    { a: [2, undefined, '万户'], b: [20000, undefined, '个'], same: false },
    { a: [46, undefined, '家'], b: [46, undefined, '个'], same: false },
    { a: [282, undefined, '亿元'], b: [282, undefined, '万元'], same: false },
    { a: [3, 5, '万元'], b: [3, undefined, '万元'], same: false },
    { a: [60, undefined, '%'], b: [60, undefined, '个百分点'], same: false },
    { a: [100, undefined, '亩'], b: [100, undefined, '平方米'], same: false },
    { a: [4.15, undefined, null], b: [4.15, undefined, '%'], same: false },
  ])('$a vs $b → $same', ({ a, b, same }) => {
    expect(sameQuantity(quantityKey(...a), quantityKey(...b))).toBe(same);
    expect(sameQuantity(quantityKey(...b), quantityKey(...a))).toBe(same);
  });
});

describe('nearlyEqual', () => {
  test.each([
    { a: 0.1 + 0.2, b: 0.3, equal: true },
    { a: 28200000000, b: 282 * 1e8, equal: true },
    { a: 0, b: 1e-12, equal: true },
    { a: 6, b: 6.0001, equal: false },
    { a: 28200000000, b: 28200000100, equal: false },
    { a: -2.3, b: 2.3, equal: false },
  ])('$a ≈ $b → $equal', ({ a, b, equal }) => {
    expect(nearlyEqual(a, b)).toBe(equal);
  });
});
