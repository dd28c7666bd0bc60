import type { Dimension } from '../../schema/document.js';
import type { QuantityKind, UnitInfo } from '../types.js';
import type { QuantityCase } from './cases.js';

/**
 * Units and measure words. A row is one unit as written; `spellings` lists other ways the
 * same row is written (个位次 → 位次). The engine matches the longest spelling first
 * (人次 before 人, 平方公里 before 公里 before 米) and only then tries a multiplier + unit.
 */
export interface UnitRow extends UnitInfo {
  readonly spellings?: readonly string[];
  /** Characters that must not follow the unit (3方面 is not three cubic metres). */
  readonly notBefore?: string;
  /** Mention kind for this unit; 'measure' when omitted. */
  readonly kind?: QuantityKind;
  /** Count measure words and grades: true. Lone 万/千 (万人, 千项) only count before these. */
  readonly countLike?: boolean;
  readonly examples: readonly QuantityCase[];
  readonly counterExamples?: readonly QuantityCase[];
}

/** Square metres per 亩: 1 亩 = 10000/15 m² (≈ 666.667). */
export const SQUARE_METRES_PER_MU = 10000 / 15;

const measure = (
  text: string,
  value: number,
  unitText: string,
  normalized: number,
  base: string,
  mention?: string,
): QuantityCase => ({ text, expect: { kind: 'measure', value, unitText, normalized, base, ...(mention ? { mention } : {}) } });

function physical(id: string, dimension: Dimension, base: string, factor: number, examples: readonly QuantityCase[], extra: Partial<UnitRow> = {}): UnitRow {
  return { id, dimension, base, factor, examples, ...extra };
}

/** A count measure word: 120余家, 286户. The example is the number, the word and nothing else. */
function count(id: string, n: number, extra: Partial<UnitRow> = {}): UnitRow {
  return { id, dimension: 'count', base: 'count', factor: 1, countLike: true, examples: [measure(`${n}${id}`, n, id, n, 'count')], ...extra };
}

export const UNIT_ROWS: readonly UnitRow[] = [
  // currency: 万元 亿元 千元 come from the multiplier table
  physical('元', 'currency', 'CNY', 1, [
    measure('282亿元', 282, '亿元', 28200000000, 'CNY'),
    measure('1951.6万元', 1951.6, '万元', 19516000, 'CNY'),
    measure('500元', 500, '元', 500, 'CNY'),
  ], { counterExamples: [{ text: '元宇宙', expect: null }] }),
  physical('人民币', 'currency', 'CNY', 1, [measure('5000万人民币', 5000, '万人民币', 50000000, 'CNY')]),
  physical('美元', 'currency', 'USD', 1, [measure('3.2亿美元', 3.2, '亿美元', 320000000, 'USD')]),
  // area
  physical('平方米', 'area', 'm2', 1, [measure('149万平方米', 149, '万平方米', 1490000, 'm2')]),
  physical('平米', 'area', 'm2', 1, [measure('120平米', 120, '平米', 120, 'm2')]),
  physical('m2', 'area', 'm2', 1, [measure('35m2', 35, 'm2', 35, 'm2')]),
  physical('m²', 'area', 'm2', 1, [measure('35m²', 35, 'm²', 35, 'm2')]),
  physical('平方公里', 'area', 'm2', 1e6, [measure('3.5平方公里', 3.5, '平方公里', 3500000, 'm2')]),
  physical('平方千米', 'area', 'm2', 1e6, [measure('2平方千米', 2, '平方千米', 2000000, 'm2')]),
  physical('km2', 'area', 'm2', 1e6, [measure('2km2', 2, 'km2', 2000000, 'm2')]),
  physical('公顷', 'area', 'm2', 1e4, [measure('12公顷', 12, '公顷', 120000, 'm2')]),
  // 亩 stays a unit of its own (CONTRACT §2); the engine adds squareMetres
  physical('亩', 'area', '亩', 1, [measure('6690.8亩', 6690.8, '亩', 6690.8, '亩'), measure('3万亩', 3, '万亩', 30000, '亩')]),
  // length
  physical('公里', 'length', 'm', 1000, [measure('41.2公里', 41.2, '公里', 41200, 'm')]),
  physical('千米', 'length', 'm', 1000, [measure('3千米', 3, '千米', 3000, 'm')]),
  physical('km', 'length', 'm', 1000, [measure('12km', 12, 'km', 12000, 'm')]),
  physical('米', 'length', 'm', 1, [measure('800米', 800, '米', 800, 'm')]),
  physical('厘米', 'length', 'm', 0.01, [measure('50厘米', 50, '厘米', 0.5, 'm')]),
  physical('毫米', 'length', 'm', 0.001, [measure('600毫米', 600, '毫米', 0.6, 'm')]),
  physical('mm', 'length', 'm', 0.001, [measure('600mm', 600, 'mm', 0.6, 'm')]),
  physical('m', 'length', 'm', 1, [measure('15m', 15, 'm', 15, 'm')], {
    counterExamples: [{ text: '3min', expect: { mention: '3', kind: 'bare', value: 3, unitText: null } }],
  }),
  // mass
  physical('吨', 'mass', 'kg', 1000, [measure('3.5万吨', 3.5, '万吨', 35000000, 'kg')]),
  physical('t', 'mass', 'kg', 1000, [measure('20t', 20, 't', 20000, 'kg')]),
  physical('千克', 'mass', 'kg', 1, [measure('50千克', 50, '千克', 50, 'kg')]),
  physical('kg', 'mass', 'kg', 1, [measure('50kg', 50, 'kg', 50, 'kg')]),
  physical('公斤', 'mass', 'kg', 1, [measure('200公斤', 200, '公斤', 200, 'kg')]),
  physical('斤', 'mass', 'kg', 0.5, [measure('1000斤', 1000, '斤', 500, 'kg')]),
  physical('克', 'mass', 'kg', 0.001, [measure('500克', 500, '克', 0.5, 'kg')]),
  // volume: cubic metres and litres stay apart (different bases)
  physical('立方米', 'volume', 'm3', 1, [measure('5万立方米', 5, '万立方米', 50000, 'm3')]),
  physical('m3', 'volume', 'm3', 1, [measure('20m3', 20, 'm3', 20, 'm3')]),
  physical('m³', 'volume', 'm3', 1, [measure('20m³', 20, 'm³', 20, 'm3')]),
  physical('方', 'volume', 'm3', 1, [measure('3万方', 3, '万方', 30000, 'm3')], {
    notBefore: '面案式向法针便',
    counterExamples: [{ text: '从3方面', expect: { mention: '3', kind: 'bare', value: 3, unitText: null } }],
  }),
  physical('升', 'volume', 'L', 1, [measure('500升', 500, '升', 500, 'L')], { notBefore: '级' }),
  physical('毫升', 'volume', 'L', 0.001, [measure('250毫升', 250, '毫升', 0.25, 'L')]),
  // energy and power (千瓦时 before 千瓦, 吨标准煤 before 吨)
  physical('千瓦时', 'energy', 'kWh', 1, [measure('1.2亿千瓦时', 1.2, '亿千瓦时', 120000000, 'kWh')]),
  physical('千瓦小时', 'energy', 'kWh', 1, [measure('59168万千瓦小时', 59168, '万千瓦小时', 591680000, 'kWh')]),
  physical('kWh', 'energy', 'kWh', 1, [measure('300kWh', 300, 'kWh', 300, 'kWh')]),
  physical('兆瓦时', 'energy', 'kWh', 1000, [measure('5兆瓦时', 5, '兆瓦时', 5000, 'kWh')]),
  physical('度电', 'energy', 'kWh', 1, [measure('2万度电', 2, '万度电', 20000, 'kWh')]),
  physical('度', 'energy', 'kWh', 1, [measure('500度', 500, '度', 500, 'kWh')]),
  physical('吨标准煤', 'energy', 'tce', 1, [measure('1.5万吨标准煤', 1.5, '万吨标准煤', 15000, 'tce')]),
  physical('吨标煤', 'energy', 'tce', 1, [measure('800吨标煤', 800, '吨标煤', 800, 'tce')]),
  physical('千瓦', 'power', 'kW', 1, [measure('5万千瓦', 5, '万千瓦', 50000, 'kW')]),
  physical('kW', 'power', 'kW', 1, [measure('60kW', 60, 'kW', 60, 'kW')]),
  physical('兆瓦', 'power', 'kW', 1000, [measure('100兆瓦', 100, '兆瓦', 100000, 'kW')]),
  physical('MW', 'power', 'kW', 1000, [measure('100MW', 100, 'MW', 100000, 'kW')]),
  physical('吉瓦', 'power', 'kW', 1e6, [measure('2吉瓦', 2, '吉瓦', 2000000, 'kW')]),
  physical('GW', 'power', 'kW', 1e6, [measure('2GW', 2, 'GW', 2000000, 'kW')]),
  physical('MWh', 'energy', 'kWh', 1000, [measure('5MWh', 5, 'MWh', 5000, 'kWh')]),
  // voltage has no dimension of its own in the schema
  physical('千伏', 'other', 'kV', 1, [measure('500千伏', 500, '千伏', 500, 'kV')]),
  physical('kV', 'other', 'kV', 1, [measure('10kV', 10, 'kV', 10, 'kV')]),
  // concentration: mass per litre and mass per cubic metre are different bases
  physical('mg/l', 'concentration', 'mg/L', 1, [measure('8.51mg/l', 8.51, 'mg/l', 8.51, 'mg/L'), measure('0.576mg/l', 0.576, 'mg/l', 0.576, 'mg/L')]),
  physical('mg/L', 'concentration', 'mg/L', 1, [measure('0.5mg/L', 0.5, 'mg/L', 0.5, 'mg/L')]),
  physical('毫克/升', 'concentration', 'mg/L', 1, [measure('2毫克/升', 2, '毫克/升', 2, 'mg/L')]),
  physical('微克/立方米', 'concentration', 'μg/m3', 1, [measure('38微克/立方米', 38, '微克/立方米', 38, 'μg/m3')]),
  physical('μg/m3', 'concentration', 'μg/m3', 1, [measure('38μg/m3', 38, 'μg/m3', 38, 'μg/m3')]),
  physical('µg/m3', 'concentration', 'μg/m3', 1, [measure('38µg/m3', 38, 'µg/m3', 38, 'μg/m3')]),
  physical('ug/m3', 'concentration', 'μg/m3', 1, [measure('38ug/m3', 38, 'ug/m3', 38, 'μg/m3')]),
  physical('毫克/立方米', 'concentration', 'μg/m3', 1000, [measure('0.2毫克/立方米', 0.2, '毫克/立方米', 200, 'μg/m3')]),
  // time: fixed lengths in seconds; months and years are calendar units of their own
  physical('分钟', 'time', 's', 60, [measure('15分钟', 15, '分钟', 900, 's')]),
  physical('小时', 'time', 's', 3600, [measure('24小时', 24, '小时', 86400, 's')]),
  physical('秒', 'time', 's', 1, [measure('30秒', 30, '秒', 30, 's')]),
  physical('天', 'time', 's', 86400, [measure('3天', 3, '天', 259200, 's')]),
  // 成 is a tenth: 八成以上 → 8 成, normalised to 80 %
  physical('成', 'percent', '%', 10, [measure('财政支出的八成用于民生', 8, '成', 80, '%', '八成')]),
  physical('个工作日', 'time', 'workday', 1, [measure('压缩至0.5个工作日', 0.5, '个工作日', 0.5, 'workday', '0.5个工作日')]),
  physical('工作日', 'time', 'workday', 1, [measure('3工作日', 3, '工作日', 3, 'workday')]),
  physical('周年', 'time', 'year', 1, [measure('100周年', 100, '周年', 100, 'year')]),
  physical('周', 'time', 's', 604800, [measure('2周', 2, '周', 1209600, 's')]),
  physical('个月', 'time', 'month', 1, [measure('3个月', 3, '个月', 3, 'month')]),
  // a 4-digit 19xx/20xx before 年 is a date (rules/dates.ts), everything else a duration
  physical('年', 'time', 'year', 1, [measure('3年', 3, '年', 3, 'year'), measure('一百年', 100, '年', 100, 'year')]),
  physical('岁', 'time', 'year', 1, [measure('60岁', 60, '岁', 60, 'year')]),
  // grades: not quantities, but the unit tells later stages (base 'grade')
  physical('A级', 'other', 'grade', 1, [measure('国家4A级景区', 4, 'A级', 4, 'grade', '4A级')], { countLike: true }),
  physical('A', 'other', 'grade', 1, [measure('5A景区', 5, 'A', 5, 'grade', '5A')], { countLike: true }),
  physical('星级', 'other', 'grade', 1, [measure('五星级酒店', 5, '星级', 5, 'grade', '五星级')], { countLike: true }),
  physical('级', 'other', 'grade', 1, [measure('三级医院', 3, '级', 3, 'grade', '三级'), measure('百亿级产业', 1e10, '级', 1e10, 'grade', '百亿级'), measure('100亿级', 1e10, '级', 1e10, 'grade')], { countLike: true }),
  physical('类', 'other', 'grade', 1, [measure('Ⅲ类环境质量标准', 3, '类', 3, 'grade', 'Ⅲ类')], { countLike: true }),
  // rank and multiples
  {
    id: '位次', spellings: ['个位次', '位次'], dimension: 'rank', base: 'rank', factor: 1, kind: 'rank',
    examples: [{ text: '提升31个位次', expect: { mention: '31个位次', kind: 'rank', value: 31, unitText: '位次', normalized: 31, base: 'rank' } }],
  },
  {
    id: '倍', dimension: 'other', base: '倍', factor: 1, kind: 'multiple',
    examples: [{ text: '1.5倍', expect: { kind: 'multiple', value: 1.5, unitText: '倍', normalized: 1.5, base: '倍' } }],
  },
  // count measure words (compound words first in spirit; the engine sorts by length anyway)
  count('人次', 1221), count('户次', 300), count('架次', 80), count('车次', 500), count('辆次', 600), count('标箱', 2000), count('TEU', 5000),
  count('部门', 12), count('个', 153), count('家', 46), count('项', 289), count('户', 286), count('人', 7, { notBefore: '民' }), count('名', 24),
  count('台', 32), count('处', 59), count('条', 9), count('场', 5100), count('期', 8, { notBefore: '间' }), count('所', 4), count('株', 300),
  count('笔', 50), count('辆', 120), count('座', 6), count('套', 500), count('次', 150), count('批', 3), count('张', 6),
  count('件', 1153), count('位', 12), count('种', 30), count('只', 800), count('头', 5000), count('棵', 2000),
  count('间', 40), count('栋', 8), count('幢', 8), count('艘', 3), count('架', 2), count('份', 1000), count('册', 3000),
  count('部', 10, { notBefore: '分署' }), count('块', 20), count('根', 300), count('口', 12, { notBefore: '袋岸径' }), count('箱', 100),
  count('组', 15), count('支', 20), count('对', 30), count('双', 200), count('例', 12), count('床', 600),
  count('起', 5), count('宗', 18), count('篇', 40), count('本', 2000), count('款', 16), count('盏', 300), count('眼', 6),
  count('套（间）', 2860), count('套(间)', 2860),
  count('单', 3000, { notBefore: '位元' }), count('门', 20), count('首', 10), count('轮', 3), count('批次', 120),
];

/**
 * Multipliers written between a number and its unit (282亿元, 52.4万株), longest first.
 * When one is followed by 余/多 or by no unit it belongs to the number instead (2万余户 → 20000).
 */
export interface MultiplierRow {
  readonly id: string;
  readonly factor: number;
  readonly examples: readonly QuantityCase[];
}

export const MULTIPLIERS: readonly MultiplierRow[] = [
  { id: '万亿', factor: 1e12, examples: [measure('1.5万亿元', 1.5, '万亿元', 1.5e12, 'CNY')] },
  { id: '千万', factor: 1e7, examples: [measure('3千万元', 3, '千万元', 3e7, 'CNY')] },
  { id: '百万', factor: 1e6, examples: [measure('2百万元', 2, '百万元', 2e6, 'CNY')] },
  { id: '亿', factor: 1e8, examples: [measure('18.95亿元', 18.95, '亿元', 1895000000, 'CNY')] },
  { id: '万', factor: 1e4, examples: [measure('52.4万株', 52.4, '万株', 524000, 'count')] },
  { id: '千', factor: 1e3, examples: [measure('3千元', 3, '千元', 3000, 'CNY')] },
  { id: '百', factor: 1e2, examples: [measure('5百人', 5, '百人', 500, 'count')] },
];
