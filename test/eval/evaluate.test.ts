import { describe, expect, test } from 'vitest';
import { evaluate, scores } from '../../src/eval/evaluate.js';
import type { GoldIndicator } from '../../src/schema/gold.js';
import { SOURCE, goldDoc, goldItem, predictedDoc, predictedItem, spanOf } from './make-items.js';

const GDP = '地区生产总值完成282亿元，同比增长6%';
const FAI = '固定资产投资增长10%以上';
const SME = '创新型中小企业46家';
const HIGH_TECH = '高新技术企业46家';
const FARMS = '农户2万余户';
const pct = (value: number, unit: '%' | 'pp' = '%', basis: 'yoy' | null = null, text = `${value}${unit}`) =>
  ({ value, unit, basis, text }) as const;

const gdp = goldItem(GDP, { name: '地区生产总值', value: 282, unit: '亿元', growth: pct(6, '%', 'yoy', '同比增长6%') });
const fai = goldItem(FAI, { name: '固定资产投资', growth: pct(10), qualifier: 'at_least' });
const sme = goldItem(SME, { name: '创新型中小企业', value: 46, unit: '家' });
const highTech = goldItem(HIGH_TECH, { name: '高新技术企业', value: 46, unit: '家' });
const farms = goldItem(FARMS, { name: '农户', value: 20000, unit: '户', qualifier: 'more_than' });

interface MatchCase {
  readonly label: string;
  readonly gold: GoldIndicator[];
  readonly predicted: GoldIndicator[];
  /** [predicted index, gold index] of every expected match. */
  readonly pairs: [number, number][];
}

const matchCases: MatchCase[] = [
  { label: 'exact match', gold: [gdp], predicted: [gdp], pairs: [[0, 0]] },
  {
    label: 'same value, disjoint spans → no match',
    gold: [gdp],
    predicted: [{ ...gdp, span: spanOf(FAI), text: FAI }],
    pairs: [],
  },
  {
    label: '282亿元 vs 28200000000元 → same normalized value, match',
    gold: [gdp],
    predicted: [{ ...gdp, value: 28200000000, unit: '元' }],
    pairs: [[0, 0]],
  },
  { label: '282亿元 vs 282元 → no match', gold: [gdp], predicted: [{ ...gdp, unit: '元' }], pairs: [] },
  { label: 'growth-only item matched by growth', gold: [fai], predicted: [fai], pairs: [[0, 0]] },
  { label: 'growth-only, other growth value → no match', gold: [fai], predicted: [{ ...fai, growth: pct(11) }], pairs: [] },
  { label: 'growth-only, % vs pp → no match', gold: [fai], predicted: [{ ...fai, growth: pct(10, 'pp') }], pairs: [] },
  { label: 'value item vs growth-only prediction → no match', gold: [gdp], predicted: [{ ...gdp, value: null, unit: null }], pairs: [] },
  { label: '户 vs 个 → no match', gold: [farms], predicted: [{ ...farms, unit: '个' }], pairs: [] },
  { label: '20000户 vs 2万户 → match', gold: [farms], predicted: [{ ...farms, value: 2, unit: '万户' }], pairs: [[0, 0]] },
  {
    label: 'range: both ends must agree',
    gold: [{ ...sme, value: 40, valueHigh: 46 }],
    predicted: [{ ...sme, value: 40 }],
    pairs: [],
  },
  {
    label: 'one prediction over two gold candidates → the larger overlap only',
    gold: [sme, highTech],
    predicted: [{ ...sme, span: { start: spanOf(SME).start, end: spanOf(HIGH_TECH).start + 2 }, text: '' }],
    pairs: [[0, 0]],
  },
  {
    label: 'one prediction over two gold candidates, equal overlap → the earliest gold',
    gold: [highTech, sme],
    predicted: [{ ...sme, span: { start: spanOf(SME).end - 1, end: spanOf(HIGH_TECH).start + 1 }, text: '' }],
    pairs: [[0, 1]],
  },
  {
    label: 'two predictions of one gold item → one match, the other a false positive',
    gold: [sme],
    predicted: [{ ...sme, span: { start: spanOf(SME).start + 5, end: spanOf(SME).end } }, sme],
    pairs: [[1, 0]],
  },
  {
    label: 'two gold, two predictions, each in its place',
    gold: [sme, highTech],
    predicted: [highTech, sme],
    pairs: [
      [1, 0],
      [0, 1],
    ],
  },
];

describe('evaluate: matching', () => {
  test.each(matchCases)('$label', ({ gold, predicted, pairs }) => {
    const result = evaluate(predictedDoc(predicted.map((p, i) => predictedItem(p, 'r', i))), goldDoc(gold));
    const got = result.matches.map((m) => [m.predicted.index, m.gold.index]);
    expect(got.sort()).toEqual([...pairs].sort());
    expect(result.counts).toEqual({ gold: gold.length, predicted: predicted.length, matched: pairs.length });
    expect(result.falsePositives.map((f) => f.index)).toEqual(
      predicted.map((_, i) => i).filter((i) => !pairs.some(([p]) => p === i)),
    );
    expect(result.misses.map((m) => m.index)).toEqual(gold.map((_, i) => i).filter((i) => !pairs.some(([, g]) => g === i)));
  });
});

interface FieldCase {
  readonly label: string;
  readonly change: Partial<GoldIndicator>;
  readonly field: 'name' | 'growth' | 'qualifier' | 'status' | 'period' | 'section' | null;
}

const fieldCases: FieldCase[] = [
  { label: 'identical → every field agrees', change: {}, field: null },
  { label: 'name contained in the gold name agrees', change: { name: '生产总值' }, field: null },
  { label: 'name with punctuation agrees', change: { name: '“地区生产总值”' }, field: null },
  { label: 'other name disagrees', change: { name: '外贸进出口' }, field: 'name' },
  { label: 'growth basis differs', change: { growth: pct(6, '%', null) }, field: 'growth' },
  { label: 'growth missing', change: { growth: null }, field: 'growth' },
  { label: 'growth within tolerance agrees', change: { growth: pct(6 + 1e-12, '%', 'yoy') }, field: null },
  { label: 'qualifier differs', change: { qualifier: 'about' }, field: 'qualifier' },
  { label: 'status differs', change: { status: 'target' }, field: 'status' },
  { label: 'period differs', change: { period: '2024' }, field: 'period' },
  { label: 'section differs', change: { sectionId: 's1.2' }, field: 'section' },
];

describe('evaluate: field agreement on matched pairs', () => {
  test.each(fieldCases)('$label', ({ change, field }) => {
    const result = evaluate(predictedDoc([predictedItem({ ...gdp, ...change })]), goldDoc([gdp]));
    expect(result.counts.matched).toBe(1);
    for (const [name, agreement] of Object.entries(result.fields)) {
      const agrees = name !== field;
      expect(agreement, name).toEqual({ agree: agrees ? 1 : 0, total: 1, rate: agrees ? 1 : 0 });
    }
    expect(result.disagreements.map((d) => d.field)).toEqual(field === null ? [] : [field]);
  });

  test('a disagreement carries both values as printed', () => {
    const result = evaluate(predictedDoc([predictedItem({ ...gdp, status: 'target', period: null })]), goldDoc([gdp]));
    expect(result.disagreements.map((d) => [d.field, d.goldValue, d.predictedValue])).toEqual([
      ['status', 'actual', 'target'],
      ['period', '2023', 'null'],
    ]);
  });

  test('nothing matched → rates undefined, not zero', () => {
    const result = evaluate(predictedDoc([]), goldDoc([gdp]));
    expect(result.fields.status).toEqual({ agree: 0, total: 0, rate: null });
  });
});

describe('evaluate: error lists', () => {
  const fpItem = predictedItem(fai, 'growth-alone', 7);
  const predicted = predictedDoc([predictedItem(gdp), fpItem]);
  const gold = goldDoc([gdp, { ...farms, note: 'guidelines §3: 万余' }]);

  test('false positives keep their rule and predicted sentence', () => {
    const result = evaluate(predicted, gold, { sourceText: SOURCE });
    expect(result.falsePositives).toHaveLength(1);
    expect(result.falsePositives[0]).toMatchObject({ text: FAI, ruleId: 'growth-alone', sentence: fpItem.sentence });
  });

  test('misses carry their text, note and the sentence around them in the source', () => {
    const result = evaluate(predicted, gold, { sourceText: SOURCE });
    expect(result.misses).toHaveLength(1);
    expect(result.misses[0]).toMatchObject({ text: FARMS, note: 'guidelines §3: 万余', sentence: '改造农户2万余户。' });
  });

  test('the source falls back to the predicted text, then to none', () => {
    expect(evaluate(predictedDoc([], SOURCE), gold).misses[0]?.sentence).toContain(GDP);
    expect(evaluate(predictedDoc([]), gold).misses[0]?.sentence).toBeNull();
  });

  test('a gold document on the predicted side (two passes) agrees with itself', () => {
    const result = evaluate(gold, gold, { sourceText: SOURCE });
    expect([result.precision, result.recall, result.f1]).toEqual([1, 1, 1]);
    expect(Object.values(result.fields).every((f) => f.rate === 1)).toBe(true);
    expect(result.matches.every((m) => m.predicted.ruleId === null)).toBe(true);
  });
});

describe('scores', () => {
  test.each([
    { matched: 8, predicted: 10, gold: 16, p: 0.8, r: 0.5 },
    { matched: 0, predicted: 3, gold: 4, p: 0, r: 0 },
    { matched: 0, predicted: 0, gold: 4, p: 0, r: 0 },
    { matched: 0, predicted: 0, gold: 0, p: 1, r: 1 },
  ])('$matched of $predicted predicted, $gold gold', ({ matched, predicted, gold, p, r }) => {
    const s = scores(matched, predicted, gold);
    expect(s.precision).toBeCloseTo(p);
    expect(s.recall).toBeCloseTo(r);
    expect(s.f1).toBeCloseTo(p + r === 0 ? 0 : (2 * p * r) / (p + r));
  });
});
