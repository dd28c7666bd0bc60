import { describe, expect, test } from 'vitest';
import { SUB_PERIOD_RULES, subPeriodAt, YEAR_RULES, yearsIn } from '../../src/extract/rules/period-years.js';
import { extract } from '../../src/pipeline.js';

describe('years that are not a figure period', () => {
  test.each(YEAR_RULES.map((r) => [r.id, r.example, r.counterExample, r.role] as const))('%s: %s / not %s', (_id, example, counter, role) => {
    expect(yearsIn(example, 0, example.length).map((y) => y.role)).toContain(role);
    expect(yearsIn(counter, 0, counter.length).every((y) => y.role === 'period')).toBe(true);
  });
  test('a year in Chinese numerals is read', () => {
    expect(yearsIn('二〇二四年二月财政收入执行情况表', 0, 16)).toMatchObject([{ year: 2024, role: 'period' }]);
  });
});

describe('period from context', () => {
  const periods = (text: string) => extract(text).indicators.map((i) => i.period);
  test('a year leading an earlier sentence holds for the figures after it', () => {
    expect(periods('2024年,全县实现地区生产总值345.94亿元,增长5.9%。分产业看,第一产业增加值90.02亿元,增长4.1%。')).toEqual(['2024', '2024']);
  });
  test('the nearest year before the figure in its sentence wins; a comparison year does not count', () => {
    expect(periods('2012年,林周县经济总量突破10亿元;2023年,经济总量达到24.21亿元,较1978年增长约290余倍。')).toEqual(['2012', '2023', '2023']);
  });
  test('a year inside a clause does not lead later sentences (counter-example)', () => {
    expect(periods('2022年一般公共预算支出459989万元。减支500万元,主要是受项目在2023年度支出的影响。节能环保支出2075万元。')).toEqual(['2022', '2022', '2022']);
  });
});

describe('the part of the year a release states (subPeriod, an extension)', () => {
  test.each(SUB_PERIOD_RULES.map((r) => [r.id, r.example, r.counterExample] as const))('%s: %s / not %s', (_id, example, counter) => {
    expect(subPeriodAt(example, 0)).not.toBeNull();
    expect(subPeriodAt(counter, 0)).toBeNull();
  });
  test('a leading part of the year holds for the sentences after it; a leading year alone ends it; the period stays the year', () => {
    const items = extract('2025年一季度,全县实现地区生产总值56.82亿元,增长4.6%。其中,第一产业增加值5.32亿元。1-2月,规上工业增加值增长7.2%。2025年,全县固定资产投资增长5%。').indicators;
    expect(items.map((i) => [i.subPeriod ?? null, i.period])).toEqual([['Q1', '2025'], ['Q1', '2025'], ['M1-M2', '2025'], [null, '2025']]);
  });
  test('a part of the year inside an annual report holds only within its sentence (counter-example)', () => {
    const items = extract('GDP一季度同比增长2.3%,上半年同比增长0.2%。全年地区生产总值增长4%。').indicators;
    expect(items.map((i) => i.subPeriod ?? null)).toEqual([null, 'H1', null]);
  });
});
