import { coreToken, readNumberAt, type Core } from './core.js';
import {
  DAY_RULE,
  MONTH_RULE,
  QUARTER_RULE,
  YEAR_RULE,
  dayAfterMonthSuffixEnd,
  daySuffixEnd,
  monthSuffixEnd,
  quarterSuffixEnd,
  yearSuffixEnd,
} from './matchers.js';
import type { DateRule } from './rules/dates.js';
import type { NumberToken, QuantityMention } from './types.js';

const within = (v: number, rule: DateRule): boolean => Number.isInteger(v) && v >= rule.min && v <= rule.max;

/** Four written digits, Arabic or Chinese (二〇二三), in the year range. */
export function isYearLike(c: Core): boolean {
  return (c.shape === 'arabic' || c.shape === 'digits') && !c.signed && c.end - c.start === 4 && within(c.value, YEAR_RULE);
}

export function dateMention(start: number, end: number, numbers: readonly NumberToken[], ruleId: string, valueHigh?: number): QuantityMention {
  const first = numbers[0] as NumberToken;
  const last = numbers[numbers.length - 1] as NumberToken;
  return {
    range: { start, end },
    numberRange: { start: first.range.start, end: last.range.end },
    value: first.value,
    valueHigh,
    unitText: null,
    unit: null,
    multiplier: 1,
    normalized: null,
    kind: 'date',
    qualifier: null,
    qualifierRange: undefined,
    numbers,
    ruleId,
  };
}

/** A month (and day) written right after a year or month: 2024年1月9日. */
function extend(text: string, numbers: NumberToken[], end: number, fromYear: boolean): { end: number; ruleId: string } {
  let e = end;
  let ruleId = fromYear ? 'date-year' : 'date-month';
  let monthDone = !fromYear;
  if (fromYear) {
    const month = readNumberAt(text, e);
    const monthEnd = month && within(month.value, MONTH_RULE) ? monthSuffixEnd(text, month.end) : -1;
    if (month && monthEnd >= 0) {
      numbers.push(coreToken(text, month));
      e = monthEnd;
      ruleId = 'date-year-month';
      monthDone = true;
    }
  }
  if (monthDone) {
    const day = readNumberAt(text, e);
    const dayEnd = day && within(day.value, DAY_RULE) ? dayAfterMonthSuffixEnd(text, day.end) : -1;
    if (day && dayEnd >= 0) {
      numbers.push(coreToken(text, day));
      e = dayEnd;
      ruleId = fromYear ? 'date-ymd' : 'date-month-day';
    }
  }
  return { end: e, ruleId };
}

/**
 * Reads a date starting with `c` (rules/dates.ts): a year, month, day or quarter.
 *
 * @example
 * readDate('2024年1月9日', core2024)?.numbers.length; // 3
 */
export function readDate(text: string, c: Core): QuantityMention | null {
  if (c.signed || !Number.isInteger(c.value) || c.shape === 'lone' || c.shape === 'roman' || c.shape === 'fraction') return null;
  const numbers: NumberToken[] = [coreToken(text, c)];
  if (isYearLike(c)) {
    const e = yearSuffixEnd(text, c.end);
    if (e >= 0) {
      const x = extend(text, numbers, e, true);
      return dateMention(c.start, x.end, numbers, x.ruleId);
    }
  }
  if (within(c.value, MONTH_RULE)) {
    const e = monthSuffixEnd(text, c.end);
    if (e >= 0) {
      const x = extend(text, numbers, e, false);
      return dateMention(c.start, x.end, numbers, x.ruleId);
    }
  }
  if (within(c.value, DAY_RULE)) {
    const e = daySuffixEnd(text, c.end);
    if (e >= 0) return dateMention(c.start, e, numbers, DAY_RULE.id);
  }
  if (within(c.value, QUARTER_RULE)) {
    const e = quarterSuffixEnd(text, c.end);
    if (e >= 0) return dateMention(c.start, e, numbers, QUARTER_RULE.id);
  }
  return null;
}

/** Year or month ranges (2023-2025年, 1-11月); null when `low`..`high` is not one. */
export function readDateRange(text: string, low: Core, high: Core): QuantityMention | null {
  if (!(high.value > low.value) || !Number.isInteger(low.value) || !Number.isInteger(high.value)) return null;
  const numbers = [coreToken(text, low), coreToken(text, high)];
  if (isYearLike(low) && isYearLike(high)) {
    const e = yearSuffixEnd(text, high.end);
    if (e >= 0) return dateMention(low.start, e, numbers, 'date-range', high.value);
  }
  if (!low.signed && within(low.value, MONTH_RULE) && within(high.value, MONTH_RULE)) {
    const e = monthSuffixEnd(text, high.end);
    if (e >= 0) return dateMention(low.start, e, numbers, 'date-range', high.value);
  }
  return null;
}
