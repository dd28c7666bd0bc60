/**
 * Heading styles of Chinese government reports, as data. Each rule recognises the ordinal
 * (and the separator after it) at the start of a line; the engine in ../find-headings.ts
 * takes the title from what follows. `rank` is the conventional nesting order; the levels
 * of one document are the ranks that actually occur there, renumbered from 1, so a report
 * that starts at （一） still gets level 1, and 第一部分 pushes 一、 down to level 2.
 */
export interface HeadingRule {
  readonly id: string;
  /** Conventional precedence: lower outranks higher. */
  readonly rank: number;
  /** Anchored at the start of the line (leading spaces already skipped). match[0] = ordinal + separator. */
  readonly pattern: RegExp;
  /** The ordinal as written, from the match: 一, （一）, 1, （1）, 第一部分. */
  readonly ordinal: (match: RegExpExecArray) => string;
  /** A title may be empty (第一部分 alone on its line). */
  readonly allowEmptyTitle: boolean;
  /** A title this matches makes the line no heading of this style (a list item, a sentence). */
  readonly titleRejects?: RegExp;
  /** The heading must be the whole line (a style whose separator is only a space). */
  readonly wholeLine?: boolean;
  readonly examples: readonly { readonly line: string; readonly ordinal: string; readonly title: string }[];
  /** Lines that must not be read as a heading of this style. */
  readonly counterExamples: readonly string[];
}

const CN_DIGITS = '一二三四五六七八九十';
/** A well-formed Chinese numeral 1–99 (so 十四五 is not one). */
const CN_ORDINAL = '(?:[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])';

export const HEADING_RULES: readonly HeadingRule[] = [
  {
    id: 'heading-part',
    rank: 0,
    pattern: /^第([一二三四五六七八九十百零〇两]{1,4}|\d{1,2})(部分|章|篇)[、.:：\s]*/,
    ordinal: (m) => `第${m[1] ?? ''}${m[2] ?? ''}`,
    allowEmptyTitle: true,
    examples: [
      { line: '第一部分 2023年工作回顾', ordinal: '第一部分', title: '2023年工作回顾' },
      { line: '第二章、主要任务', ordinal: '第二章', title: '主要任务' },
      { line: '第三部分', ordinal: '第三部分', title: '' },
    ],
    counterExamples: ['第一季度，全区实现地区生产总值65亿元。', '第三次全国国土调查成果显示…', '第十九届人民代表大会'],
  },
  {
    id: 'heading-cn-dun',
    rank: 1,
    // 一、二季度 / 一、二、三产业 are lists of ordinals, not a heading
    pattern: new RegExp(`^(${CN_ORDINAL})(?:、|[.．](?!\\d))(?![${CN_DIGITS}两]+[、季产])\\s*`),
    ordinal: (m) => m[1] ?? '',
    allowEmptyTitle: false,
    examples: [
      { line: '一、2023年国民经济和社会发展计划执行情况', ordinal: '一', title: '2023年国民经济和社会发展计划执行情况' },
      { line: '十二、人口、就业和社会保障', ordinal: '十二', title: '人口、就业和社会保障' },
      { line: '三.固定资产投资', ordinal: '三', title: '固定资产投资' },
    ],
    counterExamples: ['一、二季度经济运行平稳。', '一、二、三产业比例调整为5:40:55。', '一是稳住工业基本盘。', '一季度全区实现增加值12亿元。'],
  },
  {
    // 一 综合情况: a converted page drops the 、 and keeps a space; only a short line alone
    id: 'heading-cn-space',
    rank: 1,
    pattern: new RegExp(`^(${CN_ORDINAL})[ \u3000]+(?=[\u3400-\u9fff]{2})`),
    ordinal: (m) => m[1] ?? '',
    allowEmptyTitle: false,
    titleRejects: /[，,。；;：:\d]|^.{21,}$/,
    wholeLine: true,
    examples: [
      { line: '一 综合情况', ordinal: '一', title: '综合情况' },
      { line: '二 农林牧渔业生产', ordinal: '二', title: '农林牧渔业生产' },
    ],
    counterExamples: ['一 二 三', '三 是推进项目建设，全年完成投资50亿元。'],
  },
  {
    id: 'heading-cn-paren',
    rank: 2,
    pattern: new RegExp(`^([（(]${CN_ORDINAL}[）)])\\s*`),
    ordinal: (m) => m[1] ?? '',
    allowEmptyTitle: false,
    examples: [
      { line: '（一）产业结构持续优化，动能转换取得新成效。“优存量”方面…', ordinal: '（一）', title: '产业结构持续优化，动能转换取得新成效' },
      { line: '(三)财政金融', ordinal: '(三)', title: '财政金融' },
    ],
    counterExamples: ['（一季度数据）全区工业用电量增长5%。', '（十四五）规划'],
  },
  {
    id: 'heading-arabic-dot',
    rank: 3,
    // 1.2万元 / 1、2月份 / 2.82亿元 start with a number, not an ordinal
    pattern: /^(\d{1,2})[.．、](?![\d.%])\s*/,
    ordinal: (m) => m[1] ?? '',
    allowEmptyTitle: false,
    // 10.纪检监察事务2075万元，较上年…: an item of a list that opens with its own figure
    titleRejects: /^[^，,；;。：:]{0,30}?\d[\d.]*(?:万|亿|千)?(?:元|美元|吨|%|人|户|家|个|亩)/,
    examples: [
      { line: '1.粮食生产。全年粮食总产量38.5万吨。', ordinal: '1', title: '粮食生产' },
      { line: '2、工业经济', ordinal: '2', title: '工业经济' },
      { line: '3．财政收入', ordinal: '3', title: '财政收入' },
      { line: '12. 社会保障', ordinal: '12', title: '社会保障' },
    ],
    counterExamples: ['1.2万元的补贴发放到户。', '2.82亿元用于基础设施。', '1、2月份工业增加值增长6%。', '2023年，全区上下严格贯彻落实决策部署。', '10%的企业实现扭亏。', '10.纪检监察事务2075万元，较上年增支20万元。'],
  },
  {
    id: 'heading-arabic-paren',
    rank: 4,
    pattern: /^([（(]\d{1,2}[）)])\s*/,
    ordinal: (m) => m[1] ?? '',
    allowEmptyTitle: false,
    examples: [
      { line: '（1）加快工业技改，全年实施技改项目50个', ordinal: '（1）', title: '加快工业技改，全年实施技改项目50个' },
      { line: '(2)优化营商环境。', ordinal: '(2)', title: '优化营商环境' },
    ],
    counterExamples: ['（2023年）全区完成投资50亿元。', '（100万元以上）项目30个。'],
  },
  {
    id: 'heading-circled',
    rank: 5,
    pattern: /^([①-⑳])\s*/,
    ordinal: (m) => m[1] ?? '',
    allowEmptyTitle: false,
    examples: [{ line: '①新建道路5公里', ordinal: '①', title: '新建道路5公里' }],
    counterExamples: ['新建道路①5公里'],
  },
];

/** Characters that end a heading title that opens a paragraph. */
export const HEADING_TITLE_END = /[。！？!?]/;

/**
 * A title running to the line end longer than this is a list item written as prose; it is
 * cut at its first ；/： so the heading stays a heading.
 */
export const MAX_LINE_TITLE = 80;
