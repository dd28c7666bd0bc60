/**
 * Years written in a sentence, and which of them say whose year a figure belongs to.
 * A year that dates a comparison, an event or a document is not a figure's period
 * (docs/annotation.md §3 period). Rules are tried in order on the words around each year.
 */
export type YearRole = 'period' | 'comparison' | 'event-date' | 'since' | 'document-number';

export interface YearRule {
  readonly id: string;
  readonly role: Exclude<YearRole, 'period'>;
  /** Tested on the text just before the year (up to 4 characters). */
  readonly before?: RegExp;
  /** Tested on the text just after the year's 年 (up to 8 characters). */
  readonly after?: RegExp;
  readonly example: string;
  readonly counterExample: string;
}

export const YEAR_RULES: readonly YearRule[] = [
  { id: 'compared-with', role: 'comparison', before: /(?:较|比|与|按|相比)$/, example: '较1978年833.02万元增长290余倍', counterExample: '2023年,全县经济总量突破20亿元' },
  { id: 'same-period-of', role: 'comparison', after: /^(?:同期|水平|不变价|可比价)/, example: '恢复到2019年同期的112%', counterExample: '2019年全县地区生产总值增长3.3%' },
  { id: 'constant-prices', role: 'comparison', after: /^[^，。,；;]{0,2}不变价/, example: '按2020年不变价格计算', counterExample: '2020年全县实现…' },
  { id: 'since', role: 'since', after: /^(?:以来|来)/, example: '2012年以来累计投资', counterExample: '2012年,林周县经济总量突破10亿元' },
  { id: 'full-date', role: 'event-date', after: /^\d{1,2}月\d{1,2}日/, example: '2023年1月16日在靖安县第十七届人民代表大会上', counterExample: '2024年1-2月' },
  { id: 'published', role: 'event-date', after: /^\d{1,2}月(?:份)?发布/, example: '(2024年3月发布)', counterExample: '2024年3月末' },
  { id: 'document-number', role: 'document-number', before: /[〔［\[]$/, example: '闽财预〔2019〕4号', counterExample: '（2023年）' },
];

/** 2024年, 二〇二四年 (a year in Chinese numerals, as table titles write it). */
const YEAR = /((?:19|20)\d\d)(?=年|〕)|([〇○零一二三四五六七八九]{4})(?=年)/g;
const CHINESE_DIGITS: Readonly<Record<string, number>> = { '〇': 0, '○': 0, '零': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export interface YearMention {
  readonly start: number;
  readonly end: number;
  readonly year: number;
  readonly role: YearRole;
  readonly ruleId: string;
}

function chineseYear(digits: string): number {
  let n = 0;
  for (const ch of digits) n = n * 10 + (CHINESE_DIGITS[ch] ?? 0);
  return n;
}

/**
 * Every year written in `text[from, to)`, with its role.
 *
 * @example
 * yearsIn('2023年,林周县…较1978年增长', 0, 18).map((y) => [y.year, y.role]); // [[2023, 'period'], [1978, 'comparison']]
 */
export function yearsIn(text: string, from: number, to: number): YearMention[] {
  const out: YearMention[] = [];
  const re = YEAR;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    const year = m[1] ? Number(m[1]) : chineseYear(m[2] ?? '');
    if (year < 1900 || year > 2099) continue;
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    const after = text.slice(end + 1, end + 9);
    const rule = YEAR_RULES.find((r) => (!r.before || r.before.test(before)) && (!r.after || r.after.test(after)) && (r.before || r.after));
    out.push({ start: m.index, end, year, role: rule?.role ?? 'period', ruleId: rule?.id ?? 'period-year' });
  }
  return out;
}

/**
 * A year that opens a sentence or clause as its time (`2024年,全县…`, `2023年末…`) holds for the
 * figures after it, in later sentences too, until another such year or a section with a year.
 */
const LEADING_YEAR_AFTER = /^(?:度)?(?:末|底|全年|上半年|前三季度|[一二三四]季度)?[,，:：]?/;

/** The period years of a sentence that lead it or one of its clauses. */
export function leadingYears(text: string, years: readonly YearMention[], clauseStarts: readonly number[]): YearMention[] {
  return years.filter((y) => {
    if (y.role !== 'period') return false;
    const lead = text.slice(Math.max(0, y.start - 3), y.start);
    const atClauseStart = clauseStarts.some((c) => c === y.start || (c < y.start && /^(?:预计|截至|截止)$/.test(text.slice(c, y.start))));
    return atClauseStart && !/[到至]$/.test(lead) && LEADING_YEAR_AFTER.test(text.slice(y.end + 1, y.end + 6));
  });
}

/**
 * The part of the year a release's figures cover, when a clause or sentence opens with it
 * (一季度，全县实现…; 1-2月，…; 2024年上半年，…). Kept beside the period (an extension): the period
 * stays the year. Like a leading year it holds for the figures after it, in later sentences too,
 * until another one, or a leading year without one.
 */
export interface SubPeriodRule {
  readonly id: string;
  /** Anchored where the clause starts, after an optional year, 预计 or 截至. */
  readonly pattern: RegExp;
  readonly label: (m: RegExpExecArray) => string;
  readonly example: string;
  readonly counterExample: string;
}

const QUARTER: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

export const SUB_PERIOD_RULES: readonly SubPeriodRule[] = [
  { id: 'first-three-quarters', pattern: /^前三季度/, label: () => 'Q1-Q3', example: '前三季度，全县实现地区生产总值', counterExample: 'GDP一季度同比增长2.3%，前三季度同比增长1.9%' },
  { id: 'quarter', pattern: /^(?:第)?([一二三四1-4])季度/, label: (m) => `Q${QUARTER[m[1] ?? ''] ?? ''}`, example: '一季度，全县实现地区生产总值56.82亿元', counterExample: '全县一季度实现…' },
  { id: 'half-year', pattern: /^([上下])半年/, label: (m) => (m[1] === '上' ? 'H1' : 'H2'), example: '上半年，全区完成固定资产投资', counterExample: '比上半年提高' },
  { id: 'months', pattern: /^(\d{1,2})\s*[-—–~至到]\s*(\d{1,2})月(?:份)?/, label: (m) => `M${m[1]}-M${m[2]}`, example: '1-2月，全县实现大口径财政收入17056万元', counterExample: '0-17岁77324人' },
  // a bare N月 dates an event (2024年9月，一级公路建成通车); 月份 / 月末 name a statement's month
  { id: 'month', pattern: /^(\d{1,2})月(?:份|末|底)/, label: (m) => `M${m[1]}`, example: '2月份，全县实现大口径财政收入5682万元', counterExample: '2024年9月，一级公路建成通车，全长28.6公里' },
];

const SUB_PERIOD_LEAD = /^(?:(?:19|20)\d\d年(?:度)?)?(?:预计|截至|截止)?(?:(?:19|20)\d\d年(?:度)?)?/;

/** The sub-period that opens the text at `at`, or null. */
export function subPeriodAt(text: string, at: number): string | null {
  const window = text.slice(at, at + 16);
  const lead = SUB_PERIOD_LEAD.exec(window)?.[0] ?? '';
  const rest = window.slice(lead.length);
  for (const rule of SUB_PERIOD_RULES) {
    const m = rule.pattern.exec(rest);
    if (m) return rule.label(m);
  }
  return null;
}
