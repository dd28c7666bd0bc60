import type { Status, Topic, UnclaimedReason } from '../schema/document.js';

/**
 * What a reader sees for each status: a colour and an underline style (page-style.ts) and, so
 * that colour is never the only cue, a one-character marker after the highlight (drawn by the
 * style sheet from this table) and a word in the table. 实 actual, 预 estimate (预计), 目 target (目标).
 */
export const STATUS_LABELS: Readonly<Record<Status, { readonly marker: string; readonly label: string }>> = {
  actual: { marker: '实', label: 'actual' },
  estimate: { marker: '预', label: 'estimate' },
  target: { marker: '目', label: 'target' },
};

/**
 * Why a number is not an indicator, as the page's legend and tooltips say it. `unknown` — what
 * no rule could place — is the one a reviewer must look at, so the style sheet boxes it in red
 * with a `?`; the others are only dotted-underlined.
 * Examples are from the contract: 2023年 date, 一、 ordinal, 十四五 slogan, 4A级 grade.
 */
export const REASON_LABELS: Readonly<Record<UnclaimedReason, { readonly label: string }>> = {
  date: { label: 'date (2023年, 1月9日)' },
  ordinal: { label: 'ordinal (一、, 第三次)' },
  name: { label: 'inside a name (过亿元项目)' },
  slogan: { label: 'slogan or plan name (十四五, 1+6+N)' },
  grade: { label: 'grade or class (4A级, Ⅲ类)' },
  ratio: { label: 'structure ratio (14.2:38.6:47.2)' },
  damaged: { label: 'damaged by a wrong encoding (增加值?0.2亿元)' },
  furniture: { label: 'page or forum furniture (查看: 698, - 1 -)' },
  comparison: { label: 'the figure of a place compared with (全市5.8%)' },
  too_large: { label: 'too large for a number' },
  unknown: { label: 'unknown — no rule placed it' },
};

/** Section topics in the outline, in Chinese with the key kept beside them for searching. */
export const TOPIC_LABELS: Readonly<Record<Topic, string>> = {
  overview: '综合',
  industry: '工业',
  finance: '财政金融',
  investment: '投资',
  trade: '贸易',
  agriculture: '农业',
  livelihood: '民生',
  health: '卫生',
  education: '教育',
  culture_tourism: '文旅',
  environment: '生态环境',
  urban: '城建',
  employment: '就业',
  governance: '治理',
};

/** The columns of the indicator table, in order (the list). */
export const TABLE_COLUMNS = [
  'name',
  'canonical',
  'value',
  'unit',
  'normalized',
  'growth',
  'qualifier',
  'status',
  'period',
  'section',
  'rule',
] as const;
