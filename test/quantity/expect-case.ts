import { expect } from 'vitest';
import { recognizeNumbers, recognizeQuantities } from '../../src/quantity/index.js';
import type { NumeralCase, QuantityCase } from '../../src/quantity/index.js';

/** Compares two numbers so that NaN equals NaN and 1/3 equals 0.333…; both must be finite or both NaN. */
function sameNumber(actual: number, expected: number): void {
  if (Number.isNaN(expected)) expect(actual).toBeNaN();
  else expect(actual).toBeCloseTo(expected, 6);
}

/** Asserts that `recognizeNumbers(c.text)` returns exactly the case's tokens. */
export function expectNumeralCase(c: NumeralCase): void {
  const tokens = recognizeNumbers(c.text);
  expect(tokens.map((t) => t.text)).toEqual(c.numbers.map(([text]) => text));
  tokens.forEach((t, i) => {
    sameNumber(t.value, (c.numbers[i] as readonly [string, number])[1]);
    expect(c.text.slice(t.range.start, t.range.end)).toBe(t.text);
  });
}

/** Asserts the one mention a quantity case describes, or that there is none. */
export function expectQuantityCase(c: QuantityCase): void {
  const mentions = recognizeQuantities(c.text);
  const e = c.expect;
  if (e === null) {
    expect(mentions).toEqual([]);
    return;
  }
  const want = e.mention ?? c.text;
  const texts = mentions.map((m) => c.text.slice(m.range.start, m.range.end));
  expect(texts).toContain(want);
  const m = mentions[texts.indexOf(want)];
  if (!m) throw new Error('unreachable');
  expect(m.kind).toBe(e.kind);
  sameNumber(m.value, e.value);
  if (e.valueHigh === undefined) expect(m.valueHigh).toBeUndefined();
  else sameNumber(m.valueHigh as number, e.valueHigh);
  expect(m.unitText).toBe(e.unitText);
  expect(m.qualifier).toBe(e.qualifier ?? null);
  if (e.normalized === null) expect(m.normalized).toBeNull();
  else if (e.normalized !== undefined) sameNumber(m.normalized?.value as number, e.normalized);
  if (e.base !== undefined) expect(m.normalized?.unit).toBe(e.base);
}
