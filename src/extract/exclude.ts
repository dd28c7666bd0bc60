import type { UnclaimedReason } from '../schema/document.js';
import type { NumberToken, TextRange } from '../quantity/types.js';
import { EXCLUSION_RULES, type ExclusionRule } from './rules/exclusions.js';

export interface Exclusion {
  readonly reason: UnclaimedReason;
  readonly ruleId: string;
}

const WINDOW = 20;

/** Ranges between paired marks (“…”, 《…》) on one line, computed once per text. */
interface Enclosures {
  readonly text: string;
  readonly quotes: readonly [number, number][];
  readonly titles: readonly [number, number][];
}

let lastEnclosures: Enclosures | null = null;
const MAX_ENCLOSED = 60;

function pairs(text: string, open: string, close: string): [number, number][] {
  const out: [number, number][] = [];
  const openCode = open.charCodeAt(0);
  const closeCode = close.charCodeAt(0);
  let start = -1;
  const first = text.indexOf(open);
  for (let i = first < 0 ? text.length : first; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === openCode) start = i;
    else if (code === 0x0a) start = -1;
    else if (code === closeCode && start >= 0) {
      if (i - start < MAX_ENCLOSED) out.push([start, i]);
      start = -1;
    }
  }
  return out;
}

function enclosures(text: string): Enclosures {
  if (lastEnclosures?.text !== text) {
    lastEnclosures = {
      text,
      quotes: [...pairs(text, '“', '”'), ...pairs(text, '‘', '’')].sort((a, b) => a[0] - b[0]),
      titles: pairs(text, '《', '》'),
    };
  }
  return lastEnclosures;
}

function isInside(ranges: readonly [number, number][], at: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = ranges[mid] as [number, number];
    if (at <= s) hi = mid - 1;
    else if (at > e) lo = mid + 1;
    else return true;
  }
  return false;
}

/** What the rules look at around one number, cut once. */
interface Surroundings {
  readonly before: string;
  readonly after: string;
  /** The whole line holding the number, made on first use. */
  line(): string;
}

function ruleMatches(rule: ExclusionRule, text: string, token: NumberToken, around: Surroundings): boolean {
  if (rule.script === 'chinese' && token.script !== 'chinese') return false;
  if (rule.script === 'arabic' && token.script !== 'arabic') return false;
  if (rule.number && !rule.number.test(token.text)) return false;
  if (rule.before && !rule.before.test(around.before)) return false;
  if (rule.after && !rule.after.test(around.after)) return false;
  if (rule.line && !rule.line.test(around.line())) return false;
  if (rule.inside === 'quotes' && !isInside(enclosures(text).quotes, token.range.start)) return false;
  if (rule.inside === 'title' && !isInside(enclosures(text).titles, token.range.start)) return false;
  return true;
}

/**
 * Decides whether a number is not an indicator (CONTRACT §3) and why: the first matching
 * rule of EXCLUSION_RULES wins; a number whose numerals form no valid number (十四五) is a slogan.
 *
 * @example
 * excludeNumber('国家4A级景区', token4) // { reason: 'grade', ruleId: 'exclude-grade-a' }
 */
export function excludeNumber(text: string, token: NumberToken): Exclusion | null {
  const { start, end } = token.range;
  let line: string | null = null;
  const around: Surroundings = {
    before: text.slice(Math.max(0, start - WINDOW), start),
    after: text.slice(end, end + WINDOW),
    line: () => {
      if (line === null) {
        const newline = text.indexOf('\n', end);
        line = text.slice(text.lastIndexOf('\n', start - 1) + 1, newline < 0 ? text.length : newline);
      }
      return line;
    },
  };
  for (const rule of EXCLUSION_RULES) {
    if (ruleMatches(rule, text, token, around)) return { reason: rule.reason, ruleId: rule.id };
  }
  if (Number.isNaN(token.value)) return { reason: 'slogan', ruleId: 'exclude-not-a-number' };
  return null;
}

/** True when a number sits in a heading's ordinal (一、 （三） 1.). */
export function isHeadingOrdinal(range: TextRange, ordinalRanges: readonly TextRange[]): boolean {
  return ordinalRanges.some((r) => range.start >= r.start && range.end <= r.end);
}
