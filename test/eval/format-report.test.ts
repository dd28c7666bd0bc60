import { describe, expect, test } from 'vitest';
import { evaluate } from '../../src/eval/evaluate.js';
import { formatReport, formatSummary, markdownTable, poolResults } from '../../src/eval/format-report.js';
import { SOURCE, goldDoc, goldItem, predictedDoc, predictedItem } from './make-items.js';

const gdp = goldItem('地区生产总值完成282亿元', { name: '地区生产总值', value: 282, unit: '亿元' });
const fai = goldItem('固定资产投资增长10%以上', { name: '固定资产投资', growth: { value: 10, unit: '%', basis: null, text: '增长10%以上' } });
const sme = goldItem('创新型中小企业46家', { name: '创新型中小企业', value: 46, unit: '家', note: 'list sharing a verb' });

const result = evaluate(
  predictedDoc([predictedItem({ ...gdp, status: 'estimate' }), predictedItem(fai, 'growth-alone')]),
  goldDoc([gdp, sme]),
  { sourceText: SOURCE },
);

describe('formatReport', () => {
  const plain = formatReport(result, { errors: false });
  const full = formatReport(result, { errors: true });

  test.each([
    { label: 'match row: matched, gold, predicted, P, R, F1', line: /\| 1 +\| 2 +\| 2 +\| 0\.500 \| 0\.500 \| 0\.500 \|/ },
    { label: 'status agreement 0/1', line: /\| status +\| 0\/1 +\| 0\.000 \|/ },
    { label: 'name agreement 1/1', line: /\| name +\| 1\/1 +\| 1\.000 \|/ },
    { label: 'name legend with counts', line: /- equal: equal after removing whitespace and punctuation \(1\)/ },
  ])('both forms show the $label', ({ line }) => {
    expect(plain).toMatch(line);
    expect(full).toMatch(line);
  });

  test.each([
    { label: 'false positive with its rule', line: '- [' + fai.span.start + ',' + fai.span.end + ') 固定资产投资增长10%以上 | +10 % | rule growth-alone' },
    { label: 'its predicted sentence, indented', line: '    (sentence of 固定资产投资增长10%以上)' },
    { label: 'miss with value, unit and note', line: ') 创新型中小企业46家 | 46 家 | note list sharing a verb' },
    { label: 'the miss sentence from the source', line: '    新增创新型中小企业46家、高新技术企业46家。' },
    { label: 'disagreements grouped by field', line: '### status (1)' },
    { label: 'the disagreement values', line: '地区生产总值完成282亿元 | gold actual | predicted estimate' },
  ])('errors add the $label', ({ line }) => {
    expect(full).toContain(line);
    expect(plain).not.toContain(line);
  });
});

describe('formatSummary', () => {
  test('one row per document and a pooled row', () => {
    const other = { ...result, document: 'other' };
    const table = formatSummary([result, other]);
    expect(table.split('\n')).toHaveLength(5);
    expect(table).toMatch(/^\| document +\| gold +\| pred +\| P +\| R +\| F1 +\| name +\| growth +\| qualifier +\| status +\| period +\| section +\|/);
    expect(table).toMatch(/\| all +\| 4 +\| 4 +\| 0\.500 \|/);
  });

  test('pooling sums the counts before dividing', () => {
    const empty = evaluate(predictedDoc([]), goldDoc([gdp, sme, fai]));
    const pooled = poolResults([result, empty]);
    expect(pooled.counts).toEqual({ gold: 5, predicted: 2, matched: 1 });
    expect(pooled.recall).toBeCloseTo(1 / 5);
    expect(pooled.fields.status).toEqual({ agree: 0, total: 1, rate: 0 });
  });
});

test.each([
  { header: ['a'], rows: [['long cell']], expected: '| a         |\n|-----------|\n| long cell |' },
  { header: ['match', 'P'], rows: [['1', '0.5']], expected: '| match | P   |\n|-------|-----|\n| 1     | 0.5 |' },
])('markdownTable pads to the widest cell', ({ header, rows, expected }) => {
  expect(markdownTable(header, rows)).toBe(expected);
});
