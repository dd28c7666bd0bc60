import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { nearlyEqual } from '../../src/eval/unit-key.js';
import { normalizeText } from '../../src/normalize/normalize.js';
import { parseChineseNumeral } from '../../src/quantity/index.js';
import { GoldDocumentSchema, type GoldDocument } from '../../src/schema/gold.js';
import { buildStructure } from '../../src/structure/build-structure.js';

/**
 * Self-consistency of the gold files: each must agree with the text it annotates and with
 * docs/annotation.md, whatever the extractor does. Nothing here compares with extract().
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const GOLD_DIR = join(ROOT, 'test/gold');
/** The annotated reports the project promises; a missing one is a failure, not a skip. */
const EXPECTED = ['boshan-2023', 'qinglan-2023', 'yuanfeng-2024', 'yunwu-2023', 'qiuchuan-2024'];
/** How far (characters) from its item's span a growth's text may be found. */
const GROWTH_WINDOW = 60;

const present = existsSync(GOLD_DIR) ? readdirSync(GOLD_DIR).filter((n) => n.endsWith('.gold.json')) : [];
const documents = [...new Set([...EXPECTED, ...present.map((n) => n.slice(0, -'.gold.json'.length))])].sort();

const MULTIPLIER_AFTER: readonly (readonly [string, number])[] = [
  ['万亿', 1e12], ['千万', 1e7], ['百万', 1e6], ['亿', 1e8], ['万', 1e4],
];

/** Every number written in `text`, each also with the 万/亿 that follows it applied. */
function numbersWritten(text: string): number[] {
  // traditional 萬/億 are 万/亿; a hard wrap may cut a number (25\n0.3): read it joined too
  const plain = text.replace(/萬/gu, '万').replace(/億/gu, '亿');
  const joined = plain.replace(/(?<=\d)\n(?=[\d.])/gu, '');
  return joined === plain ? numbersIn(plain) : [...numbersIn(plain), ...numbersIn(joined)];
}

function numbersIn(text: string): number[] {
  const ascii = text
    .replace(/[０-９．]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/(?<=\d),(?=\d{3})/gu, '');
  const found: number[] = [];
  for (const m of ascii.matchAll(/\d+(?:\.\d+)?/gu)) {
    const n = Number(m[0]);
    found.push(n);
    const after = ascii.slice((m.index ?? 0) + m[0].length);
    const multiplier = MULTIPLIER_AFTER.find(([w]) => after.startsWith(w));
    if (multiplier) found.push(n * multiplier[1]);
  }
  for (const m of ascii.matchAll(/[零〇一二两三四五六七八九十百千万亿](?:[零〇一二两三四五六七八九十百千万亿]|点(?=[零〇一二三四五六七八九]))*/gu)) found.push(parseChineseNumeral(m[0]));
  return found.filter((n) => !Number.isNaN(n));
}

/** Whether `value` (or its magnitude, for a fall written 下降2.3%) is written in `text`. */
function isWritten(text: string, value: number): boolean {
  return numbersWritten(text).some((n) => nearlyEqual(n, Math.abs(value)));
}

describe('the value matcher of this test', () => {
  test.each([
    { text: '地区生产总值完成282亿元', value: 282, written: true },
    { text: '改造农户2万余户', value: 20000, written: true },
    { text: '投资1.2万元', value: 12000, written: true },
    { text: '资金３,５００万元', value: 3500, written: true },
    { text: '资金１２．５亿元', value: 12.5, written: true },
    { text: '二万三千五百元', value: 23500, written: true },
    { text: '百分之五', value: 5, written: true },
    { text: '十五个项目', value: 15, written: true },
    { text: '三点五公里', value: 3.5, written: true },
    { text: '村级电商服务站点一百二十个', value: 120, written: true },
    { text: '下降2.3%', value: -2.3, written: true },
    { text: '地區生產總值246.1億元', value: 246.1, written: true },
    { text: '固定资产投资25\n0.3亿元', value: 250.3, written: true },
    { text: '地区生产总值完成282亿元', value: 28.2, written: false },
    { text: '改造农户2万余户', value: 2000, written: false },
    { text: '进一步提升', value: 2, written: false },
    { text: '二万三千五百元', value: 2350, written: false },
  ])('$value in $text → $written', ({ text, value, written }) => {
    expect(isWritten(text, value)).toBe(written);
  });
});

function load(doc: string): { gold: GoldDocument; source: string } | string {
  const path = join(GOLD_DIR, `${doc}.gold.json`);
  if (!existsSync(path)) {
    return `test/gold/${doc}.gold.json is missing: every document in EXPECTED needs a gold file (docs/annotation.md §4)`;
  }
  const parsed = GoldDocumentSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) return `test/gold/${doc}.gold.json does not follow GoldDocumentSchema: ${parsed.error.message}`;
  const sourcePath = join(ROOT, parsed.data.source);
  if (!existsSync(sourcePath)) return `test/gold/${doc}.gold.json: its source ${parsed.data.source} does not exist`;
  return { gold: parsed.data, source: readFileSync(sourcePath, 'utf8') };
}

describe.each(documents)('gold %s', (doc) => {
  const loaded = load(doc);
  const ok = typeof loaded !== 'string';

  test('exists, follows GoldDocumentSchema, and its source is there', () => {
    expect(ok, typeof loaded === 'string' ? loaded : '').toBe(true);
  });
  if (typeof loaded === 'string') return;
  const { gold, source } = loaded;
  const items = gold.indicators.map((item, i) => ({ ...item, label: `#${i} [${item.span.start},${item.span.end}) ${item.text}` }));

  test('names its own document id', () => {
    expect(gold.document).toBe(doc);
  });

  test('has items', () => {
    expect(items.length).toBeGreaterThan(0);
  });

  test('every span is inside the document and not empty', () => {
    const bad = items.filter((it) => it.span.start >= it.span.end || it.span.end > source.length);
    expect(bad.map((it) => it.label)).toEqual([]);
  });

  test('source.slice(span.start, span.end) === text', () => {
    const bad = items.filter((it) => source.slice(it.span.start, it.span.end) !== it.text);
    expect(bad.map((it) => `${it.label} ≠ ${source.slice(it.span.start, it.span.end)}`)).toEqual([]);
  });

  test('the text writes the value (and the high end of a range)', () => {
    const bad = items.filter(
      (it) =>
        (it.value !== null && !isWritten(it.text, it.value)) ||
        (it.valueHigh !== undefined && !isWritten(it.text, it.valueHigh)),
    );
    expect(bad.map((it) => `${it.label}: value ${it.value}${it.valueHigh === undefined ? '' : `–${it.valueHigh}`}`)).toEqual([]);
  });

  test('every item has a value or a growth', () => {
    expect(items.filter((it) => it.value === null && it.growth === null).map((it) => it.label)).toEqual([]);
  });

  test(`growth.text is in the document within ${GROWTH_WINDOW} characters of the span, and writes the growth`, () => {
    const bad = items.filter((it) => {
      if (it.growth === null) return false;
      const from = Math.max(0, it.span.start - GROWTH_WINDOW);
      const window = source.slice(from, it.span.end + GROWTH_WINDOW);
      return !window.includes(it.growth.text) || !isWritten(it.growth.text, it.growth.value);
    });
    expect(bad.map((it) => `${it.label}: growth ${it.growth?.value} in "${it.growth?.text}"`)).toEqual([]);
  });

  test('sectionId is null or a section the structure stage finds', () => {
    const ids = new Set(buildStructure(normalizeText(source).text).sections.map((s) => s.id));
    const bad = items.filter((it) => it.sectionId !== null && !ids.has(it.sectionId));
    expect(bad.map((it) => `${it.label}: ${it.sectionId}`)).toEqual([]);
  });

  test('no duplicates (same span, same value and growth)', () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const it of items) {
      const key = JSON.stringify([it.span.start, it.span.end, it.value, it.valueHigh ?? null, it.unit, it.growth?.value ?? null]);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, it.label);
      else dups.push(`${it.label} repeats ${first}`);
    }
    expect(dups).toEqual([]);
  });

  test('items are sorted by span.start', () => {
    const unsorted = items.filter((it, i) => i > 0 && it.span.start < (items[i - 1]?.span.start ?? 0));
    expect(unsorted.map((it) => it.label)).toEqual([]);
  });
});
