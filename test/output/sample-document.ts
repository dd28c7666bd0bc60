import { createHash } from 'node:crypto';
import { ZhibiaoDocumentSchema, type Indicator, type ZhibiaoDocument } from '../../src/schema/document.js';

/**
 * A small but complete document for the writer tests: sections, indicators with every
 * optional part (range, growth, normalized 亩), unclaimed numbers, a warning — and text with
 * the characters that break naive CSV and COPY writers (comma, quote, tab, CR/LF, backslash).
 */
export function sampleDocument(id: string, options: { readonly indicators?: number; readonly salt?: string } = {}): ZhibiaoDocument {
  const count = options.indicators ?? 4;
  const sha256 = createHash('sha256').update(`${id}|${count}|${options.salt ?? ''}`).digest('hex');
  const base: Omit<Indicator, 'id' | 'span' | 'text'>[] = [
    {
      name: '地区生产总值',
      canonical: 'gdp',
      value: 282,
      unit: '亿元',
      normalized: { value: 28_200_000_000, unit: 'CNY', dimension: 'currency' },
      growth: { value: 6, unit: '%', basis: 'yoy', text: '同比增长6%' },
      qualifier: null,
      status: 'estimate',
      period: '2023',
      sectionId: 's1',
      sentence: '预计全区地区生产总值完成282亿元，同比增长6%；"实干"\t当先\r\n见\\效。',
      ruleId: 'value-then-growth',
    },
    {
      name: '补贴',
      canonical: null,
      value: 3,
      valueHigh: 5,
      unit: '万元',
      normalized: { value: 30_000, valueHigh: 50_000, unit: 'CNY', dimension: 'currency' },
      growth: null,
      qualifier: 'about',
      status: 'target',
      period: '2024',
      sectionId: 's1.1',
      sentence: '每户补贴3-5万元左右, 逗号',
      ruleId: 'range',
    },
    {
      name: '高标准农田',
      canonical: null,
      value: 1.2,
      unit: '万亩',
      normalized: { value: 12_000, unit: 'mu', dimension: 'area', squareMetres: 8_000_040 },
      growth: { value: -0.5, unit: 'pp', basis: null, text: '下降0.5个百分点', qualifier: 'nearly' },
      qualifier: 'more_than',
      status: 'actual',
      period: null,
      sectionId: null,
      sentence: '新建高标准农田1.2万余亩',
      ruleId: 'value',
    },
    {
      name: null,
      canonical: null,
      value: null,
      unit: null,
      normalized: null,
      growth: { value: 10, unit: '%', basis: null, text: '增长10%以上', qualifier: 'at_least' },
      qualifier: 'at_least',
      status: 'target',
      period: '2024',
      sectionId: 's1',
      sentence: '固定资产投资增长10%以上',
      ruleId: 'growth-only',
    },
  ];
  const indicators: Indicator[] = Array.from({ length: count }, (_, i) => {
    const template = base[i % base.length] as (typeof base)[number];
    return { ...template, id: `${id}:${i + 1}`, span: { start: i * 10, end: i * 10 + 5 }, text: `片段${i}` };
  });
  return ZhibiaoDocumentSchema.parse({
    schemaVersion: '1',
    document: {
      id,
      source: `corpus/${id}.txt`,
      sha256,
      encoding: 'utf-8',
      format: 'txt',
      title: `关于${id}的报告`,
      region: { name: '博山区', code: '370304', parent: '淄博市' },
      reportYear: 2023,
    },
    sections: [
      { id: 's1', parentId: null, level: 1, ordinal: '一', title: '2023年执行情况', span: { start: 0, end: 100 }, topic: 'overview' },
      { id: 's1.1', parentId: 's1', level: 2, ordinal: '（一）', title: '农业, "三农"', span: { start: 10, end: 50 }, topic: 'agriculture' },
    ],
    indicators,
    coverage: { numbers: count + 2, claimed: count, ratio: count / (count + 2) },
    unclaimed: [
      { text: '2023年', span: { start: 5, end: 10 }, reason: 'date', ruleId: 'year' },
      { text: '十四五', span: { start: 20, end: 23 }, reason: 'slogan' },
    ],
    warnings: [{ code: 'no-region', message: '未找到\t地区' }],
  });
}
