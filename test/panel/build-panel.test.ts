import { describe, expect, test } from 'vitest';
import { buildPanel } from '../../src/panel/build-panel.js';
import type { PanelDocument } from '../../src/panel/panel-schema.js';
import type { Indicator, Region } from '../../src/schema/document.js';
import { makeIndicator as make } from './make-indicator.js';

const YUNWU: Region = { name: '云梧区', code: null, parent: '澜州市' };
const BOSHAN: Region = { name: '博山区', code: '370304', parent: '淄博市' };

function doc(id: string, reportYear: number, region: Region, indicators: Indicator[]): PanelDocument {
  return { document: { id, source: null, sha256: null, encoding: 'utf-8', format: 'txt', title: null, region, reportYear }, indicators };
}

describe('one row per place × key × period × status × measure', () => {
  test('a value and its growth are two rows, with the English label and both units', () => {
    const gdp = make('地区生产总值', '2023', 'actual', { value: 682.4, unit: '亿元', growth: 6.1, doc: 'a' });
    const rows = buildPanel([doc('a', 2023, YUNWU, [gdp])]);
    expect(rows).toEqual([
      expect.objectContaining({ place: '云梧区', region_code: null, canonical: 'gdp', label: 'GDP', measure: 'growth', growth: 6.1, growth_unit: '%', value: null, indicator_id: gdp.id }),
      expect.objectContaining({ place: '云梧区', measure: 'value', value: 682.4, unit: '亿元', normalized_value: 68_240_000_000, normalized_unit: 'CNY', growth: null }),
    ]);
  });

  test('the place is the region code where there is one', () => {
    const rows = buildPanel([doc('b', 2023, BOSHAN, [make('地区生产总值', '2023', 'estimate', { value: 282, unit: '亿元' })])]);
    expect(rows[0]).toMatchObject({ place: '370304', region_code: '370304', region_name: '博山区', status: 'estimate' });
  });

  test('a document without a region, a figure without a period, a name outside the taxonomy: no rows', () => {
    const unplaced = doc('c', 2023, null, [make('地区生产总值', '2023', 'actual', { value: 1, unit: '亿元' })]);
    const placed = doc('d', 2023, YUNWU, [make('地区生产总值', null, 'actual', { value: 682.4, unit: '亿元' }), make('新建学校', '2023', 'actual', { value: 5 })]);
    expect(buildPanel([unplaced, placed])).toEqual([]);
  });
});

describe('the pick rule', () => {
  test('within a document: the first statement; the repetition stays traceable', () => {
    const text = make('地区生产总值', '2023', 'actual', { value: 682.4, unit: '亿元', start: 100 });
    const table = make('地区生产总值', '2023', 'actual', { value: 682.4, unit: '亿元', start: 900 });
    const [row] = buildPanel([doc('a', 2023, YUNWU, [table, text])]);
    expect(row).toMatchObject({ indicator_id: text.id, alternate_ids: [table.id] });
  });

  test('a statement whose unit fits the taxonomy wins over an earlier one that does not', () => {
    const comparison = make('地区生产总值', '2023', 'actual', { growth: 0.4, growthUnit: 'pp', start: 10 });
    const growth = make('地区生产总值', '2023', 'actual', { growth: 6.1, start: 50 });
    const [row] = buildPanel([doc('a', 2023, YUNWU, [comparison, growth])]);
    expect(row).toMatchObject({ growth: 6.1, growth_unit: '%', alternate_ids: [comparison.id] });
  });

  test('an exact figure wins over a range', () => {
    const range = make('城镇新增就业', '2024', 'target', { value: 1.2, valueHigh: 1.5, unit: '万人', start: 10 });
    const exact = make('城镇新增就业', '2024', 'target', { value: 1.3, unit: '万人', start: 50 });
    expect(buildPanel([doc('a', 2023, YUNWU, [range, exact])])[0]).toMatchObject({ value: 1.3, alternate_ids: [range.id] });
  });

  test('only statements that do not fit: no row', () => {
    expect(buildPanel([doc('a', 2023, YUNWU, [make('地区生产总值', '2023', 'actual', { growth: 0.4, growthUnit: 'pp' })])])).toEqual([]);
  });

  test('across documents of one place the later report wins, the earlier figure stays traceable', () => {
    const estimate = make('地区生产总值', '2023', 'actual', { value: 682.4, unit: '亿元', doc: 'y23' });
    const revised = make('地区生产总值', '2023', 'actual', { value: 684.1, unit: '亿元', doc: 'y24' });
    const rows = buildPanel([doc('y24', 2024, YUNWU, [revised]), doc('y23', 2023, YUNWU, [estimate])]);
    expect(rows).toEqual([expect.objectContaining({ value: 684.1, document_id: 'y24', report_year: 2024, alternate_ids: [estimate.id] })]);
  });

  test('a CPI rise written as a level in % is its growth', () => {
    const rows = buildPanel([doc('a', 2023, YUNWU, [make('居民消费价格涨幅', '2024', 'target', { value: 3, unit: '%', qualifier: 'about' })])]);
    expect(rows).toEqual([expect.objectContaining({ canonical: 'cpi', measure: 'growth', growth: 3, growth_unit: '%', qualifier: 'about' })]);
  });
});

test('a figure for part of the year (subPeriod Q1) is not the year’s: it stays out of the panel', async () => {
  const { extract } = await import('../../src/pipeline.js');
  const year = extract('2025年云梧区国民经济和社会发展统计公报\n全年地区生产总值682.4亿元，增长6.1%。', { id: 'y' });
  const quarter = extract('2025年云梧区一季度经济运行情况\n一季度，全区地区生产总值156.2亿元，增长5.2%。', { id: 'q' });
  expect(quarter.indicators[0]?.subPeriod).toBe('Q1');
  const rows = buildPanel([year, quarter].map((d) => ({ document: { ...d.document, region: { name: '云梧区', code: null, parent: null } }, indicators: d.indicators })));
  expect(rows.filter((r) => r.canonical === 'gdp').map((r) => r.document_id)).toEqual(['y', 'y']);
});
