import { describe, expect, test } from 'vitest';
import { recognizeNumbers, recognizeQuantities, type QuantityCase, type QuantityMention } from '../../src/quantity/index.js';
import { expectQuantityCase } from './expect-case.js';

/** The cases the stage's brief names, each with what else must hold beyond the common fields. */
interface BriefCase extends QuantityCase {
  readonly dimension?: string;
  readonly squareMetres?: number;
  readonly normalizedHigh?: number;
}

const BRIEF: readonly BriefCase[] = [
  { text: '282亿元', expect: { kind: 'measure', value: 282, unitText: '亿元', normalized: 28200000000, base: 'CNY' }, dimension: 'currency' },
  { text: '18.95亿元', expect: { kind: 'measure', value: 18.95, unitText: '亿元', normalized: 1895000000, base: 'CNY' } },
  { text: '16.29%', expect: { kind: 'percent', value: 16.29, unitText: '%', normalized: 16.29, base: '%' }, dimension: 'percent' },
  { text: '1951.6万元', expect: { kind: 'measure', value: 1951.6, unitText: '万元', normalized: 19516000, base: 'CNY' } },
  { text: '8.51mg/l', expect: { kind: 'measure', value: 8.51, unitText: 'mg/l', normalized: 8.51, base: 'mg/L' }, dimension: 'concentration' },
  { text: '0.576mg/l', expect: { kind: 'measure', value: 0.576, unitText: 'mg/l', normalized: 0.576, base: 'mg/L' }, dimension: 'concentration' },
  { text: '6690.8亩', expect: { kind: 'measure', value: 6690.8, unitText: '亩', normalized: 6690.8, base: '亩' }, dimension: 'area', squareMetres: (6690.8 * 10000) / 15 },
  { text: '惠及居民2万余户', expect: { mention: '2万余户', kind: 'measure', value: 20000, unitText: '户', qualifier: 'more_than', normalized: 20000, base: 'count' } },
  { text: '120余家', expect: { kind: 'measure', value: 120, unitText: '家', qualifier: 'more_than', normalized: 120, base: 'count' } },
  { text: '290余万元', expect: { kind: 'measure', value: 290, unitText: '万元', qualifier: 'more_than', normalized: 2900000, base: 'CNY' } },
  { text: '增长5%以上', expect: { mention: '5%以上', kind: 'percent', value: 5, unitText: '%', qualifier: 'at_least' } },
  { text: '增长5.5%左右', expect: { mention: '5.5%左右', kind: 'percent', value: 5.5, unitText: '%', qualifier: 'about' } },
  { text: '完成省外到位资金不少于45亿元', expect: { mention: '不少于45亿元', kind: 'measure', value: 45, unitText: '亿元', qualifier: 'at_least', normalized: 4.5e9 } },
  { text: '同比提升31个位次', expect: { mention: '31个位次', kind: 'rank', value: 31, unitText: '位次', normalized: 31, base: 'rank' }, dimension: 'rank' },
  { text: '3.5个百分点', expect: { kind: 'pp', value: 3.5, unitText: '个百分点', normalized: 3.5, base: 'pp' } },
  { text: '1,086,543万元', expect: { kind: 'measure', value: 1086543, unitText: '万元', normalized: 10865430000, base: 'CNY' } },
  { text: '二万三千五百元', expect: { kind: 'measure', value: 23500, unitText: '元', normalized: 23500, base: 'CNY' } },
  { text: '百分之五', expect: { kind: 'percent', value: 5, unitText: '%', normalized: 5, base: '%' } },
  { text: '3-5万元', expect: { kind: 'measure', value: 3, valueHigh: 5, unitText: '万元', normalized: 30000, base: 'CNY' }, normalizedHigh: 50000 },
  { text: '3至5个', expect: { kind: 'measure', value: 3, valueHigh: 5, unitText: '个', normalized: 3, base: 'count' } },
  { text: '增长-0.8%', expect: { mention: '-0.8%', kind: 'percent', value: -0.8, unitText: '%', normalized: -0.8 } },
  { text: '2023年', expect: { kind: 'date', value: 2023, unitText: null, normalized: null } },
  { text: '1月9日', expect: { kind: 'date', value: 1, unitText: null, normalized: null } },
  { text: '15分钟', expect: { kind: 'measure', value: 15, unitText: '分钟', normalized: 900, base: 's' }, dimension: 'time' },
  // decision: a grade is a measure whose unit has base 'grade' (later stages report it as a grade)
  { text: '国家4A级景区', expect: { mention: '4A级', kind: 'measure', value: 4, unitText: 'A级', normalized: 4, base: 'grade' }, dimension: 'other' },
  { text: '新引进过亿元项目', expect: { mention: '过亿元', kind: 'measure', value: 1e8, unitText: '元', qualifier: 'more_than', normalized: 1e8 } },
];

describe('the cases named in the brief', () => {
  test.each(BRIEF.map((c) => [c.text, c] as const))('%s', (_t, c) => {
    expectQuantityCase(c);
    const want = c.expect?.mention ?? c.text;
    const m = recognizeQuantities(c.text).find((q) => c.text.slice(q.range.start, q.range.end) === want) as QuantityMention;
    if (c.dimension) expect(m.normalized?.dimension).toBe(c.dimension);
    if (c.squareMetres !== undefined) expect(m.normalized?.squareMetres).toBeCloseTo(c.squareMetres, 3);
    else expect(m.normalized?.squareMetres).toBeUndefined();
    if (c.normalizedHigh !== undefined) expect(m.normalized?.valueHigh).toBeCloseTo(c.normalizedHigh, 6);
    if (m.qualifier !== null) {
      const r = m.qualifierRange as { start: number; end: number };
      expect(r.start).toBeGreaterThanOrEqual(m.range.start);
      expect(r.end).toBeLessThanOrEqual(m.range.end);
    } else expect(m.qualifierRange).toBeUndefined();
  });
});

describe('numbers the brief names', () => {
  test.each([
    ['优化“1+6+N”情指行一体化运行机制', ['1', '6']],
    ['出台十四条措施', ['十四']],
    ['一般公共预算收入', []],
    ['进一步方便群众', []],
    ['“十四五”规划', ['十四五']],
    ['第一', ['一']],
    ['地表水Ⅲ类', ['Ⅲ']],
  ] as const)('%s', (text, want) => {
    expect(recognizeNumbers(text).map((n) => n.text)).toEqual(want);
  });

  test('十四条措施: the token is followed by 条 and is a count of 条', () => {
    const [m] = recognizeQuantities('十四条措施');
    expect(m?.numbers[0]?.text).toBe('十四');
    expect(m?.unitText).toBe('条');
  });

  test('十四五 keeps a NaN token and a bare mention', () => {
    const [m] = recognizeQuantities('“十四五”');
    expect(m?.kind).toBe('bare');
    expect(m?.value).toBeNaN();
  });

  test('an ordinal after 第 is bare, marked ordinal, and spans 第 and its measure word', () => {
    const text = '第十九届人民代表大会第三次会议';
    const ms = recognizeQuantities(text);
    expect(ms.map((m) => [text.slice(m.range.start, m.range.end), m.ruleId, m.kind])).toEqual([
      ['第十九届', 'ordinal', 'bare'],
      ['第三次', 'ordinal', 'bare'],
    ]);
  });

  test('Roman numerals are tokens with script "mixed" and ruleId numeral-roman', () => {
    const [n] = recognizeNumbers('Ⅲ类');
    expect(n).toMatchObject({ value: 3, script: 'mixed', ruleId: 'numeral-roman' });
  });

  test('token scripts: arabic, chinese, mixed', () => {
    const scripts = recognizeNumbers('282亿元，两万人，2万余户').map((n) => n.script);
    expect(scripts).toEqual(['arabic', 'chinese', 'mixed']);
  });
});
