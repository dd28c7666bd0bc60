import { describe, expect, test } from 'vitest';
import { corpusDocument, perturbNumbers, seededRandom, type CorpusSource } from '../../src/bench/corpus.js';

/** The text with every digit replaced by `d`: equal shapes mean digit counts, decimals and grouping were kept. */
const shape = (text: string): string => text.replace(/\d/g, 'd');

const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
const numbersOf = (text: string): number[] => [...text.matchAll(NUMBER)].map((m) => Number(m[0].replace(/,/g, '')));

const SOURCES: CorpusSource[] = [
  { name: 'alpha', text: '2023年，地区生产总值完成282亿元，同比增长6.5%。\n新建道路12.50公里，企业资产总计5,126,480万元。\n' },
  { name: 'beta', text: '一、概况\n2023—2025年计划新增市场主体1200户，占比0.576。\n' },
];

describe('seededRandom', () => {
  test('the same seed gives the same sequence', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const left = Array.from({ length: 20 }, () => a());
    expect(Array.from({ length: 20 }, () => b())).toEqual(left);
    expect(left.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  test('different seeds give different sequences', () => {
    const a = seededRandom(1);
    const b = seededRandom(2);
    expect(Array.from({ length: 5 }, () => a())).not.toEqual(Array.from({ length: 5 }, () => b()));
  });
});

describe('perturbNumbers', () => {
  test.each([
    { text: '完成282亿元', label: 'integer' },
    { text: '增长16.29%', label: 'two decimals' },
    { text: '浓度0.576mg/l', label: 'leading zero with decimals' },
    { text: '资产5,126,480万元', label: 'thousands grouping' },
    { text: '区号0533', label: 'leading zero integer' },
    { text: '共9个，另有100%完成', label: 'one digit and a round hundred' },
  ])('keeps the shape of a $label and changes it within about ±20%', ({ text }) => {
    for (let seed = 1; seed <= 30; seed += 1) {
      const out = perturbNumbers(text, seededRandom(seed));
      expect(shape(out)).toBe(shape(text));
      numbersOf(out).forEach((value, i) => {
        const before = numbersOf(text)[i] as number;
        // ±20%, widened by one unit of the last place for rounding and the digit-count clamp.
        expect(Math.abs(value - before)).toBeLessThanOrEqual(Math.abs(before) * 0.2 + 1);
      });
    }
  });

  test.each([
    { text: '2023年完成282亿元', kept: '2023年' },
    { text: '2023—2025年', kept: '2023—2025年' },
    { text: '2019-2023年', kept: '2019-2023年' },
  ])('keeps the year in $text', ({ text, kept }) => {
    for (let seed = 1; seed <= 10; seed += 1) expect(perturbNumbers(text, seededRandom(seed))).toContain(kept);
  });

  test.each([
    { text: '新增2050亩', label: 'a year-like figure that is not followed by 年' },
    { text: '完成282亿元', label: 'an ordinary figure' },
  ])('changes $label for some seed', ({ text }) => {
    const outs = new Set(Array.from({ length: 10 }, (_, seed) => perturbNumbers(text, seededRandom(seed + 1))));
    expect(outs.size).toBeGreaterThan(1);
  });

  test('leaves text without Arabic numbers as it is', () => {
    const text = '产业结构持续优化，三十项工作全面完成。';
    expect(perturbNumbers(text, seededRandom(3))).toBe(text);
  });
});

describe('corpusDocument', () => {
  const options = { count: 10, seed: 7 };

  test('is deterministic', () => {
    expect(corpusDocument(SOURCES, 4, options)).toEqual(corpusDocument(SOURCES, 4, options));
  });

  test.each([0, 1, 2, 3])('document %i keeps its source’s size and layout, only the figures differ', (index) => {
    const doc = corpusDocument(SOURCES, index, options);
    const source = SOURCES[index % SOURCES.length] as CorpusSource;
    expect(doc.text.length).toBe(source.text.length);
    expect(Buffer.byteLength(doc.text)).toBe(Buffer.byteLength(source.text));
    expect(shape(doc.text)).toBe(shape(source.text));
    expect(doc.text).not.toBe(source.text);
    expect(doc.name).toBe(`doc-0000${index}-${source.name}.txt`);
  });

  test('documents made from the same source differ from each other', () => {
    const texts = [0, 2, 4, 6, 8].map((i) => corpusDocument(SOURCES, i, options).text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  test('another seed gives other documents', () => {
    expect(corpusDocument(SOURCES, 0, { count: 1, seed: 8 }).text).not.toBe(corpusDocument(SOURCES, 0, options).text);
  });

  test('a short source is lengthened with its own paragraphs up to minDocumentBytes', () => {
    const doc = corpusDocument(SOURCES, 0, { ...options, minDocumentBytes: 2000 });
    const bytes = Buffer.byteLength(doc.text);
    expect(bytes).toBeGreaterThanOrEqual(2000);
    // It stops after the paragraph that crossed the line.
    expect(bytes).toBeLessThan(2000 + Buffer.byteLength(SOURCES[0]?.text ?? ''));
    expect(shape(doc.text).startsWith(shape(SOURCES[0]?.text ?? ''))).toBe(true);
  });

  test('a source already long enough is not lengthened', () => {
    const doc = corpusDocument(SOURCES, 1, { ...options, minDocumentBytes: 10 });
    expect(doc.text.length).toBe(SOURCES[1]?.text.length);
  });
});
