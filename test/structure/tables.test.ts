import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { columnUnit, findTextTables, isGrowthColumn, type TextTable } from '../../src/structure/tables.js';

const seed = readFileSync(new URL('../../corpus/boshan-2023.txt', import.meta.url), 'utf8');

/** Every range of a table must slice back to its text. */
function expectRangesHold(text: string, table: TextTable): void {
  for (const cell of [...table.header, ...table.rows.flatMap((r) => [r.label, ...r.cells])]) {
    expect(text.slice(cell.range.start, cell.range.end)).toBe(cell.text);
    expect(cell.text).toBe(cell.text.trim());
  }
  expect(table.range.start).toBeLessThanOrEqual(table.header[0]?.range.start ?? table.rows[0]?.label.range.start ?? 0);
  expect(text.slice(table.range.start, table.range.end).endsWith(table.rows.at(-1)?.cells.at(-1)?.text ?? '')).toBe(true);
}

interface TableCase {
  readonly name: string;
  readonly text: string;
  readonly caption: string | null;
  readonly unit: string | null;
  readonly header: readonly string[];
  /** Each row as [label, ...cells]. */
  readonly rows: readonly (readonly string[])[];
  /** Column names of the first row's value cells. */
  readonly columns: readonly string[];
}

const positives: readonly TableCase[] = [
  {
    name: 'tab table with caption, unit line, units in the header and an indented 其中 row',
    text: '全年粮食生产保持稳定。\n表1  2023年主要农产品产量\n单位：吨\n指标\t产量(吨)\t比上年增长(%)\n粮食\t12345\t2.3\n  其中：小麦\t6000\t1.2\n油料\t3100\t-0.5\n\n下一段正文。',
    caption: '表1  2023年主要农产品产量',
    unit: '吨',
    header: ['指标', '产量(吨)', '比上年增长(%)'],
    rows: [['粮食', '12345', '2.3'], ['其中：小麦', '6000', '1.2'], ['油料', '3100', '-0.5']],
    columns: ['产量(吨)', '比上年增长(%)'],
  },
  {
    name: 'pipe table with a ruling line',
    text: '| 指标 | 金额（亿元） | 增速(%) |\n|---|---:|---:|\n| 地区生产总值 | 282 | 6 |\n| 一般公共预算收入 | 18.95 | 16.29 |',
    caption: null,
    unit: null,
    header: ['指标', '金额（亿元）', '增速(%)'],
    rows: [['地区生产总值', '282', '6'], ['一般公共预算收入', '18.95', '16.29']],
    columns: ['金额（亿元）', '增速(%)'],
  },
  {
    name: 'space-aligned table whose header lacks the label cell, unit in parentheses',
    text: '（单位：万元）\n            2022年      2023年     增长(%)\n税收收入      1200        1350       12.5\n非税收入       300         280       -6.7',
    caption: null,
    unit: '万元',
    header: ['2022年', '2023年', '增长(%)'],
    rows: [['税收收入', '1200', '1350', '12.5'], ['非税收入', '300', '280', '-6.7']],
    columns: ['2022年', '2023年', '增长(%)'],
  },
  {
    name: 'full-width spaces between cells',
    text: '项目　完成额　增幅\n工业投资　52.1　12%\n技改投资　30.5　17%',
    caption: null,
    unit: null,
    header: ['项目', '完成额', '增幅'],
    rows: [['工业投资', '52.1', '12%'], ['技改投资', '30.5', '17%']],
    columns: ['完成额', '增幅'],
  },
  {
    name: 'no header, unit as caption suffix, blank line after the caption',
    text: '表2 2023年财政收支情况（亿元）\n\n一般公共预算收入\t18.95\t16.29\n一般公共预算支出\t30.2\t5.1',
    caption: '表2 2023年财政收支情况（亿元）',
    unit: '亿元',
    header: [],
    rows: [['一般公共预算收入', '18.95', '16.29'], ['一般公共预算支出', '30.2', '5.1']],
    columns: ['', ''],
  },
  {
    name: 'unit on the caption line, 其中： group label between rows',
    text: '表3 主要工业产品产量    单位：万吨\n产品\t产量\t比上年增长(%)\n钢材\t120.5\t3.2\n其中：\n  线材\t40.1\t-2.0',
    caption: '表3 主要工业产品产量',
    unit: '万吨',
    header: ['产品', '产量', '比上年增长(%)'],
    rows: [['钢材', '120.5', '3.2'], ['线材', '40.1', '-2.0']],
    columns: ['产量', '比上年增长(%)'],
  },
  {
    name: 'stacked: one cell per line with blank lines, caption and unit lines, letter-spaced names',
    text: '表一:2023年全县生产总值\n\n单位:万元\n\n指标名称\n\n现价\n\n比上年 ±%\n\n地区生产总值\n\n2728738.78\n\n4.0\n\n  工  业\n\n320169.10\n\n-1.7\n\n下文。',
    caption: '表一:2023年全县生产总值',
    unit: '万元',
    header: ['指标名称', '现价', '比上年 ±%'],
    rows: [['地区生产总值', '2728738.78', '4.0'], ['工  业', '320169.10', '-1.7']],
    columns: ['现价', '比上年 ±%'],
  },
  {
    name: 'stacked: header without a name cell, placeholders for missing figures',
    text: '表1   2021年年末人口\n指  标\n  年末数(万人)\n  比重(%)\n  全县常住人口\n  21.35\n  100\n  其中:男性\n  -\n  -\n     女性\n  10.2\n  47.8',
    caption: '表1   2021年年末人口',
    unit: null,
    header: ['指  标', '年末数(万人)', '比重(%)'],
    rows: [['全县常住人口', '21.35', '100'], ['其中:男性', '-', '-'], ['女性', '10.2', '47.8']],
    columns: ['年末数(万人)', '比重(%)'],
  },
  {
    name: 'single-spaced columns under a header whose last words name them',
    text: '品 种 产量(吨) 比上年增长%\n油 料 1325.6 4.2\n棉 花 52.1 -3.0',
    caption: null,
    unit: null,
    header: ['产量(吨)', '比上年增长%'],
    rows: [['油 料', '1325.6', '4.2'], ['棉 花', '52.1', '-3.0']],
    columns: ['产量(吨)', '比上年增长%'],
  },
  {
    name: 'pipe rows with empty trailing cells and ordinal-prefixed names',
    text: '类别 | 比上年涨跌% | 环比% |\n一、食品烟酒 | 1.2 | |\n二、衣着 | -0.8 | |',
    caption: null,
    unit: null,
    header: ['类别', '比上年涨跌%', '环比%'],
    rows: [['一、食品烟酒', '1.2', ''], ['二、衣着', '-0.8', '']],
    columns: ['比上年涨跌%', '环比%'],
  },
  {
    name: 'pipe rows wrapped over lines, header and caption run on from the prose, a two-level header',
    text: '收入明细如下: 二〇二四年二月收入执行情况表 | 科 目 | 本年计划 | 累计完成 | 累计完成 | 占计划% | 备注 | 中央级 | 县级 | 合 计 | 税收收入 | 900 | 70 |\n| 75 | 8.3 |\n| 增值税 | 400 | 30 |\n| 30 | 7.5 |',
    caption: '二〇二四年二月收入执行情况表',
    unit: null,
    header: ['科 目', '本年计划', '累计完成', '累计完成', '占计划%', '备注', '中央级', '县级', '合 计'],
    // the break inside a row is the empty 县级 cell
    rows: [['税收收入', '900', '70', '75', '8.3'], ['增值税', '400', '30', '30', '7.5']],
    columns: ['本年计划', '累计完成 中央级', '累计完成 合计', '占计划%'],
  },
];

describe('findTextTables', () => {
  test.each(positives)('finds: $name', (c) => {
    const tables = findTextTables(c.text);
    expect(tables).toHaveLength(1);
    const table = tables[0] as TextTable;
    expect(table.caption).toBe(c.caption);
    expect(table.unit).toBe(c.unit);
    expect(table.header.map((h) => h.text)).toEqual(c.header);
    expect(table.rows.map((r) => [r.label.text, ...r.cells.map((x) => x.text)])).toEqual(c.rows);
    expect(table.rows[0]?.cells.map((x) => x.column)).toEqual(c.columns);
    expectRangesHold(c.text, table);
  });

  const seedParagraph = seed.split('\n').find((line) => line.includes('地区生产总值完成282亿元')) ?? '';

  test.each([
    { name: 'a prose paragraph of the seed report', text: seedParagraph },
    { name: 'the whole seed report', text: seed },
    {
      name: 'prose lines with double spaces',
      text: '预计全区地区生产总值完成282亿元，同比增长6%；  一般公共预算收入完成18.95亿元。\n固定资产投资完成93.8亿元，  同比增长15%。',
    },
    { name: 'label pairs without figures', text: '主任  张三\n副主任  李四\n委员  王五' },
    { name: 'a single figure row', text: '粮食\t12345\t2.3' },
    { name: 'a caption and unit with no rows', text: '表1 主要指标\n单位：亿元\n全年经济运行稳中有进。' },
    { name: 'forum furniture: one label and one figure per line, once', text: '帖子\n\n1万\n\n积分\n145105\n\n正文第一段说明情况。' },
    { name: 'short prose lines ending in one figure after a space', text: '全年达到 60%\n再就业 1122' },
  ])('does not find: $name', ({ text }) => {
    expect(text.length).toBeGreaterThan(0);
    expect(findTextTables(text)).toEqual([]);
  });

  test('finds two tables separated by prose, each with its own caption', () => {
    const text = `${positives[0]?.text ?? ''}\n${positives[4]?.text ?? ''}`;
    const tables = findTextTables(text);
    expect(tables.map((t) => t.caption)).toEqual(['表1  2023年主要农产品产量', '表2 2023年财政收支情况（亿元）']);
    for (const t of tables) expectRangesHold(text, t);
  });
});

describe('columnUnit', () => {
  test.each([
    ['产量(吨)', '吨'],
    ['比上年增长(%)', '%'],
    ['金额（亿元）', '亿元'],
    ['面积（万亩）', '万亩'],
    ['比上年增长％', '%'],
    ['总额（单位：万元）', '万元'],
    ['指标', null],
    ['产量', null],
    ['2024年计划（草案）', null],
    ['项目（个数）', null],
  ])('%s → %s', (header, unit) => {
    expect(columnUnit(header)).toBe(unit);
  });
});

describe('isGrowthColumn', () => {
  test.each([
    ['比上年增长(%)', true],
    ['增长', true],
    ['增幅', true],
    ['增速(%)', true],
    ['同比±%', true],
    ['比上年增减', true],
    ['产量(吨)', false],
    ['占比(%)', false],
    ['金额（亿元）', false],
    ['2023年', false],
  ])('%s → %s', (header, growth) => {
    expect(isGrowthColumn(header)).toBe(growth);
  });
});
