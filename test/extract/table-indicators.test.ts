import { describe, expect, test } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { ROW_NAME_MARKS, rowName } from '../../src/extract/table-indicators.js';

const TAB_TABLE = ['表1  2023年主要农产品产量及其增长速度', '单位：吨', '产品名称\t产量\t比上年增长(%)', '粮食\t125430\t2.1', '  其中：小麦\t60210\t1.5', '油料\t8630\t-3.2', ''].join('\n');
const UNIT_COLUMN_TABLE = ['表2  规模以上工业主要产品产量', '产品名称      单位        产量        比上年增长(%)', '水泥          万吨        148.62      -11.4', '锂离子电池    万只        1,862       27.4', ''].join('\n');

describe('tables laid out as text', () => {
  test('each numeric cell is an indicator named by row and column, with the growth column attached', () => {
    const doc = extract(TAB_TABLE);
    expect(doc.indicators.map((i) => [i.name, i.value, i.unit, i.growth?.value, i.growth?.basis, i.ruleId])).toEqual([
      ['粮食 产量', 125430, '吨', 2.1, 'yoy', 'table-cell'],
      ['小麦 产量', 60210, '吨', 1.5, 'yoy', 'table-cell'],
      ['油料 产量', 8630, '吨', -3.2, 'yoy', 'table-cell'],
    ]);
    for (const i of doc.indicators) expect(TAB_TABLE.slice(i.span.start, i.span.end)).toBe(i.text);
  });

  test('a 单位 column gives each row its unit; the multiplier in it is not a figure', () => {
    const doc = extract(UNIT_COLUMN_TABLE);
    expect(doc.indicators.map((i) => [i.name, i.value, i.unit, i.normalized?.value])).toEqual([
      ['水泥 产量', 148.62, '万吨', 1486200000],
      ['锂离子电池 产量', 1862, '万只', 18620000],
    ]);
    expect(doc.unclaimed.filter((u) => u.reason === 'unknown')).toEqual([]);
  });

  test('caption numbers are not figures', () => {
    const doc = extract(TAB_TABLE);
    const caption = doc.unclaimed.filter((u) => u.span.end <= TAB_TABLE.indexOf('\n'));
    expect(caption.map((u) => [u.text, u.reason])).toEqual([
      ['1', 'ordinal'],
      ['2023', 'date'],
    ]);
  });
});

describe('row names', () => {
  test.each(ROW_NAME_MARKS.map((m) => [m.id, m.example, m.counterExample] as const))('%s: the mark of %s is dropped, %s is kept', (_id, example, counter) => {
    expect(rowName(example).length).toBeLessThan(example.length);
    expect(rowName(counter)).toBe(counter);
  });
  test('letter spacing closes up and a unit in brackets leaves the name', () => {
    expect(rowName('  工  业')).toBe('工业');
    expect(rowName('猪年末存栏(万头)')).toBe('猪年末存栏');
    expect(rowName('油 料')).toBe('油料');
  });
});
