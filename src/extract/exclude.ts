import type { UnclaimedReason } from '../schema/document.js';
import type { NumberToken, TextRange } from '../quantity/types.js';
import { EXCLUSION_RULES, type ExclusionRule } from './rules/exclusions.js';

export interface Exclusion {
  readonly reason: UnclaimedReason;
  readonly ruleId: string;
}

const WINDOW = 20;

/** Is `at` inside a pair of `open`/`close` marks on the same line? */
function isInside(text: string, at: number, open: string, close: string): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lastOpen = text.lastIndexOf(open, at - 1);
  if (lastOpen < lineStart) return false;
  const lastClose = text.lastIndexOf(close, at - 1);
  if (lastClose > lastOpen) return false;
  const nextClose = text.indexOf(close, at);
  const nextNewline = text.indexOf('\n', at);
  return nextClose >= 0 && (nextNewline < 0 || nextClose < nextNewline) && nextClose - lastOpen < 60;
}

function ruleMatches(rule: ExclusionRule, text: string, token: NumberToken): boolean {
  if (rule.script === 'chinese' && token.script !== 'chinese') return false;
  if (rule.script === 'arabic' && token.script !== 'arabic') return false;
  if (rule.number && !rule.number.test(token.text)) return false;
  const { start, end } = token.range;
  if (rule.before && !rule.before.test(text.slice(Math.max(0, start - WINDOW), start))) return false;
  if (rule.after && !rule.after.test(text.slice(end, end + WINDOW))) return false;
  if (rule.inside === 'quotes' && !(isInside(text, start, '“', '”') || isInside(text, start, '‘', '’'))) return false;
  if (rule.inside === 'title' && !isInside(text, start, '《', '》')) return false;
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
  for (const rule of EXCLUSION_RULES) {
    if (ruleMatches(rule, text, token)) return { reason: rule.reason, ruleId: rule.id };
  }
  if (Number.isNaN(token.value)) return { reason: 'slogan', ruleId: 'exclude-not-a-number' };
  return null;
}

/** True when a number sits in a heading's ordinal (一、 （三） 1.). */
export function isHeadingOrdinal(range: TextRange, ordinalRanges: readonly TextRange[]): boolean {
  return ordinalRanges.some((r) => range.start >= r.start && range.end <= r.end);
}
