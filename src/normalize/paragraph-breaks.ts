/**
 * Pages that reach us joined into one line (a forum repost, a mirror) keep a single space
 * where each paragraph, heading and the title ended. Such a space becomes a line break during
 * normalisation (one character for one, so offsets still map), and the later stages see the
 * paragraphs, headings and title they would see in the page.
 *
 * Each rule looks at the text before the space (`before`, up to its start or 64 characters)
 * and after it (`after`). Rules are tried in order; examples and counter-examples are tested.
 */
export interface ParagraphBreakRule {
  readonly id: string;
  readonly before: RegExp;
  readonly after: RegExp;
  /** The rule applies only to a space this close to the start of the text (the title). */
  readonly withinStart?: number;
  /** `before␣after`: the space is a break. */
  readonly examples: readonly string[];
  readonly counterExamples: readonly string[];
}

const HEADING_OPENER = String.raw`(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}部分)`;

export const PARAGRAPH_BREAK_RULES: readonly ParagraphBreakRule[] = [
  {
    id: 'title-then-text',
    before: /^\s*[^\s。，,；;！？]{4,60}(?:公报|报告|情况|通报|通知|说明)$/,
    after: /^\S/,
    withinStart: 64,
    examples: ['2023年昌吉市国民经济和社会发展统计公报 2023年,在市党委和政府的领导下'],
    counterExamples: ['全年实现地区生产总值 620.77亿元'],
  },
  {
    id: 'sentence-then-heading',
    before: /[。！？；;]$/,
    after: new RegExp(`^${HEADING_OPENER}`),
    examples: ['作出了应有贡献。 一、综合情况 根据地区生产总值统一核算结果'],
    counterExamples: ['比上年增长6.9%, 一产增加值'],
  },
  {
    id: 'heading-then-text',
    before: new RegExp(String.raw`(?:^|\s)${HEADING_OPENER}[^\s。，,；;：:！？]{1,20}$`),
    after: /^\S/,
    examples: ['高质量发展取得新的进展。 一、综合 经济总量稳步扩大。'],
    counterExamples: ['贯彻党的二十大、十九届历次全会精神 学习'],
  },
  {
    id: 'sentence-then-paragraph',
    before: /[。！？]$/,
    after: /^[^\s\d%‰]/,
    examples: ['经济运行总体平稳。 全年新增就业2332人。'],
    counterExamples: ['1.09% 。', '增长6.9%。 '],
  },
];

const WINDOW = 64;

/**
 * True when the single space at `at` in `text` stands for a line break (see the rules).
 *
 * @example
 * isParagraphBreak('统计公报 2023年,全市…', 4); // true
 * isParagraphBreak('总值 620.77亿元', 2); // false
 */
export function isParagraphBreak(text: string, at: number): boolean {
  const from = Math.max(0, at - WINDOW);
  // a window that does not reach the start of the text must not look as if it did
  const before = (from > 0 ? '\u0000' : '') + text.slice(from, at);
  const after = text.slice(at + 1, at + 1 + WINDOW);
  return PARAGRAPH_BREAK_RULES.some(
    (rule) => (rule.withinStart === undefined || at <= rule.withinStart) && rule.before.test(before) && rule.after.test(after),
  );
}
