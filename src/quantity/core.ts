import type { Qualifier } from '../schema/document.js';
import { isChineseBigPlace, isChinesePlace, parseChineseNumeral } from './chinese-numeral.js';
import { arabicLengthAt, chineseLengthAt, exclusionEnd, matchAfter, matchBefore, type CompiledUnit, type CueMatch } from './matchers.js';
import { SQUARE_METRES_PER_MU } from './rules/units.js';
import type { NumberToken, QuantityMention, TextRange } from './types.js';

/**
 * A number candidate before its context is read: where it is, what it is worth, and for a
 * Chinese numeral ending in 万/亿 (两万, 三千万) the head that stays the number when the
 * 万/亿 turns out to belong to a unit right after it (两万人 → 2 万人, like 2万人).
 */
export interface Core {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly script: NumberToken['script'];
  readonly ruleId: string;
  readonly shape: 'arabic' | 'place' | 'point' | 'digits' | 'single' | 'lone' | 'roman' | 'fraction';
  readonly signed: boolean;
  /** End of the head, or -1 when the numeral has no detachable 万/亿 tail. */
  readonly headEnd: number;
  readonly headValue: number;
  readonly tailFactor: number;
}

const NO_HEAD = { headEnd: -1, headValue: Number.NaN, tailFactor: 1 } as const;

/** Rounds away binary noise: 18.95 × 1e8 is 1895000000, not 1895000000.0000002. */
export function clean(x: number): number {
  // an integer under 10^15 has at most 15 digits: nothing to round, and no string to make
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return x;
  return Number.isFinite(x) ? Number(x.toPrecision(15)) : x;
}

export function arabicCore(text: string, start: number, end: number, signed: boolean): Core {
  const raw = text.slice(signed ? start + 1 : start, end);
  const magnitude = Number(raw.includes(',') ? raw.replace(/,/g, '') : raw);
  const value = signed && text[start] === '-' ? -magnitude : magnitude;
  return { start, end, value, script: 'arabic', ruleId: 'numeral-arabic', shape: 'arabic', signed, ...NO_HEAD };
}

export function chineseCore(text: string, start: number, end: number): Core {
  const run = text.slice(start, end);
  const value = parseChineseNumeral(run);
  let shape: Core['shape'];
  if (run.includes('点')) shape = 'point';
  else if (run.length === 1) shape = isChinesePlace(run) && run !== '十' && run !== '拾' ? 'lone' : 'single';
  else shape = [...run].some(isChinesePlace) ? 'place' : 'digits';
  let ruleId = 'numeral-chinese';
  if (Number.isNaN(value)) ruleId = 'numeral-invalid';
  else if (shape === 'digits') ruleId = 'numeral-chinese-digits';
  else if (shape === 'single') ruleId = 'numeral-chinese-single';
  else if (shape === 'lone') ruleId = 'numeral-lone-multiplier';

  const tail = run.endsWith('万亿') ? 2 : isChineseBigPlace(run[run.length - 1]) ? 1 : 0;
  if (tail > 0 && run.length > tail) {
    const head = run.slice(0, run.length - tail);
    const headValue = parseChineseNumeral(head);
    if (![...head].some(isChineseBigPlace) && Number.isFinite(headValue)) {
      const tailFactor = tail === 2 ? 1e12 : parseChineseNumeral(run.slice(run.length - 1));
      return { start, end, value, script: 'chinese', ruleId, shape, signed: false, headEnd: end - tail, headValue, tailFactor };
    }
  }
  return { start, end, value, script: 'chinese', ruleId, shape, signed: false, ...NO_HEAD };
}

/** An unsigned Arabic or Chinese numeral starting exactly at `pos` (a range's high end, a month after a year). */
export function readNumberAt(text: string, pos: number): Core | null {
  const a = arabicLengthAt(text, pos);
  if (a > 0) return arabicCore(text, pos, pos + a, false);
  const c = chineseLengthAt(text, pos);
  if (c > 0 && exclusionEnd(text, pos) < 0) return chineseCore(text, pos, pos + c);
  return null;
}

export function token(text: string, start: number, end: number, value: number, script: NumberToken['script'], ruleId: string): NumberToken {
  return { range: { start, end }, text: text.slice(start, end), value, script, ruleId };
}

/** The token of a core as scanned (no head split). */
export function coreToken(text: string, c: Core): NumberToken {
  return token(text, c.start, c.end, c.value, c.script, c.ruleId);
}

export function normalize(unit: CompiledUnit, multiplier: number, value: number, valueHigh?: number): NonNullable<QuantityMention['normalized']> {
  const f = multiplier * unit.info.factor;
  const v = clean(value * f);
  return {
    value: v,
    valueHigh: valueHigh !== undefined ? clean(valueHigh * f) : undefined,
    unit: unit.info.base,
    dimension: unit.info.dimension,
    squareMetres: unit.info.base === '亩' ? clean(v * SQUARE_METRES_PER_MU) : undefined,
  };
}

/** Qualifier cues around a quantity; the first found of between, before, after decides. */
export interface Cues {
  readonly qualifier: Qualifier;
  readonly qualifierRange: TextRange | undefined;
  readonly start: number;
  readonly end: number;
}

export function readCues(
  text: string,
  numberStart: number,
  end: number,
  cursor: number,
  between: CueMatch | null,
  dimension: CompiledUnit['info']['dimension'] | null,
  loneMultiplier: boolean,
): Cues {
  const before = matchBefore(text, numberStart, cursor, loneMultiplier);
  const after = matchAfter(text, end, dimension);
  const decisive = between ?? before ?? after;
  return {
    qualifier: decisive ? decisive.qualifier : null,
    qualifierRange: decisive ? { start: decisive.start, end: decisive.end } : undefined,
    start: before ? before.start : numberStart,
    end: after ? after.end : end,
  };
}

/**
 * A mention with no unit: an ordinal, a slogan digit, a number that names nothing yet.
 *
 * @example
 * bareMention({ start: 1, end: 4 }, { start: 2, end: 4 }, tokenOf19, 'ordinal') // 第十九 → kind 'bare'
 */
export function bareMention(range: TextRange, numberRange: TextRange, number: NumberToken, ruleId: string): QuantityMention {
  return {
    range,
    numberRange,
    value: number.value,
    valueHigh: undefined,
    unitText: null,
    unit: null,
    multiplier: 1,
    normalized: null,
    kind: 'bare',
    qualifier: null,
    qualifierRange: undefined,
    numbers: [number],
    ruleId,
  };
}
