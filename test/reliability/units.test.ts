import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { assignDocumentIds } from '../../src/batch/assign-document-ids.js';
import { terminalName } from '../../src/batch/terminal-name.js';
import { decodeBytes, formatBytes } from '../../src/io/decode.js';
import { validText } from '../../src/io/valid-text.js';
import { inflatedSize } from '../../src/io/zip-size.js';
import { csvField } from '../../src/output/csv-writer.js';
import { clipSentence, extract, MAX_SENTENCE_CHARS } from '../../src/pipeline.js';
import { MAX_SENTENCE_LENGTH, sentenceRanges } from '../../src/structure/split-sentences.js';

/** The small pure pieces behind issue 13, each with its examples and counter-examples. */

describe('csvField neutralises formula starts in text, never in numbers', () => {
  test.each([
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['-3%', "'-3%"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['增长6%', '增长6%'],
    ['a=b', 'a=b'],
    [-0.5, '-0.5'],
    [null, ''],
  ])('%j → %s', (value, field) => {
    expect(csvField(value)).toBe(field);
  });
});

describe('terminalName escapes what would move the cursor', () => {
  test.each([
    ['a\u001b[31m.txt', 'a\\x1b[31m.txt'],
    ['two\nlines.txt', 'two\\nlines.txt'],
    ['bell\u0007', 'bell\\x07'],
    ['c1\u009b', 'c1\\x9b'],
    ['报告 2023.txt', '报告 2023.txt'],
  ])('%j → %s', (name, shown) => {
    expect(terminalName(name)).toBe(shown);
  });
});

describe('validText', () => {
  test.each([
    ['增长\u00006%', '增长\ufffd6%', { nul: 1, loneSurrogates: 0 }],
    ['a\ud800b', 'a\ufffdb', { nul: 0, loneSurrogates: 1 }],
    ['a\udc00', 'a\ufffd', { nul: 0, loneSurrogates: 1 }],
    ['😀 pair kept', '😀 pair kept', { nul: 0, loneSurrogates: 0 }],
  ])('%j', (input, text, repairs) => {
    expect(validText(input)).toEqual({ text, repairs });
    expect(validText(input).text).toHaveLength(input.length);
  });
});

describe('decodeBytes tolerates a few flaws, not another encoding', () => {
  const report = '全区地区生产总值完成282亿元，同比增长6%。'.repeat(20);
  test('one stray 0xFF in UTF-8: read, the byte replaced', () => {
    const bytes = Buffer.from(report);
    bytes[30] = 0xff;
    const decoded = decodeBytes(bytes, 'a.txt');
    expect(decoded).toMatchObject({ encoding: 'utf-8', replacedBytes: 1 });
    expect(decoded.text).toContain('\ufffd');
  });
  test('one NUL near the start: read (the NUL is replaced later, by validText)', () => {
    const bytes = Buffer.from(report);
    bytes[bytes.indexOf('2')] = 0; // an ASCII position, so the UTF-8 around it stays whole
    expect(decodeBytes(bytes, 'a.txt').encoding).toBe('utf-8');
  });
  test('NULs throughout: still binary', () => {
    const bytes = Buffer.from(report);
    for (let i = 0; i < bytes.length; i += 50) bytes[i] = 0;
    expect(() => decodeBytes(bytes, 'a.txt')).toThrow(/binary content/);
  });
});

describe('formatBytes', () => {
  test.each([
    [100, '100 bytes'],
    [1, '1 byte'],
    [10 * 1024, '10 KB'],
    [32 * 1024 ** 2, '32 MB'],
    [1536, '1.5 KB'],
  ])('%i → %s', (n, text) => {
    expect(formatBytes(n)).toBe(text);
  });
});

describe('inflatedSize reads the central directory', () => {
  test('the fixture .docx declares more than it weighs, and garbage has no directory', () => {
    const docx = readFileSync(new URL('../fixtures/inputs/boshan.docx', import.meta.url));
    const size = inflatedSize(docx);
    expect(size).not.toBeNull();
    expect(size as number).toBeGreaterThan(docx.length);
    expect(inflatedSize(Buffer.from('not a zip at all'))).toBeNull();
  });
});

describe('bounded sentences', () => {
  test('a text with no sentence end is cut into pieces of at most MAX_SENTENCE_LENGTH, at clause marks', () => {
    const text = '1%，'.repeat(2000);
    const pieces = sentenceRanges(text, { start: 0, end: text.length });
    for (const p of pieces) expect(p.end - p.start).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
    for (const p of pieces.slice(0, -1)) expect(text[p.end - 1]).toBe('，');
    expect(pieces.map((p) => text.slice(p.start, p.end)).join('')).toBe(text);
  });

  test('clipSentence keeps short sentences whole and a window around the figure in long ones', () => {
    expect(clipSentence('增长6%。', { start: 0, end: 4 }, { start: 0, end: 5 })).toBe('增长6%。');
    const long = `${'甲'.repeat(1000)}增长6%${'乙'.repeat(1000)}`;
    const clipped = clipSentence(long, { start: 1000, end: 1004 }, { start: 0, end: long.length });
    expect(clipped).toContain('增长6%');
    expect(clipped.startsWith('…') && clipped.endsWith('…')).toBe(true);
    expect(clipped.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS + 2);
  });

  test('a number beyond float range is unclaimed as too_large, with a warning, not a schema failure', () => {
    const doc = extract(`今年固定资产投资${'9'.repeat(320)}亿元，同比增长6%。`);
    expect(doc.unclaimed.map((u) => u.reason)).toContain('too_large');
    expect(doc.warnings.map((w) => w.code)).toContain('number-too-large');
  });
});

describe('assignDocumentIds with an output that already holds documents', () => {
  const stored = new Map([
    ['report', { sha256: 'a', source: '2023/report.txt' }],
    ['report-txt', { sha256: 'b', source: '2024/report.txt' }],
  ]);
  test.each([
    ['a stored file keeps its id', ['2024/report.txt'], ['report-txt']],
    ['another file with a stored name gets a free one', ['2025/report.txt'], ['report-txt-2']],
    ['both stored files, in either order', ['2024/report.txt', '2023/report.txt'], ['report-txt', 'report']],
    ['a new name is plain', ['2025/summary.txt'], ['summary']],
  ])('%s', (_name, files, ids) => {
    expect(assignDocumentIds(files, { stored })).toEqual(ids);
  });
});
