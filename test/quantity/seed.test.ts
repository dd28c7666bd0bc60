import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { recognizeNumbers, recognizeQuantities, type QuantityMention } from '../../src/quantity/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SEED = readFileSync(join(ROOT, 'corpus/boshan-2023.txt'), 'utf8');
const mentions = recognizeQuantities(SEED);

interface GoldIndicator {
  readonly value: number | null;
  readonly unit: string | null;
  readonly qualifier: string | null;
  readonly growth: { readonly value: number; readonly unit: string } | null;
  readonly span: { readonly start: number; readonly end: number };
  readonly text: string;
}
const gold = JSON.parse(readFileSync(join(ROOT, 'test/gold/boshan-2023.gold.json'), 'utf8')) as { indicators: GoldIndicator[] };

const inside = (m: QuantityMention, span: { start: number; end: number }): boolean => m.range.start >= span.start && m.range.end <= span.end;
const GROWTH_KIND: Readonly<Record<string, QuantityMention['kind']>> = { '%': 'percent', pp: 'pp', 位次: 'rank', 倍: 'multiple' };

describe('the seed report', () => {
  test('every ASCII digit is inside some mention’s numberRange', () => {
    const missed: string[] = [];
    for (let i = 0; i < SEED.length; i++) {
      if (!/[0-9]/.test(SEED[i] as string)) continue;
      if (!mentions.some((m) => m.numberRange.start <= i && i < m.numberRange.end)) missed.push(SEED.slice(Math.max(0, i - 5), i + 5));
    }
    expect(missed).toEqual([]);
  });

  test('plain words with numeral characters yield no number', () => {
    const words = ['一般公共预算收入', '进一步', '唯一项目', '一站式', '一体化', '一批'];
    for (const w of words) {
      const at = SEED.indexOf(w);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(recognizeNumbers(SEED).some((n) => n.range.start >= at && n.range.start < at + w.length)).toBe(false);
    }
  });

  const withValue = gold.indicators.filter((g) => g.value !== null);
  test.each(withValue.map((g) => [g.text, g] as const))('gold value is a mention: %s', (_t, g) => {
    const found = mentions.filter((m) => inside(m, g.span) && m.value === g.value && m.unitText === g.unit);
    expect(found.length).toBeGreaterThan(0);
    if (g.qualifier !== null && g.growth === null) expect(found.some((m) => m.qualifier === g.qualifier)).toBe(true);
  });

  const withGrowth = gold.indicators.filter((g) => g.growth !== null);
  test.each(withGrowth.map((g) => [g.text, g] as const))('gold growth is a mention: %s', (_t, g) => {
    const growth = g.growth as { value: number; unit: string };
    const found = mentions.filter((m) => inside(m, g.span) && Math.abs(m.value) === Math.abs(growth.value) && m.kind === GROWTH_KIND[growth.unit]);
    expect(found.length).toBeGreaterThan(0);
    if (g.value === null && g.qualifier !== null) expect(found.some((m) => m.qualifier === g.qualifier)).toBe(true);
  });

  test('dates are dates and the named non-indicators are not measures of money', () => {
    const kinds = new Map(mentions.map((m) => [SEED.slice(m.range.start, m.range.end), m.kind]));
    expect(kinds.get('2024年1月9日')).toBe('date');
    expect(kinds.get('2023年度')).toBe('date');
    expect(kinds.get('十四五')).toBe('bare');
    expect(kinds.get('第十九届')).toBe('bare');
  });
});
