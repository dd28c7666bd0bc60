/**
 * Residue that script converters and mirror sites leave inside Chinese text: the pinyin of a
 * character in brackets right after it, often with a space after the bracket. Removed during
 * normalisation (the offset map keeps spans pointing at the source, noise included).
 */

/** One reading: lowercase Latin letters with at least one vowel, tone marks allowed, 1–6 letters. */
const PINYIN_IN_BRACKETS = /^\((?=[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[aeiouüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/;

export const CONVERTER_NOISE_EXAMPLES = {
  removed: ['地區(qū)生產總值 → 地區生產總值', '24.21億(yi) 元 → 24.21億元', '產(chan) 業(ye) 結構 → 產業結構'],
  kept: ['地区生产总值(GDP)', '人口(万人)', 'PM2.5(ug)', '工业(a)'],
} as const;

const isCjkCode = (code: number): boolean => code >= 0x3400 && code <= 0x9fff;

/**
 * How many characters of converter noise start at `at` (a `(`), given the code of the last
 * character kept before it; 0 when there is none. A single space after the bracket goes too.
 *
 * @example
 * converterNoiseLength('億(yi) 元', 1, '億'.charCodeAt(0)); // 5
 * converterNoiseLength('值(GDP)', 1, '值'.charCodeAt(0)); // 0
 */
export function converterNoiseLength(text: string, at: number, previousCode: number): number {
  if (!isCjkCode(previousCode)) return 0;
  const match = PINYIN_IN_BRACKETS.exec(text.slice(at, at + 9));
  if (match === null) return 0;
  // 工业(a): a one-letter label is a footnote or list mark, not a reading
  if (match[0].length < 4) return 0;
  let end = at + match[0].length;
  if (text[end] === ' ' && text[end + 1] !== ' ' && text[end + 1] !== '\n') end++;
  return end - at;
}
