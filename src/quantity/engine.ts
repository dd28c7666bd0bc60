import { chineseDigitValue } from './chinese-numeral.js';
import { arabicCore, bareMention, chineseCore, type Core } from './core.js';
import {
  CANDIDATE,
  G,
  exclusionEnd,
  isChineseNumeralChar,
  isFollowerAt,
  isIdeograph,
  matchBefore,
  matchUnit,
  percentPrefix,
  separatorEnd,
  romanValue,
} from './matchers.js';
import { readDate } from './read-date.js';
import { readMeasure, readOrdinal, readPercentPrefix } from './read-measure.js';
import { readPairRange, readRange } from './read-range.js';
import type { QuantityMention } from './types.js';

/**
 * The scanner: one pass of the compiled candidate regex over the text; each candidate is
 * turned into at most a few mentions by table lookups at known positions. Mentions never
 * overlap: a mention's leading cue may not reach back into the previous one, and scanning
 * resumes where the last mention ended.
 */

/** A sign is a sign only where it cannot be a dash or plus between two numbers (3-5, 1+6, 5%-8%, 3万-5万). */
function signAllowed(text: string, at: number): boolean {
  const prev = text[at - 1];
  if (prev === undefined) return true;
  return !/[0-9A-Za-z%.)）~]/.test(prev) && !isChineseNumeralChar(prev);
}

/** 数X数Y with lone digits and plain characters between (四减四增, 一村一业). */
function isSloganPair(text: string, s: number): boolean {
  const first = chineseDigitValue(text[s]);
  const second = chineseDigitValue(text[s + 2]);
  if (first === undefined || second === undefined || first === 0 || second === 0) return false;
  if (isChineseNumeralChar(text[s - 1]) || isChineseNumeralChar(text[s + 3])) return false;
  const x = text[s + 1];
  const y = text[s + 3];
  if (!isIdeograph(x) || !isIdeograph(y) || isChineseNumeralChar(x)) return false;
  // a unit or follower after either digit makes it a plain count (五位一体 → 5 位), and
  // 一至三月 is a range: neither is a slogan pair
  if (isFollowerAt(text, s + 1) || isFollowerAt(text, s + 3) || separatorEnd(text, s + 1) >= 0) return false;
  return exclusionEnd(text, s + 2) < 0;
}

function bareSlogan(text: string, s: number): QuantityMention {
  const value = chineseDigitValue(text[s]) as number;
  const t = { range: { start: s, end: s + 1 }, text: text.slice(s, s + 1), value, script: 'chinese' as const, ruleId: 'numeral-slogan-pair' };
  return bareMention(t.range, t.range, t, 'slogan-pair');
}

/** 孕产妇死亡率为零。: 零 stated as a level (after 为/是/降为, before the clause ends). */
function isStatedZero(text: string, c: Core): boolean {
  return text[c.start] === '零' && c.end - c.start === 1 && /(为|是|降至|降为|保持)$/.test(text.slice(Math.max(0, c.start - 2), c.start)) && /^[，。；、,;]/.test(text.slice(c.end, c.end + 1));
}

/** Does a lone Chinese numeral (or a short run) act as a number here? (rules/numerals.ts) */
function accepted(text: string, c: Core, cursor: number): boolean {
  switch (c.shape) {
    case 'place':
    case 'point':
      return true;
    case 'digits':
      return /[〇零]/.test(text.slice(c.start, c.end)) || isFollowerAt(text, c.end);
    case 'single':
      return isFollowerAt(text, c.end) || isStatedZero(text, c);
    case 'lone': {
      if (matchBefore(text, c.start, cursor, true)) return true;
      const u = matchUnit(text, c.end);
      if (!u) return false;
      // 万人, 千项, 百年; 亿元以上项目, 亿元级
      return u.unit.countLike || u.unit.info.id === '年' || text.startsWith('以上', u.end) || text[u.end] === '级';
    }
    default:
      return true;
  }
}

/** A core that is a number: date, range, or measure/bare, in that order. */
function readCore(text: string, cursor: number, c: Core): QuantityMention {
  if (text[c.start - 1] === '第' && c.start - 1 >= cursor) return readOrdinal(text, c);
  return readDate(text, c) ?? readRange(text, cursor, c) ?? readMeasure(text, cursor, c);
}

/** Reads a Chinese run; pushes its mentions and returns where scanning resumes. */
function readChineseRun(text: string, start: number, end: number, cursor: number, out: QuantityMention[]): number {
  const masked = exclusionEnd(text, start);
  if (masked >= 0) return masked;
  const c = chineseCore(text, start, end);
  if (text[start - 1] === '第' && start - 1 >= cursor) {
    out.push(readOrdinal(text, c));
    return end;
  }
  if (c.shape === 'single' && isSloganPair(text, start)) {
    out.push(bareSlogan(text, start), bareSlogan(text, start + 2));
    return start + 3;
  }
  if (c.shape === 'digits' && end - start === 2) {
    const pair = readPairRange(text, cursor, start);
    if (pair) {
      out.push(pair);
      return pair.range.end;
    }
  }
  if (!accepted(text, c, cursor)) {
    // 三至五个: a lone digit is still a number as the low end of a range
    const range = c.shape === 'single' || c.shape === 'digits' ? readRange(text, cursor, c) : null;
    if (!range) return end;
    out.push(range);
    return range.range.end;
  }
  const m = readCore(text, cursor, c);
  out.push(m);
  return m.range.end;
}

function readCandidate(text: string, m: RegExpExecArray, cursor: number, out: QuantityMention[]): number {
  const at = m.index;
  const prefix = m[G.prefix];
  const prefixed = m[G.prefixed];
  if (prefix !== undefined && prefixed !== undefined) {
    const numberStart = at + prefix.length;
    const numberEnd = numberStart + prefixed.length;
    const c = /^[+\-\d]/.test(prefixed)
      ? arabicCore(text, numberStart, numberEnd, !/^\d/.test(prefixed))
      : chineseCore(text, numberStart, numberEnd);
    const p = percentPrefix(prefix);
    const mention = readPercentPrefix(text, cursor, at, c, p.unit, p.id);
    out.push(mention);
    return mention.range.end;
  }
  const fraction = m[G.fraction];
  if (fraction !== undefined) {
    const split = fraction.indexOf('分之');
    const den = chineseCore(text, at, at + split).value;
    const num = chineseCore(text, at + split + 2, at + fraction.length).value;
    const c: Core = {
      ...chineseCore(text, at, at + fraction.length),
      value: num / den,
      ruleId: 'numeral-fraction',
      shape: 'fraction',
      headEnd: -1,
    };
    const mention = readMeasure(text, cursor, c);
    out.push(mention);
    return mention.range.end;
  }
  const arabic = m[G.arabic];
  if (arabic !== undefined) {
    const hasSign = arabic[0] === '+' || arabic[0] === '-';
    const start = hasSign && !signAllowed(text, at) ? at + 1 : at;
    const c = arabicCore(text, start, at + arabic.length, hasSign && start === at);
    const mention = readCore(text, cursor, c);
    out.push(mention);
    return mention.range.end;
  }
  const chinese = m[G.chinese];
  if (chinese !== undefined) return readChineseRun(text, at, at + chinese.length, cursor, out);
  const roman = m[G.roman] ?? m[G.romanAscii];
  if (roman === undefined) return at + 1;
  const c: Core = {
    start: at,
    end: at + roman.length,
    value: romanValue(roman),
    script: 'mixed',
    ruleId: 'numeral-roman',
    shape: 'roman',
    signed: false,
    headEnd: -1,
    headValue: Number.NaN,
    tailFactor: 1,
  };
  const mention = readMeasure(text, cursor, c);
  out.push(mention);
  return mention.range.end;
}

/**
 * Every quantity mention of `text`, in order and non-overlapping; every number the scanner
 * accepts sits in exactly one mention.
 *
 * @example
 * scanQuantities('预计完成282亿元，同比增长6%')[0]?.unitText; // '亿元'
 */
export function scanQuantities(text: string): QuantityMention[] {
  const out: QuantityMention[] = [];
  const re = CANDIDATE;
  re.lastIndex = 0;
  let cursor = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const resume = readCandidate(text, m, cursor, out);
    const last = out[out.length - 1];
    if (last) cursor = last.range.end;
    re.lastIndex = Math.max(resume, cursor, m.index + 1);
  }
  return out;
}
