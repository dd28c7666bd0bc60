import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { extract } from '../../src/pipeline.js';
import type { Indicator, ZhibiaoDocument } from '../../src/schema/document.js';
import { ZhibiaoDocumentSchema } from '../../src/schema/document.js';

const source = readFileSync('corpus/boshan-2023.txt', 'utf8');
let doc: ZhibiaoDocument;

beforeAll(() => {
  doc = extract(source, { id: 'boshan-2023', source: 'corpus/boshan-2023.txt' });
});

function containing(fragment: string): Indicator[] {
  return doc.indicators.filter((i) => i.text.includes(fragment));
}

function one(fragment: string, value: number | null, unit: string | null): Indicator {
  const hits = containing(fragment).filter((i) => i.value === value && i.unit === unit);
  expect(hits, `an indicator over "${fragment}" with ${value} ${unit}`).toHaveLength(1);
  return hits[0] as Indicator;
}

describe('the seed report, end to end', () => {
  test('validates against the schema and every span points at its text', () => {
    expect(ZhibiaoDocumentSchema.safeParse(doc).success).toBe(true);
    for (const i of doc.indicators) expect(source.slice(i.span.start, i.span.end)).toBe(i.text);
    for (const u of doc.unclaimed) expect(source.slice(u.span.start, u.span.end)).toBe(u.text);
    for (const s of doc.sections) expect(s.span.end).toBeLessThanOrEqual(source.length);
  });

  test('document metadata', () => {
    expect(doc.document.title).toContain('关于博山区2023年国民经济和社会发展计划执行情况');
    expect(doc.document.region).toEqual({ name: '博山区', code: '370304', parent: '淄博市' });
    expect(doc.document.reportYear).toBe(2023);
  });

  test('GDP 282 亿元, +6 %, estimate, 2023', () => {
    const gdp = one('地区生产总值完成282亿元', 282, '亿元');
    expect(gdp.name).toBe('地区生产总值');
    expect(gdp.canonical).toBe('gdp');
    expect(gdp.normalized).toMatchObject({ value: 28200000000, unit: 'CNY', dimension: 'currency' });
    expect(gdp.growth).toMatchObject({ value: 6, unit: '%', basis: 'yoy' });
    expect(gdp.status).toBe('estimate');
    expect(gdp.period).toBe('2023');
    expect(gdp.sectionId).toBe('s1');
  });

  test('budget revenue 18.95 亿元 +16.29 %; FAI growth 15 %', () => {
    const revenue = one('一般公共预算收入完成18.95亿元', 18.95, '亿元');
    expect(revenue.canonical).toBe('general_public_budget_revenue');
    expect(revenue.growth).toMatchObject({ value: 16.29, unit: '%' });
    const fai = one('固定资产投资完成93.8亿元', 93.8, '亿元');
    expect(fai.canonical).toBe('fixed_asset_investment');
    expect(fai.growth).toMatchObject({ value: 15, unit: '%' });
  });

  test('2024 targets: GDP growth 5 % at least; disposable income 5.5 % about', () => {
    const gdp = doc.indicators.find((i) => i.canonical === 'gdp' && i.period === '2024');
    expect(gdp).toMatchObject({ value: null, growth: { value: 5, unit: '%' }, qualifier: 'at_least', status: 'target' });
    const income = doc.indicators.find((i) => i.text.includes('人均可支配收入增长5.5%左右'));
    expect(income).toMatchObject({ value: null, growth: { value: 5.5, unit: '%' }, qualifier: 'about', status: 'target', period: '2024' });
    expect(income?.canonical).toBe('per_capita_disposable_income');
  });

  test('2万余户 is 20000 户, more than', () => {
    expect(one('2万余户', 20000, '户').qualifier).toBe('more_than');
  });

  test('1951.6万元 is 19,516,000 CNY', () => {
    expect(one('1951.6万元', 1951.6, '万元').normalized).toMatchObject({ value: 19516000, unit: 'CNY' });
  });

  test('8.51mg/l, 6690.8亩 and a rank change of 31 位次', () => {
    expect(one('8.51mg/l', 8.51, 'mg/l').normalized).toMatchObject({ value: 8.51, dimension: 'concentration' });
    const mu = one('6690.8亩', 6690.8, '亩');
    expect(mu.normalized?.unit).toBe('亩');
    expect(mu.normalized?.squareMetres).toBeCloseTo(6690.8 * 666.6667, 0);
    const rank = doc.indicators.find((i) => i.growth?.unit === '位次');
    expect(rank).toMatchObject({ value: null, growth: { value: 31, unit: '位次' } });
  });

  test.each([
    ['4A级', 'grade'],
    ['1+6+N', 'slogan'],
    ['十四条措施', 'name'],
    ['过亿元项目', 'name'],
  ])('nothing is extracted from %s', (fragment, reason) => {
    const at = source.indexOf(fragment);
    expect(at).toBeGreaterThan(0);
    const overlapping = doc.indicators.filter(
      (i) => i.span.start < at + fragment.length && i.span.end > at && !/项目35个/.test(i.text),
    );
    expect(overlapping).toEqual([]);
    const reasons = doc.unclaimed.filter((u) => u.span.start >= at && u.span.end <= at + fragment.length).map((u) => u.reason);
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.every((r) => r === reason)).toBe(true);
  });

  test('every number in the seed is claimed or unclaimed with a reason', () => {
    const covered = (start: number, end: number): boolean =>
      doc.indicators.some((i) => i.span.start <= start && i.span.end >= end) ||
      doc.unclaimed.some((u) => u.span.start <= start && u.span.end >= end);
    for (const m of source.matchAll(/\d+(?:\.\d+)?/g)) {
      expect(covered(m.index, m.index + m[0].length), `number ${m[0]} at ${m.index}`).toBe(true);
    }
    expect(doc.coverage.numbers).toBe(doc.coverage.claimed + doc.unclaimed.length);
  });
});
