import { CHINESE_BIG_PLACES, CHINESE_DIGITS, CHINESE_POINT, CHINESE_SMALL_PLACES } from './rules/numerals.js';

const DIGIT = new Map<string, number>(CHINESE_DIGITS);
const SMALL = new Map<string, number>(CHINESE_SMALL_PLACES);
const BIG = new Map<string, number>(CHINESE_BIG_PLACES);

/** Every character a Chinese numeral can be made of (the point excluded). */
export const CHINESE_NUMERAL_CHARS: string = [...DIGIT.keys(), ...SMALL.keys(), ...BIG.keys()].join('');
export const CHINESE_DIGIT_CHARS: string = [...DIGIT.keys()].join('');
export const CHINESE_BIG_CHARS: string = [...BIG.keys()].join('');

export function chineseDigitValue(ch: string | undefined): number | undefined {
  return ch === undefined ? undefined : DIGIT.get(ch);
}

export function isChinesePlace(ch: string | undefined): boolean {
  return ch !== undefined && (SMALL.has(ch) || BIG.has(ch));
}

export function isChineseBigPlace(ch: string | undefined): boolean {
  return ch !== undefined && BIG.has(ch);
}

/** Digit by digit, the way years are written (二〇二三 → 2023). */
function digitSequence(s: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const d = DIGIT.get(s[i] as string);
    if (d === undefined) return Number.NaN;
    v = v * 10 + d;
  }
  return v;
}

/** An integer with places; NaN when the characters do not form one number (十四五). */
function placeValue(s: string, from: number, to: number): number {
  let hasPlace = false;
  for (let i = from; i < to; i++) if (isChinesePlace(s[i])) hasPlace = true;
  if (!hasPlace) return to > from ? digitSequence(s, from, to) : Number.NaN;

  let total = 0; // everything closed by 万/亿 so far
  let section = 0; // the open section below the next 万/亿
  let digit: number | null = null;
  let lastSmall = Infinity; // places must fall within a section: 千 > 百 > 十
  let lastBig = Infinity;
  let lastPlace = 0;
  let zero = false; // 一百零五: the trailing digit is units, not tens
  let started = false;
  for (let i = from; i < to; i++) {
    const ch = s[i] as string;
    const d = DIGIT.get(ch);
    if (d !== undefined) {
      if (d === 0) {
        if (digit !== null) return Number.NaN;
        zero = true;
      } else {
        if (digit !== null) return Number.NaN;
        digit = d;
      }
      started = true;
      continue;
    }
    const p = SMALL.get(ch);
    if (p !== undefined) {
      if (p >= lastSmall) return Number.NaN;
      // a place without a digit is worth one only at the very start (十四, 百万)
      const n = digit ?? (!started ? 1 : Number.NaN);
      if (Number.isNaN(n)) return Number.NaN;
      section += n * p;
      digit = null;
      lastSmall = p;
      lastPlace = p;
      zero = false;
      started = true;
      continue;
    }
    const b = BIG.get(ch) as number;
    let sec = section + (digit ?? 0);
    if (sec === 0) {
      if (started) {
        // 万亿: a 亿 right after 万 scales the whole number
        if (!(b === 1e8 && lastBig === 1e4 && section === 0 && digit === null)) return Number.NaN;
      } else sec = 1;
    }
    if (b === 1e8) {
      if (lastBig === 1e8) return Number.NaN;
      total = (total + sec) * 1e8;
    } else {
      if (lastBig <= 1e4) return Number.NaN;
      total += sec * 1e4;
    }
    section = 0;
    digit = null;
    lastSmall = Infinity;
    lastBig = b;
    lastPlace = b;
    zero = false;
    started = true;
  }
  if (digit !== null) {
    // 一万五 = 15000, 三百五 = 350: a bare trailing digit counts in the next lower place
    section += digit * (zero || lastPlace === 0 ? 1 : lastPlace / 10);
  }
  return total + section;
}

/**
 * Resolves a Chinese numeral (place values, digit sequences, a decimal point, financial
 * forms). Returns NaN when the characters do not form one valid number.
 *
 * @example
 * parseChineseNumeral('二万三千五百'); // 23500
 * parseChineseNumeral('二〇二三'); // 2023
 * parseChineseNumeral('三十五点五'); // 35.5
 * parseChineseNumeral('十四五'); // NaN
 */
export function parseChineseNumeral(s: string): number {
  const point = s.indexOf(CHINESE_POINT);
  if (point < 0) return placeValue(s, 0, s.length);
  const whole = placeValue(s, 0, point);
  let end = s.length;
  let scale = 1;
  while (end > point + 1 && isChineseBigPlace(s[end - 1])) {
    scale *= BIG.get(s[end - 1] as string) as number;
    end--;
  }
  if (end <= point + 1) return Number.NaN;
  let fraction = 0;
  let unit = 0.1;
  for (let i = point + 1; i < end; i++) {
    const d = DIGIT.get(s[i] as string);
    if (d === undefined) return Number.NaN;
    fraction += d * unit;
    unit /= 10;
  }
  return Number(((whole + fraction) * scale).toPrecision(15));
}
