import type { NumeralCase } from './cases.js';

/**
 * Numerals: the lexicon the number scanner is built from, and the rules that decide when
 * Chinese numeral characters act as a number. Digits are parsed once here; quantity rules
 * (units, percentages, dates, ranges) consume the tokens.
 */

/** Chinese digits, financial forms and traditional 兩 included. */
export const CHINESE_DIGITS: readonly (readonly [string, number])[] = [
  ['零', 0], ['〇', 0], ['一', 1], ['二', 2], ['两', 2], ['兩', 2], ['三', 3], ['四', 4],
  ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9],
  ['壹', 1], ['贰', 2], ['叁', 3], ['肆', 4], ['伍', 5], ['陆', 6], ['柒', 7], ['捌', 8], ['玖', 9],
];

/** Places inside one 万-section. */
export const CHINESE_SMALL_PLACES: readonly (readonly [string, number])[] = [
  ['十', 10], ['拾', 10], ['百', 100], ['佰', 100], ['千', 1000], ['仟', 1000],
];

/** Section places: they close a section and scale everything before them. */
export const CHINESE_BIG_PLACES: readonly (readonly [string, number])[] = [
  ['万', 1e4], ['萬', 1e4], ['亿', 1e8], ['億', 1e8],
];

/** The decimal point of a Chinese numeral (三十五点五). */
export const CHINESE_POINT = '点';

/** Roman numerals as grades are written (Ⅲ类水质); upper and lower case code points. */
export const ROMAN_NUMERALS: readonly (readonly [string, number])[] = [
  ['Ⅰ', 1], ['Ⅱ', 2], ['Ⅲ', 3], ['Ⅳ', 4], ['Ⅴ', 5], ['Ⅵ', 6], ['Ⅶ', 7], ['Ⅷ', 8], ['Ⅸ', 9], ['Ⅹ', 10], ['Ⅺ', 11], ['Ⅻ', 12],
  ['ⅰ', 1], ['ⅱ', 2], ['ⅲ', 3], ['ⅳ', 4], ['ⅴ', 5], ['ⅵ', 6], ['ⅶ', 7], ['ⅷ', 8], ['ⅸ', 9], ['ⅹ', 10], ['ⅺ', 11], ['ⅻ', 12],
];

/** Roman numerals spelt with ASCII letters; only read right before ROMAN_ASCII_FOLLOWERS. */
export const ROMAN_ASCII: readonly (readonly [string, number])[] = [
  ['XII', 12], ['XI', 11], ['IX', 9], ['X', 10], ['VIII', 8], ['VII', 7], ['VI', 6], ['IV', 4], ['V', 5], ['III', 3], ['II', 2], ['I', 1],
];
export const ROMAN_ASCII_FOLLOWERS = '类级期型';

/**
 * Arabic numbers: thousands groups (1,086,543) only when every group has three digits,
 * then an optional decimal part. The sign is read by the engine, which drops it after a
 * digit, letter, `%` or multiplier so that 3-5 and 1+6 stay two numbers.
 */
// a list number before a year (注：9.2023年…) is not the decimal 9.2023
export const ARABIC_PATTERN = String.raw`(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.(?!(?:19|20)\d\d年)\d+)?`;

export interface NumeralRule {
  /** Written to `NumberToken.ruleId` for the tokens the rule accepts. */
  readonly id: string;
  readonly description: string;
  readonly examples: readonly NumeralCase[];
  readonly counterExamples: readonly NumeralCase[];
}

/** How a token came to be; each id is a token ruleId. */
export const NUMERAL_RULES: readonly NumeralRule[] = [
  {
    id: 'numeral-arabic',
    description: 'Arabic digits, thousands groups, decimals, a sign only where it cannot be a dash or a plus between numbers',
    examples: [
      { text: '282亿元', numbers: [['282', 282]] },
      { text: '1,086,543万元', numbers: [['1,086,543', 1086543]] },
      { text: '增长-0.8%', numbers: [['-0.8', -0.8]] },
      { text: '指数为+3', numbers: [['+3', 3]] },
      { text: '0.576mg/l', numbers: [['0.576', 0.576]] },
    ],
    counterExamples: [
      { text: '“1+6+N”', numbers: [['1', 1], ['6', 6]] },
      { text: '12,3456', numbers: [['12', 12], ['3456', 3456]] },
      { text: 'GB3838-2002', numbers: [['3838', 3838], ['2002', 2002]] },
    ],
  },
  {
    id: 'numeral-mixed',
    description: 'Arabic digits with a multiplier that does not belong to a unit: nothing follows, or 余/多 stands between it and the unit',
    examples: [
      { text: '惠及居民2万余户', numbers: [['2万', 20000]] },
      { text: '达到1.2万，', numbers: [['1.2万', 12000]] },
      { text: '约3千', numbers: [['3千', 3000]] },
    ],
    counterExamples: [
      // the multiplier touches the unit, so it is part of the unit: value as written
      { text: '282亿元', numbers: [['282', 282]] },
      { text: '52.4万株', numbers: [['52.4', 52.4]] },
      { text: '290余万元', numbers: [['290', 290]] },
    ],
  },
  {
    id: 'numeral-chinese',
    description: 'A Chinese numeral with a place character (十百千万亿) or a decimal point; a trailing 万/亿 right before a unit is left to the unit, like 2万人',
    examples: [
      { text: '一百二十个', numbers: [['一百二十', 120]] },
      { text: '二万三千五百元', numbers: [['二万三千五百', 23500]] },
      { text: '十四条措施', numbers: [['十四', 14]] },
      { text: '百分之三十五点五', numbers: [['三十五点五', 35.5]] },
      { text: '一亿二千万元', numbers: [['一亿二千万', 120000000]] },
      { text: '两万人', numbers: [['两', 2]] },
      { text: '三万亿元', numbers: [['三', 3]] },
      { text: '一万五', numbers: [['一万五', 15000]] },
      { text: '一百零五', numbers: [['一百零五', 105]] },
    ],
    counterExamples: [
      { text: '一般公共预算收入', numbers: [] },
      { text: '实现“零突破”', numbers: [] },
    ],
  },
  {
    id: 'numeral-chinese-digits',
    description: 'Chinese digits read one by one (二〇二三): needs 〇/零 inside, or a follower after it',
    examples: [
      { text: '二〇二三年', numbers: [['二〇二三', 2023]] },
      { text: '一〇八', numbers: [['一〇八', 108]] },
    ],
    counterExamples: [{ text: '一二三产业融合', numbers: [] }],
  },
  {
    id: 'numeral-chinese-single',
    description: 'A lone digit (or 十) counts only before a follower: a unit or measure word, 余/多 + unit, or NUMERAL_FOLLOWERS; a lone 零 also when stated as a level (为零。)',
    examples: [
      { text: '三大目标', numbers: [['三', 3]] },
      { text: '八个大会精神', numbers: [['八', 8]] },
      { text: '十条措施', numbers: [['十', 10]] },
      { text: '区镇村三级', numbers: [['三', 3]] },
      { text: '一类幼儿园', numbers: [['一', 1]] },
      { text: '十余家', numbers: [['十', 10]] },
      { text: '孕产妇死亡率为零，', numbers: [['零', 0]] },
    ],
    counterExamples: [
      { text: '实现安全事故清零。', numbers: [] },
      { text: '坚持零容忍，', numbers: [] },
      { text: '两病用药', numbers: [] },
      { text: '九州通集团', numbers: [] },
      { text: '一是坚持', numbers: [] },
      { text: '三农工作', numbers: [] },
    ],
  },
  {
    id: 'numeral-ordinal',
    description: 'Any numeral right after 第 is a number (an ordinal; the mention says so with ruleId ordinal)',
    examples: [
      { text: '第一', numbers: [['一', 1]] },
      { text: '第十九届', numbers: [['十九', 19]] },
      { text: '第3名', numbers: [['3', 3]] },
    ],
    counterExamples: [{ text: '次第', numbers: [] }],
  },
  {
    id: 'numeral-lone-multiplier',
    description: 'A lone 百/千/万/亿 is a number after an “over” cue (过亿元), before a count word or 年 (千项, 万人), or before unit + 以上/级 (亿元以上)',
    examples: [
      { text: '新引进过亿元项目', numbers: [['亿', 1e8]] },
      { text: '千项技改', numbers: [['千', 1000]] },
      { text: '亿元以上项目', numbers: [['亿', 1e8]] },
    ],
    counterExamples: [
      { text: '万元GDP能耗', numbers: [] },
      { text: '每千瓦时', numbers: [] },
      { text: '百姓', numbers: [] },
      { text: '千米', numbers: [] },
    ],
  },
  {
    id: 'numeral-invalid',
    description: 'Numeral characters with a place that do not form one number keep a token with value NaN',
    examples: [{ text: '“十四五”规划', numbers: [['十四五', Number.NaN]] }],
    counterExamples: [{ text: '十四', numbers: [['十四', 14]] }],
  },
  {
    id: 'numeral-slogan-pair',
    description: 'Two lone digits in the shape 数X数Y (四减四增) are numbers of a slogan',
    examples: [
      { text: '完成“四减四增”', numbers: [['四', 4], ['四', 4]] },
      { text: '“三送三提”活动', numbers: [['三', 3], ['三', 3]] },
      { text: '“一村一业”', numbers: [['一', 1], ['一', 1]] },
    ],
    counterExamples: [
      { text: '来自四面八方', numbers: [] },
      { text: '一心一意', numbers: [] },
    ],
  },
  {
    id: 'numeral-pair-range',
    description: 'Two consecutive digits before a unit are a rough range (三四家 → 3..4)',
    examples: [{ text: '三四家', numbers: [['三', 3], ['四', 4]] }],
    counterExamples: [{ text: '三五成群', numbers: [] }],
  },
  {
    id: 'numeral-fraction',
    description: 'A Chinese fraction 三分之一 is one number',
    examples: [{ text: '三分之一', numbers: [['三分之一', 1 / 3]] }],
    counterExamples: [{ text: '分之', numbers: [] }],
  },
  {
    id: 'numeral-roman',
    description: 'Roman numerals (Ⅲ类); the token script is "mixed" because the type offers no roman script',
    examples: [
      { text: '地表水Ⅲ类', numbers: [['Ⅲ', 3]] },
      { text: 'IV类水质', numbers: [['IV', 4]] },
    ],
    counterExamples: [
      { text: 'VI设计', numbers: [] },
      { text: 'DIV类', numbers: [] },
    ],
  },
];

/**
 * Words after which a lone Chinese digit still acts as a number, besides every unit and
 * measure word of the unit table (those are followers too).
 */
export interface FollowerRow {
  readonly id: string;
  readonly text: string;
  readonly examples: readonly NumeralCase[];
}

export const NUMERAL_FOLLOWERS: readonly FollowerRow[] = [
  { id: 'follower-da', text: '大', examples: [{ text: '两大主题', numbers: [['两', 2]] }] },
  { id: 'follower-jie', text: '届', examples: [{ text: '九届人大', numbers: [['九', 9]] }] },
  { id: 'follower-hao', text: '号', examples: [{ text: '“一号工程”', numbers: [['一', 1]] }] },
  { id: 'follower-bufen', text: '部分', examples: [{ text: '第一部分', numbers: [['一', 1]] }] },
  { id: 'follower-quarter', text: '季度', examples: [{ text: '前三季度', numbers: [['三', 3]] }] },
  { id: 'follower-month', text: '月', examples: [{ text: '一月', numbers: [['一', 1]] }] },
  { id: 'follower-day', text: '日', examples: [{ text: '九日', numbers: [['九', 9]] }] },
  { id: 'follower-plenum', text: '中全会', examples: [{ text: '三中全会', numbers: [['三', 3]] }] },
];

/**
 * Words that contain numeral characters but are not numbers. `word` is literal;
 * `notAfter` lists characters that must not precede it (第一批 is an ordinal, 一批 is not),
 * `onlyBefore` characters one of which must follow it (千万不要, but 三千万).
 */
export interface ExclusionRow {
  readonly id: string;
  readonly word: string;
  readonly notAfter?: string;
  readonly onlyBefore?: string;
  readonly examples: readonly NumeralCase[];
  readonly counterExamples?: readonly NumeralCase[];
}

const none = (text: string): NumeralCase => ({ text, numbers: [] });

export const NUMERAL_EXCLUSIONS: readonly ExclusionRow[] = [
  { id: 'not-yiban', word: '一般', examples: [none('一般公共预算收入')] },
  { id: 'not-tongyi', word: '统一', examples: [none('统一部署')] },
  { id: 'not-jinyibu', word: '进一步', examples: [none('进一步提升')] },
  { id: 'not-weiyi', word: '唯一', examples: [none('全市唯一项目')] },
  { id: 'not-yitihua', word: '一体化', examples: [none('情指行一体化运行机制')] },
  { id: 'not-yizhanshi', word: '一站式', examples: [none('“一站式”模式')] },
  { id: 'not-yiliu', word: '一流', examples: [none('一流营商环境')] },
  { id: 'not-zhiyi', word: '之一', notAfter: '分', examples: [none('之一项')], counterExamples: [{ text: '三分之一', numbers: [['三分之一', 1 / 3]] }] },
  { id: 'not-yixie', word: '一些', examples: [none('一些企业')] },
  { id: 'not-yifangmian', word: '一方面', examples: [none('一方面')] },
  { id: 'not-tongyi-same', word: '同一', examples: [none('同一个标准')] },
  { id: 'not-wanyi', word: '万一', examples: [none('万一')] },
  { id: 'not-qianfangbaiji', word: '千方百计', examples: [none('千方百计')] },
  { id: 'not-yiqi', word: '一起', examples: [none('一起抓')] },
  { id: 'not-yiding', word: '一定', examples: [none('一定程度')] },
  { id: 'not-yiqie', word: '一切', examples: [none('一切')] },
  { id: 'not-yizhi', word: '一致', examples: [none('一致同意')] },
  { id: 'not-yizhi-always', word: '一直', examples: [none('一直')] },
  { id: 'not-yinianlai', word: '一年来', examples: [none('一年来')] },
  { id: 'not-guoqu-yinian', word: '过去一年', examples: [none('过去一年取得的成绩来之不易')] },
  { id: 'not-xinde-yinian', word: '新的一年', examples: [none('新的一年')] },
  { id: 'not-zhe-yinian', word: '这一年', examples: [none('这一年')] },
  // 这一 is 'this' (紧扣高质量发展这一首要任务), 一项项 / 一个个 'one after another'
  { id: 'not-zheyi', word: '这一', examples: [none('高质量发展这一首要任务')] },
  { id: 'not-yixiangxiang', word: '一项项', examples: [none('一项项经济指标稳步向好')] },
  { id: 'not-yigege', word: '一个个', examples: [none('一个个项目落地')] },
  { id: 'not-yijianjian', word: '一件件', examples: [none('一件件实事')] },
  { id: 'not-zhongyao-yinian', word: '重要一年', examples: [none('发展的重要一年')] },
  { id: 'not-guanjian-yinian', word: '关键一年', examples: [none('关键一年')] },
  { id: 'not-yiduiyi', word: '一对一', examples: [none('“一对一”体育指导员')] },
  { id: 'not-yicixing', word: '一次性', examples: [none('一次性补助')] },
  { id: 'not-yipi', word: '一批', notAfter: '第', examples: [none('引进了一批大项目')], counterExamples: [{ text: '第一批', numbers: [['一', 1]] }] },
  { id: 'not-yidapi', word: '一大批', examples: [none('一大批项目')] },
  { id: 'not-yibufen', word: '一部分', notAfter: '第', examples: [none('一部分企业')], counterExamples: [{ text: '第一部分', numbers: [['一', 1]] }] },
  { id: 'not-yidianyidi', word: '一点一滴', examples: [none('一点一滴')] },
  { id: 'not-yiyi', word: '一一', examples: [none('一一对应')] },
  { id: 'not-zhuyi', word: '逐一', examples: [none('逐一对照')] },
  { id: 'not-yikouqi', word: '一口气', examples: [none('一口气')] },
  { id: 'not-yitiaolong', word: '一条龙', examples: [none('一条龙服务')] },
  { id: 'not-yinianyidu', word: '一年一度', examples: [none('一年一度')] },
  { id: 'not-yidu', word: '一度', examples: [none('曾一度')] },
  { id: 'not-diyishijian', word: '第一时间', examples: [none('第一时间')] },
  { id: 'not-sanci-chanye', word: '三次产业', examples: [none('三次产业结构')] },
  { id: 'not-qianwan-adverb', word: '千万', onlyBefore: '不别要', examples: [none('千万不能')], counterExamples: [{ text: '三千万', numbers: [['三千万', 3e7]] }] },
  { id: 'not-per-base', word: '每万', examples: [none('每万人口')] },
  { id: 'not-per-thousand', word: '每千', examples: [none('每千人口床位数')] },
  { id: 'not-per-hundred', word: '每百', examples: [none('每百户')] },
  { id: 'not-per-100k', word: '每十万', examples: [none('每十万人')] },
  { id: 'not-baifenbi', word: '百分比', examples: [none('百分比')] },
  { id: 'not-baifenbai', word: '百分百', examples: [none('百分百')] },
  { id: 'not-qianjiawanhu', word: '千家万户', examples: [none('走进千家万户')] },
  { id: 'not-wanzhongyixin', word: '万众一心', examples: [none('万众一心')] },
  { id: 'not-simianbafang', word: '四面八方', examples: [none('四面八方')] },
  { id: 'not-wuhusihai', word: '五湖四海', examples: [none('五湖四海')] },
  { id: 'not-yixinyiyi', word: '一心一意', examples: [none('一心一意')] },
  { id: 'not-wanwuyishi', word: '万无一失', examples: [none('万无一失')] },
  { id: 'not-sanlingwushen', word: '三令五申', examples: [none('三令五申')] },
  { id: 'not-shiquanshimei', word: '十全十美', examples: [none('十全十美')] },
  { id: 'not-qianxinwanku', word: '千辛万苦', examples: [none('千辛万苦')] },
  { id: 'not-sanwuchengqun', word: '三五成群', examples: [none('三五成群')] },
  { id: 'not-sishewuru', word: '四舍五入', examples: [none('因四舍五入的原因')] },
  { id: 'not-unit-wanqianwa', word: '万千瓦', notAfter: '0123456789.一二三四五六七八九十百千两', examples: [none('单位：万千瓦时')], counterExamples: [{ text: '3万千瓦', numbers: [['3', 3]] }] },
  { id: 'not-unit-qianwa', word: '千瓦', notAfter: '0123456789.一二三四五六七八九十百千万两', examples: [none('单位：千瓦时')], counterExamples: [{ text: '5千瓦', numbers: [['5', 5]] }] },
];
