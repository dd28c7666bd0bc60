import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { recognizeNumbers, recognizeQuantities } from '../../src/quantity/index.js';

/**
 * Invariants on arbitrary text: the stage never throws, its mentions are ordered, disjoint
 * and inside the text, and every number token sits in exactly one mention.
 */

function checkInvariants(text: string): void {
  const mentions = recognizeQuantities(text);
  let previousEnd = 0;
  for (const m of mentions) {
    expect(m.range.start).toBeGreaterThanOrEqual(previousEnd);
    expect(m.range.end).toBeGreaterThan(m.range.start);
    expect(m.range.end).toBeLessThanOrEqual(text.length);
    expect(m.numberRange.start).toBeGreaterThanOrEqual(m.range.start);
    expect(m.numberRange.end).toBeLessThanOrEqual(m.range.end);
    expect(m.numbers.length).toBeGreaterThan(0);
    expect(m.normalized === null).toBe(m.unit === null);
    if (m.qualifierRange) {
      expect(m.qualifierRange.start).toBeGreaterThanOrEqual(m.range.start);
      expect(m.qualifierRange.end).toBeLessThanOrEqual(m.range.end);
    }
    for (const n of m.numbers) {
      expect(n.range.start).toBeGreaterThanOrEqual(m.numberRange.start);
      expect(n.range.end).toBeLessThanOrEqual(m.numberRange.end);
      expect(text.slice(n.range.start, n.range.end)).toBe(n.text);
    }
    previousEnd = m.range.end;
  }
  const tokens = recognizeNumbers(text);
  let tokenEnd = 0;
  for (const t of tokens) {
    expect(t.range.start).toBeGreaterThanOrEqual(tokenEnd);
    expect(t.range.end).toBeGreaterThan(t.range.start);
    tokenEnd = t.range.end;
    const holders = mentions.filter((m) => m.range.start <= t.range.start && t.range.end <= m.range.end);
    expect(holders).toHaveLength(1);
    expect(holders[0]?.numbers.some((n) => n.range.start === t.range.start && n.range.end === t.range.end)).toBe(true);
  }
  expect(tokens.length).toBe(mentions.reduce((sum, m) => sum + m.numbers.length, 0));
}

const REPORT_CHARS = [
  ...'0123456789.,%-+~—至到',
  ...'零〇一二两三四五六七八九十百千万亿点分之第',
  ...'元亩米吨个家户人次位倍年月日度季级类余多以上左右约近超过不少于内',
  ...'平方公里百分点mg/lA ⅢIV',
  ...'增长完成达到，。；、“”（）',
];

describe('recognizeQuantities on arbitrary text', () => {
  test('any string', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), checkInvariants), { numRuns: 500 });
  });

  test('any full-unicode string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), checkInvariants), { numRuns: 300 });
  });

  test('digit- and numeral-heavy report-like strings', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...REPORT_CHARS), maxLength: 60 }), checkInvariants), { numRuns: 2000 });
  });

  test('Arabic digits are always numbers', () => {
    const digitsOnly = fc.string({ unit: fc.constantFrom(...'0123456789.,-+%万亿元个'), minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(digitsOnly, (text) => {
        const ranges = recognizeQuantities(text).map((m) => m.numberRange);
        for (let i = 0; i < text.length; i++) {
          if (/\d/.test(text[i] as string)) expect(ranges.some((r) => r.start <= i && i < r.end)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
