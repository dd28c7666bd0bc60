import type { QuantityKind, UnitInfo } from './types.js';
import type { Dimension, Qualifier } from '../schema/document.js';
import { CHINESE_BIG_CHARS, CHINESE_DIGIT_CHARS, CHINESE_NUMERAL_CHARS } from './chinese-numeral.js';
import { DATE_RULES, DAY_AFTER_MONTH_SUFFIXES, MONTH_RULE, QUARTER_RULE, YEAR_RULE, DAY_RULE } from './rules/dates.js';
import { ARABIC_PATTERN, NUMERAL_EXCLUSIONS, NUMERAL_FOLLOWERS, ROMAN_ASCII, ROMAN_ASCII_FOLLOWERS, ROMAN_NUMERALS, CHINESE_POINT } from './rules/numerals.js';
import { PERCENT_PREFIXES, PERCENT_UNIT_ROWS } from './rules/percentages.js';
import { QUALIFIER_CUES, type QualifierCue } from './rules/qualifiers.js';
import { RANGE_SEPARATORS } from './rules/ranges.js';
import { MULTIPLIERS, UNIT_ROWS, type UnitRow } from './rules/units.js';

/**
 * The rule tables compiled once at module load: one candidate regex for every number, and
 * sticky regexes or length-sorted lists for the lookups done at a known position. Nothing
 * here is built per document.
 */

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
const byLengthDesc = (a: string, b: string): number => b.length - a.length;
const alternation = (words: readonly string[]): string => [...words].sort(byLengthDesc).map(escape).join('|');

const CHN = escape(CHINESE_NUMERAL_CHARS);
const DIG = escape(CHINESE_DIGIT_CHARS);
const BIG = escape(CHINESE_BIG_CHARS);
const CHINESE_RUN = `[${CHN}]+(?:${CHINESE_POINT}[${DIG}]+[${BIG}]*)?`;
const ROMAN_VALUE = new Map<string, number>([...ROMAN_NUMERALS, ...ROMAN_ASCII]);
const PREFIX_ROWS = new Map(PERCENT_PREFIXES.map((p) => [p.prefix, p]));

/** Group numbers of {@link CANDIDATE}. */
export const G = { prefix: 1, prefixed: 2, fraction: 3, arabic: 4, chinese: 5, roman: 6, romanAscii: 7 } as const;

/**
 * Every number candidate, leftmost first. At one position the first alternative wins:
 * 百分之五 before the numeral 百, 三分之一 before the numeral 三.
 */
export const CANDIDATE = new RegExp(
  [
    `(${alternation([...PREFIX_ROWS.keys()])})([+\\-]?${ARABIC_PATTERN}|${CHINESE_RUN})`,
    `([${CHN}]+分之[${CHN}]+)`,
    `([+\\-]?${ARABIC_PATTERN})`,
    `(${CHINESE_RUN})`,
    `([${ROMAN_NUMERALS.map(([r]) => r).join('')}])`,
    `(?<![A-Za-z])(${ROMAN_ASCII.map(([r]) => r).join('|')})(?=[${ROMAN_ASCII_FOLLOWERS}])`,
  ].join('|'),
  'g',
);

const ARABIC_Y = new RegExp(ARABIC_PATTERN, 'y');
const CHINESE_Y = new RegExp(CHINESE_RUN, 'y');

export function romanValue(s: string): number {
  return ROMAN_VALUE.get(s) ?? Number.NaN;
}

export function percentPrefix(prefix: string): { id: string; unit: CompiledUnit } {
  const row = PREFIX_ROWS.get(prefix);
  const unit = row ? UNIT_BY_ID.get(row.unitId) : undefined;
  if (!row || !unit) throw new Error(`percent prefix ${prefix} names no unit row`);
  return { id: row.id, unit };
}

/** Length of an Arabic (unsigned) or Chinese numeral starting exactly at `pos`; 0 if none. */
export function arabicLengthAt(text: string, pos: number): number {
  ARABIC_Y.lastIndex = pos;
  return ARABIC_Y.test(text) ? ARABIC_Y.lastIndex - pos : 0;
}
export function chineseLengthAt(text: string, pos: number): number {
  CHINESE_Y.lastIndex = pos;
  return CHINESE_Y.test(text) ? CHINESE_Y.lastIndex - pos : 0;
}

// ---------------------------------------------------------------- units and multipliers

export interface CompiledUnit {
  readonly info: UnitInfo;
  readonly kind: QuantityKind;
  readonly countLike: boolean;
  /** False for grades: 百亿级 is a 1e10-class, not 100 亿级. */
  readonly takesMultiplier: boolean;
}

function compileUnit(row: UnitRow): CompiledUnit {
  const info: UnitInfo = Object.freeze({ id: row.id, dimension: row.dimension, base: row.base, factor: row.factor });
  return Object.freeze({ info, kind: row.kind ?? 'measure', countLike: row.countLike === true, takesMultiplier: row.base !== 'grade' });
}

const ALL_UNIT_ROWS: readonly UnitRow[] = [...UNIT_ROWS, ...PERCENT_UNIT_ROWS];
const UNIT_BY_SPELLING = new Map<string, CompiledUnit>();
const UNIT_BY_ID = new Map<string, CompiledUnit>();
const unitAlternatives: { spelling: string; source: string }[] = [];
for (const row of ALL_UNIT_ROWS) {
  const unit = compileUnit(row);
  UNIT_BY_ID.set(row.id, unit);
  for (const spelling of row.spellings ?? [row.id]) {
    if (UNIT_BY_SPELLING.has(spelling)) throw new Error(`unit spelling ${spelling} appears twice`);
    UNIT_BY_SPELLING.set(spelling, unit);
    let source = escape(spelling);
    if (row.notBefore) source += `(?![${escape(row.notBefore)}])`;
    if (/[A-Za-z]$/.test(spelling)) source += '(?![A-Za-z])'; // 3m but not 3min
    unitAlternatives.push({ spelling, source });
  }
}
unitAlternatives.sort((a, b) => byLengthDesc(a.spelling, b.spelling));
const UNIT_Y = new RegExp(unitAlternatives.map((a) => a.source).join('|'), 'y');

/** The unit written at `pos`, longest spelling first; `end` is where it stops. */
export function matchUnit(text: string, pos: number): { unit: CompiledUnit; end: number } | null {
  UNIT_Y.lastIndex = pos;
  const m = UNIT_Y.exec(text);
  if (!m) return null;
  const unit = UNIT_BY_SPELLING.get(m[0]) as CompiledUnit;
  return { unit, end: pos + m[0].length };
}

const MULTIPLIER_FACTOR = new Map(MULTIPLIERS.map((m) => [m.id, m.factor]));
const MULTIPLIER_Y = new RegExp(alternation(MULTIPLIERS.map((m) => m.id)), 'y');

/** A multiplier (万, 亿, 万亿, …) at `pos`. */
export function matchMultiplier(text: string, pos: number): { factor: number; end: number } | null {
  MULTIPLIER_Y.lastIndex = pos;
  const m = MULTIPLIER_Y.exec(text);
  return m ? { factor: MULTIPLIER_FACTOR.get(m[0]) as number, end: pos + m[0].length } : null;
}

// ---------------------------------------------------------------- qualifiers

const byCueLength = (a: QualifierCue, b: QualifierCue): number => b.cue.length - a.cue.length;
const BEFORE = QUALIFIER_CUES.filter((c) => c.position === 'before').sort(byCueLength);
const BETWEEN = QUALIFIER_CUES.filter((c) => c.position === 'between').sort(byCueLength);
const AFTER = QUALIFIER_CUES.filter((c) => c.position === 'after').sort(byCueLength);

export interface CueMatch {
  readonly qualifier: NonNullable<Qualifier>;
  readonly start: number;
  readonly end: number;
}

/** A before-cue ending at `pos` and starting no earlier than `minStart`. */
export function matchBefore(text: string, pos: number, minStart: number, loneMultiplier: boolean): CueMatch | null {
  for (const c of BEFORE) {
    const start = pos - c.cue.length;
    if (start < minStart || !text.startsWith(c.cue, start)) continue;
    if (c.onlyLoneMultiplier && !loneMultiplier) continue;
    if (c.notAfter && start > 0 && c.notAfter.includes(text[start - 1] as string)) continue;
    return { qualifier: c.qualifier, start, end: pos };
  }
  return null;
}

/** 余/多 between a number and its unit; 多 only when a unit or multiplier follows. */
export function matchBetween(text: string, pos: number): CueMatch | null {
  for (const c of BETWEEN) {
    if (!text.startsWith(c.cue, pos)) continue;
    const end = pos + c.cue.length;
    if (c.needsUnit && !matchUnit(text, end) && !matchMultiplier(text, end)) continue;
    return { qualifier: c.qualifier, start: pos, end };
  }
  return null;
}

/** An after-cue at `pos`; `dimension` is the unit's (null for a bare number). */
export function matchAfter(text: string, pos: number, dimension: Dimension | null): CueMatch | null {
  for (const c of AFTER) {
    if (c.onlyDimension && c.onlyDimension !== dimension) continue;
    if (text.startsWith(c.cue, pos)) return { qualifier: c.qualifier, start: pos, end: pos + c.cue.length };
  }
  return null;
}

// ---------------------------------------------------------------- followers, separators, dates

const FOLLOWER_Y = new RegExp(alternation(NUMERAL_FOLLOWERS.map((f) => f.text)), 'y');

/** Does something after `pos` make a lone Chinese digit act as a number? */
export function isFollowerAt(text: string, pos: number): boolean {
  if (matchUnit(text, pos)) return true;
  FOLLOWER_Y.lastIndex = pos;
  if (FOLLOWER_Y.test(text)) return true;
  const b = matchBetween(text, pos);
  return b !== null && (matchUnit(text, b.end) !== null || matchMultiplier(text, b.end) !== null);
}

const SEPARATOR_Y = new RegExp(alternation(RANGE_SEPARATORS.map((s) => s.text)), 'y');

/** End of a range separator at `pos`, or -1. */
export function separatorEnd(text: string, pos: number): number {
  SEPARATOR_Y.lastIndex = pos;
  return SEPARATOR_Y.test(text) ? SEPARATOR_Y.lastIndex : -1;
}

function suffixMatcher(suffixes: readonly string[]): (text: string, pos: number) => number {
  const sorted = [...suffixes].sort(byLengthDesc);
  return (text, pos) => {
    for (const s of sorted) if (text.startsWith(s, pos)) return pos + s.length;
    return -1;
  };
}

/** End of the date suffix at `pos`, or -1. */
export const yearSuffixEnd = suffixMatcher(YEAR_RULE.suffixes);
export const monthSuffixEnd = suffixMatcher(MONTH_RULE.suffixes);
export const daySuffixEnd = suffixMatcher(DAY_RULE.suffixes);
export const dayAfterMonthSuffixEnd = suffixMatcher(DAY_AFTER_MONTH_SUFFIXES);
export const quarterSuffixEnd = suffixMatcher(QUARTER_RULE.suffixes);
export { DATE_RULES, YEAR_RULE, MONTH_RULE, DAY_RULE, QUARTER_RULE };

// ---------------------------------------------------------------- exclusions

const CHN_SET = new Set(CHINESE_NUMERAL_CHARS);

/** Exclusion words grouped by how many characters precede their first numeral (进一步 → 1). */
const EXCLUSIONS_BY_LEAD: RegExp[] = (() => {
  const groups = new Map<number, string[]>();
  const longestFirst = [...NUMERAL_EXCLUSIONS].sort((a, b) => byLengthDesc(a.word, b.word));
  for (const row of longestFirst) {
    let lead = 0;
    while (lead < row.word.length && !CHN_SET.has(row.word[lead] as string)) lead++;
    if (lead === row.word.length) throw new Error(`exclusion ${row.id} holds no numeral`);
    let source = escape(row.word);
    if (row.notAfter) source = `(?<![${escape(row.notAfter)}])${source}`;
    if (row.onlyBefore) source += `(?=[${escape(row.onlyBefore)}])`;
    groups.set(lead, [...(groups.get(lead) ?? []), source]);
  }
  const out: RegExp[] = [];
  for (const [lead, sources] of groups) out[lead] = new RegExp(sources.join('|'), 'y');
  return out;
})();

/**
 * If an exclusion word covers the numeral starting at `pos`, where that word ends;
 * otherwise -1. Only words that reach `pos` count.
 */
export function exclusionEnd(text: string, pos: number): number {
  for (let lead = 0; lead < EXCLUSIONS_BY_LEAD.length; lead++) {
    const re = EXCLUSIONS_BY_LEAD[lead];
    if (!re || pos - lead < 0) continue;
    re.lastIndex = pos - lead;
    if (re.test(text) && re.lastIndex > pos) return re.lastIndex;
  }
  return -1;
}

export function isChineseNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && CHN_SET.has(ch);
}

/** End of a NUMERAL_FOLLOWERS word at `pos` (届, 号, 部分, …), or -1. */
export function followerEnd(text: string, pos: number): number {
  FOLLOWER_Y.lastIndex = pos;
  return FOLLOWER_Y.test(text) ? FOLLOWER_Y.lastIndex : -1;
}

/** A CJK ideograph (the basic block is enough for report text). */
export function isIdeograph(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '\u4e00' && ch <= '\u9fff';
}
