import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { RegionSchema } from '../../src/schema/document.js';
import { buildStructure } from '../../src/structure/build-structure.js';
import { divisionIndex, shortNameOf } from '../../src/metadata/division-index.js';
import { extractMetadata } from '../../src/metadata/extract-metadata.js';
import { scanDivisions } from '../../src/metadata/find-region.js';
import { REPORT_YEAR_RULES, reportYear } from '../../src/metadata/report-year.js';
import { extract } from '../../src/pipeline.js';

const seed = readFileSync(new URL('../../corpus/boshan-2023.txt', import.meta.url), 'utf8');
const meta = (text: string): ReturnType<typeof extractMetadata> => extractMetadata(text, buildStructure(text));

test('the seed', () => {
  expect(meta(seed)).toEqual({
    title: '关于博山区2023年国民经济和社会发展计划执行情况与2024年计划（草案）的报告',
    region: { name: '博山区', code: '370304', parent: '淄博市' },
    reportYear: 2023,
    reportYearFrom: 'title',
  });
});

describe('region', () => {
  test.each([
    ['a county in another province', '2023年涉县国民经济和社会发展统计公报\n一、综合\n全县…', { name: '涉县', code: '130426', parent: '邯郸市' }],
    ['a county-level city', '关于桐乡市2023年国民经济和社会发展计划执行情况的报告\n一、执行情况\n全市…', { name: '桐乡市', code: '330483', parent: '嘉兴市' }],
    ['a city', '淄博市2023年国民经济和社会发展统计公报\n一、综合\n全市…', { name: '淄博市', code: '370300', parent: '山东省' }],
    ['a province', '海南省2023年国民经济和社会发展统计公报\n一、综合\n全省…', { name: '海南省', code: '460000', parent: null }],
    ['a district of a municipality', '北京市朝阳区2023年国民经济和社会发展统计公报\n一、综合', { name: '朝阳区', code: '110105', parent: '北京市' }],
    ['the most specific name in the title', '淄博市博山区2023年统计公报\n一、综合', { name: '博山区', code: '370304', parent: '淄博市' }],
    ['a short name in the title', '长阳2023年国民经济和社会发展统计公报\n一、综合', { name: '长阳土家族自治县', code: '420528', parent: '宜昌市' }],
    ['a namesake told apart by its city in the body', '关于鼓楼区2023年计划执行情况的报告\n一、执行情况\n在福州市委的坚强领导下，全区经济平稳运行。', { name: '鼓楼区', code: '350102', parent: '福州市' }],
    ['the same namesake elsewhere', '关于鼓楼区2023年计划执行情况的报告\n一、执行情况\n在南京市委的坚强领导下，全区经济平稳运行。', { name: '鼓楼区', code: '320106', parent: '南京市' }],
    ['a namesake nothing tells apart', '关于鼓楼区2023年计划执行情况的报告\n一、执行情况\n全区经济平稳运行。', { name: '鼓楼区', code: null, parent: null }],
    ['the venue of the speech', '政府工作报告\n\n——2024年1月15日在城关区第十八届人民代表大会第四次会议上\n\n一、2023年工作回顾\n过去一年，全区上下在兰州市委坚强领导下奋力攻坚。', { name: '城关区', code: '620102', parent: '兰州市' }],
    ['the body at the level the report speaks from', '政府工作报告\n\n各位代表：\n一、过去一年的工作\n全县经济稳中向好，日照市莒县获评全省先进县。莒县…淄博市对口支援…', { name: '莒县', code: '371122', parent: '日照市' }],
  ])('%s', (_why, text, region) => {
    const got = meta(text).region;
    expect(got).toEqual(region);
    expect(RegionSchema.safeParse(got).success).toBe(true);
  });

  test.each([
    ['no place at all', '关于2024年国民经济和社会发展计划（草案）的报告\n一、主要目标\n地区生产总值增长5%。'],
    ['place-like words only', '政府工作报告\n一、城市建设\n全区老城区改造有序推进，城东区域新建道路，城区面貌一新。'],
    ['a two-character county name used as a word', '政府工作报告\n一、城乡统筹\n推进城乡和县域经济协调发展。'],
  ])('null for %s', (_why, text) => {
    expect(meta(text).region).toBeNull();
  });
});

describe('division index', () => {
  test('codes are six digits and every county has a parent', () => {
    for (const list of divisionIndex().byName.values()) {
      for (const d of list) {
        expect(d.code).toMatch(/^\d{6}$/);
        if (d.level !== 'province') expect(d.parent).not.toBeNull();
      }
    }
  });
  test.each([
    ['淄博市', '淄博'],
    ['山东省', '山东'],
    ['博山区', '博山'],
    ['长阳土家族自治县', '长阳'],
    ['黔西南布依族苗族自治州', '黔西南'],
    ['内蒙古自治区', '内蒙古'],
    ['广西壮族自治区', '广西'],
    ['涉县', null],
    ['城区', null],
    ['东乡族自治县', null],
    ['石家庄高新技术产业开发区', null],
  ])('short name of %s is %s', (name, short) => {
    expect(shortNameOf(name)).toBe(short);
  });
  test.each([
    ['淄博市博山区', ['淄博市', '博山区']],
    ['阳泉市城区', ['阳泉市', '城区']],
    ['全区老城区改造', []],
    ['城东区域', []],
    ['推进城乡和县域经济', []],
    ['在新城区第五届人民代表大会上', ['新城区']],
  ])('scanDivisions(%s)', (text, names) => {
    expect(scanDivisions(text).map((m) => m.name)).toEqual(names);
  });
});

describe('report year', () => {
  const empty = buildStructure('');
  const rows = REPORT_YEAR_RULES.flatMap((rule) => rule.examples.map((ex) => ({ id: rule.id, ...ex })));
  test.each(rows)('$id: $title → $year', ({ title, year }) => {
    expect(reportYear({ title, dateLine: null, structure: empty }).year).toBe(year);
  });
  const counter = REPORT_YEAR_RULES.flatMap((rule) => rule.counterExamples.map((title) => ({ id: rule.id, rule, title })));
  test.each(counter)('$id does not read "$title"', ({ rule, title }) => {
    expect(rule.pattern.test(title)).toBe(false);
  });

  test.each([
    ['a government work report dated January', '政府工作报告\n——2024年1月9日在博山区第十九届人民代表大会第三次会议上\n各位代表：', 2023],
    ['a government work report dated December', '政府工作报告\n——2023年12月28日在某区第五届人民代表大会第三次会议上\n各位代表：', 2023],
    ['a results section when nothing else tells', '各位代表：\n一、2022年工作回顾\n过去一年…\n二、2023年工作安排\n…', 2022],
    ['nothing at all', '各位代表：\n一、工作回顾\n过去一年…', null],
    ['a title dated in December: the year it was given', '(湖北省)2020年谷城县人民政府工作报告(全文)\n2020年12月23日在谷城县第十八届人民代表大会第五次会议上\n各位代表:', 2020],
    ['a delivery date in the title', '(黑龙江)某区人民政府工作报告(2025年1月14日)\n二、2025年目标任务', 2024],
    ['no title: the year that leads the opening', '2024年正值建国75周年。\n一、综合\n全区生产总值345.94亿元。', 2024],
    ['no title: a year in Chinese numerals', '2月份,全县实现财政收入5682万元。分项收入明细如下: 二〇二四年二月财政收入执行情况表', 2024],
    ['a comparison year is not the report year', '一季度,全县实现地区生产总值56.82亿元,比2019年同期增长4.6%。', null],
  ])('%s', (_why, text, year) => {
    expect(meta(text).reportYear).toBe(year);
  });

  test('the file name is the last resort, and every year says where it came from', () => {
    const text = '一季度,全县实现地区生产总值56.82亿元,增长4.6%。';
    expect(extract(text, { source: 'in/15-youyang-2025-jidu.txt' }).document).toMatchObject({ reportYear: 2025, reportYearFrom: 'file-name' });
    expect(extract(text, { source: 'in/youyang-jidu.txt' }).document).toMatchObject({ reportYear: null });
    expect(extract('2023年某县统计公报\n全年…', { source: 'x-2019.txt' }).document).toMatchObject({ reportYear: 2023, reportYearFrom: 'title' });
  });
});
