import { describe, expect, test } from 'vitest';
import { goldRecall, recognizersFinds, unitClass, zhibiaoFinds } from '../../src/bench/gold-recall.js';
import { sentencesOf, type RtEntity } from '../../src/bench/recognizers.js';
import type { Indicator } from '../../src/schema/document.js';
import type { GoldDocument, GoldIndicator } from '../../src/schema/gold.js';

function gold(over: Partial<GoldIndicator>): GoldIndicator {
  return {
    name: 'x',
    value: null,
    unit: null,
    growth: null,
    qualifier: null,
    status: 'actual',
    period: null,
    sectionId: null,
    span: { start: 100, end: 120 },
    text: 'x',
    ...over,
  };
}

const gdp = gold({ value: 282, unit: '亿元', growth: { value: 6, unit: '%', basis: 'yoy', text: '同比增长6%' } });
const firms = gold({ value: 15, unit: '家' });
const fall = gold({ growth: { value: -60, unit: '%', basis: null, text: '降低运输成本60%' } });
const rise = gold({ growth: { value: 17, unit: '%', basis: 'yoy', text: '同比增长17%' } });

function indicator(over: Partial<Indicator>): Indicator {
  return {
    id: 'd:1',
    name: 'x',
    canonical: null,
    value: null,
    unit: null,
    normalized: null,
    growth: null,
    qualifier: null,
    status: 'actual',
    period: null,
    sectionId: null,
    sentence: 'x',
    span: { start: 100, end: 120 },
    text: 'x',
    ruleId: 'r',
    ...over,
  } as Indicator;
}

function entity(over: Partial<RtEntity>): RtEntity {
  return { kind: 'currency', start: 105, end: 110, text: 'x', value: null, unit: null, ...over };
}

describe('zhibiaoFinds', () => {
  test.each([
    { label: 'same value and unit', item: gdp, ind: indicator({ value: 282, unit: '亿元' }), found: true },
    { label: 'same amount in another multiplier', item: gdp, ind: indicator({ value: 2820000, unit: '万元' }), found: true },
    { label: 'another value', item: gdp, ind: indicator({ value: 283, unit: '亿元' }), found: false },
    { label: 'another unit', item: firms, ind: indicator({ value: 15, unit: '个' }), found: false },
    { label: 'no overlap with the gold span', item: firms, ind: indicator({ value: 15, unit: '家', span: { start: 120, end: 130 } }), found: false },
    { label: 'growth-only gold, same growth', item: fall, ind: indicator({ growth: { value: -60, unit: '%', basis: null, text: 't' } }), found: true },
    { label: 'growth-only gold, opposite sign', item: fall, ind: indicator({ growth: { value: 60, unit: '%', basis: null, text: 't' } }), found: false },
  ])('$label → $found', ({ item, ind, found }) => {
    expect(zhibiaoFinds(item, [ind])).toBe(found);
  });
});

describe('recognizersFinds', () => {
  test.each([
    { label: 'yuan resolved in base units', item: gdp, e: entity({ value: 28200000000, unit: 'Chinese yuan' }), found: true },
    { label: 'a wrong amount', item: gdp, e: entity({ value: 2820000000, unit: 'Chinese yuan' }), found: false },
    { label: 'an entity crossing the span end', item: gdp, e: entity({ start: 118, end: 123, value: 28200000000, unit: 'Chinese yuan' }), found: false },
    { label: 'growth-only gold as a percentage', item: rise, e: entity({ kind: 'percentage', value: 17, unit: '%' }), found: true },
    { label: 'a fall it reads as a positive percentage', item: fall, e: entity({ kind: 'percentage', value: 60, unit: '%' }), found: false },
    { label: 'a measure word it has no model for', item: firms, e: entity({ kind: 'dimension', value: 15, unit: 'Mu' }), found: false },
  ])('$label → $found', ({ item, e, found }) => {
    expect(recognizersFinds(item, [e])).toBe(found);
  });
});

describe('goldRecall', () => {
  test('counts overall and per unit class', () => {
    const doc: GoldDocument = { document: 'd', source: 's', indicators: [gdp, firms, rise] };
    const r = goldRecall(doc, (g) => g === gdp || g === rise);
    expect(r).toMatchObject({ found: 2, total: 3 });
    expect(r.recall).toBeCloseTo(2 / 3);
    expect(r.byClass.currency).toEqual({ found: 1, total: 1 });
    expect(r.byClass['measure word']).toEqual({ found: 0, total: 1 });
    expect(r.byClass.percentage).toEqual({ found: 1, total: 1 });
  });

  test.each([
    { item: gdp, cls: 'currency' },
    { item: rise, cls: 'percentage' },
    { item: gold({ value: 56, unit: '万平方米' }), cls: 'dimension' },
    { item: firms, cls: 'measure word' },
    { item: gold({ value: 4.15 }), cls: 'none' },
  ])('classes $item.unit as $cls', ({ item, cls }) => {
    expect(unitClass(item)).toBe(cls);
  });
});

describe('sentencesOf', () => {
  test('splits on 。； and line breaks, keeping document offsets', () => {
    const text = '完成282亿元；增长6%。\n下一段';
    const parts = sentencesOf(text);
    expect(parts.map((p) => p.text)).toEqual(['完成282亿元', '增长6%', '下一段']);
    for (const p of parts) expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
  });

  test('drops blank pieces', () => {
    expect(sentencesOf('。；\n  \n')).toEqual([]);
  });
});
