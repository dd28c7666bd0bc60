import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildStructure } from '../../src/structure/build-structure.js';
import { sectionAt, sentenceAt } from '../../src/structure/section-at.js';

const seed = readFileSync(new URL('../../corpus/boshan-2023.txt', import.meta.url), 'utf8');
const nested = ['前言。', '一、工业', '（一）技改', '（1）项目', '正文一。', '（二）培育', '正文二。', '二、农业', '正文三。'].join('\n');

describe.each([
  ['seed', seed],
  ['nested', nested],
])('lookups agree with brute force on %s', (_name, text) => {
  const s = buildStructure(text);
  test('sectionAt = the smallest section containing the offset', () => {
    for (let offset = 0; offset < text.length; offset++) {
      const containing = s.sections.filter((x) => x.range.start <= offset && offset < x.range.end);
      const innermost = containing.sort((a, b) => a.range.end - a.range.start - (b.range.end - b.range.start))[0] ?? null;
      expect(sectionAt(s, offset)?.id ?? null).toBe(innermost?.id ?? null);
    }
  });
  test('sentenceAt = the sentence containing the offset', () => {
    for (let offset = 0; offset < text.length; offset++) {
      const brute = s.sentences.find((x) => x.range.start <= offset && offset < x.range.end) ?? null;
      expect(sentenceAt(s, offset)).toBe(brute);
    }
  });
});

test('a level-3 section ends where its parent\'s sibling starts', () => {
  const s = buildStructure(nested);
  const at = (needle: string): string | null => sectionAt(s, nested.indexOf(needle))?.id ?? null;
  expect([at('前言'), at('正文一'), at('正文二'), at('正文三')]).toEqual([null, 's1.1.1', 's1.2', 's2']);
});

test('lookups are fast enough to run for every quantity', () => {
  const s = buildStructure(seed);
  const t0 = performance.now();
  for (let i = 0; i < 200_000; i++) {
    sectionAt(s, i % seed.length);
    sentenceAt(s, i % seed.length);
  }
  expect(performance.now() - t0).toBeLessThan(1000);
});
