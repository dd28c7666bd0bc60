import { PARAGRAPH_BREAK_RULES } from '../../src/normalize/paragraph-breaks.js';
import { toSimplifiedView } from '../../src/io/traditional.js';
import { describe, expect, test } from 'vitest';
import { CONVERTER_NOISE_EXAMPLES } from '../../src/normalize/converter-noise.js';
import { normalizeText, toSourceRange } from '../../src/normalize/normalize.js';

test.each(CONVERTER_NOISE_EXAMPLES.removed.map((e) => e.split(' → ') as [string, string]))('converter pinyin removed: %s → %s', (input, output) => {
  expect(normalizeText(input).text).toBe(output);
});

test.each(CONVERTER_NOISE_EXAMPLES.kept)('brackets that are not a reading stay: %s', (input) => {
  expect(normalizeText(input).text).toBe(input);
});

test('spans map back over the removed noise', () => {
  const source = '達到24.21億(yi) 元。';
  const n = normalizeText(source);
  const start = n.text.indexOf('24.21');
  const range = toSourceRange(n, { start, end: n.text.indexOf('。') });
  expect(source.slice(range.start, range.end)).toBe('24.21億(yi) 元');
});

test('a wrap inside a number joins it; a list item after a wrap does not', () => {
  const line = '这五年我们着力扩总量提质量综合实力迈上新台阶全县固定资产投资25';
  expect(normalizeText(`${line}\n0.3亿元，增长10.3%。`).text).toBe(`${line}0.3亿元，增长10.3%。`);
  expect(normalizeText(`这五年我们着力扩总量提质量综合实力迈上新台阶外贸出口2\n.5亿美元。`).text).toContain('外贸出口2.5亿美元');
  expect(normalizeText(`这五年我们着力扩总量提质量综合实力迈上新台阶在县委的坚强领导下\n,积极适应新常态。`).text).toContain('领导下，积极');
  // counter-example: a numbered item opens its own line
  expect(normalizeText(`${line}\n1.粮食生产稳定。`).text).toContain('\n1.粮食');
});

describe('a page joined into one line gets its line breaks back', () => {
  test.each(PARAGRAPH_BREAK_RULES.flatMap((r) => r.examples.map((e) => [r.id, e] as const)))('%s: %s', (_id, example) => {
    const text = normalizeText(toSimplifiedView(example) ?? example).text;
    expect(text).toContain('\n');
  });
  test.each(PARAGRAPH_BREAK_RULES.flatMap((r) => r.counterExamples.map((e) => [r.id, e] as const)))('%s leaves: %s', (_id, example) => {
    expect(normalizeText(example).text).not.toContain('\n');
  });
});
