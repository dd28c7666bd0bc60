import { createRequire } from 'node:module';

type Convert = (text: string) => string;

/** Share of Han characters that must change under conversion before a text counts as traditional. */
const TRADITIONAL_SHARE = 0.01;
/** Characters inspected by the cheap check; reports are uniform, the head is representative. */
const SAMPLE_CHARS = 20_000;

let converter: Convert | null = null;

// OpenCC's 't' source covers both Taiwan and Hong Kong forms (裡/裏, 綫/線).
// OpenCC's tables (~14 MB) load only for a text that shows traditional characters.
const convert = (text: string): string =>
  (converter ??= (createRequire(import.meta.url)('opencc-js') as { Converter: (o: { from: string; to: string }) => Convert }).Converter({ from: 't', to: 'cn' }))(text);

/**
 * Characters written only in traditional forms and common in any report (們, 區, 經濟, 發展,
 * 國, 會, 產業, 億…): a text with none of them in its head is simplified, and OpenCC is not
 * consulted at all.
 */
const TRADITIONAL_MARKERS = /[們區縣經濟發國會產業億萬與為對實際計劃劃報總農動體這個來時過還從學開關車長門間見們歲點種類資設務處網線綫電產財稅衛環現]/;

const HAN = /\p{Script=Han}/u;

/** Share of Han characters in `sample` that the converter changes (0 when there are none). */
function changedShare(sample: string): number {
  let han = 0;
  let changed = 0;
  for (const ch of sample) {
    if (!HAN.test(ch)) continue;
    han++;
    let differs = changesUnderConversion.get(ch);
    if (differs === undefined) {
      differs = convert(ch) !== ch;
      changesUnderConversion.set(ch, differs);
    }
    if (differs) changed++;
  }
  return han === 0 ? 0 : changed / han;
}

/** Per character, once per process: a batch sees the same few thousand characters again and again. */
const changesUnderConversion = new Map<string, boolean>();

/** Converts one code point at a time, keeping any whose conversion would change the length. */
function convertByChar(text: string): string {
  let out = '';
  for (const ch of text) {
    const converted = convert(ch);
    out += converted.length === ch.length ? converted : ch;
  }
  return out;
}

/**
 * A simplified-Chinese view of a traditional-Chinese text, with exactly the same length so
 * that every offset found in the view is an offset into the original. Null when the text is
 * not traditional (fewer than 1% of its Han characters change).
 *
 * @example
 * toSimplifiedView('地區生產總值完成282億元，同比增長6%'); // '地区生产总值完成282亿元，同比增长6%'
 * toSimplifiedView('地区生产总值完成282亿元'); // null
 */
export function toSimplifiedView(text: string): string | null {
  if (!TRADITIONAL_MARKERS.test(text.slice(0, SAMPLE_CHARS))) return null;
  if (changedShare(text.slice(0, SAMPLE_CHARS)) <= TRADITIONAL_SHARE) return null;
  // Phrase-level conversion is better (乾淨 → 干净 but 乾隆 stays) when it keeps the length.
  const whole = convert(text);
  return isAligned(text, whole) ? whole : convertByChar(text);
}

/** Equal length and every non-Han character at the same index: phrase swaps did not shift text. */
function isAligned(text: string, converted: string): boolean {
  if (converted.length !== text.length) return false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (!HAN.test(ch) && converted[i] !== ch) return false;
  }
  return true;
}
