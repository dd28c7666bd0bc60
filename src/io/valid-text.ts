import type { Warning } from '../schema/document.js';

/** What {@link validText} replaced, for the document's warnings. */
export interface TextRepairs {
  readonly nul: number;
  readonly loneSurrogates: number;
}

const NUL_OR_SURROGATE = /[\u0000\ud800-\udfff]/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one (code units, no `u` flag). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The text with every NUL and every lone surrogate replaced by U+FFFD, one unit for one, so
 * offsets stay valid. Sinks refuse both (PostgreSQL rejects NUL in text; a lone surrogate is
 * not encodable as UTF-8, so SQLite would store invalid bytes), and a NUL is never report text.
 *
 * @example
 * validText('增长\u00006%\ud800').text; // '增长\ufffd6%\ufffd'
 */
export function validText(text: string): { text: string; repairs: TextRepairs } {
  if (!NUL_OR_SURROGATE.test(text)) return { text, repairs: { nul: 0, loneSurrogates: 0 } };
  let nul = 0;
  const withoutNul = text.replace(/\u0000/g, () => {
    nul += 1;
    return '\ufffd';
  });
  let loneSurrogates = 0;
  const wellFormed = withoutNul.replace(LONE_SURROGATE, () => {
    loneSurrogates += 1;
    return '\ufffd';
  });
  return { text: wellFormed, repairs: { nul, loneSurrogates } };
}

/**
 * The warnings a reader of the document needs about bytes that were not text.
 *
 * @example
 * repairWarnings({ nul: 1, loneSurrogates: 0 }, 2);
 * // [{ code: 'invalid-bytes', … }, { code: 'nul-replaced', message: '1 NUL character replaced by U+FFFD' }]
 */
export function repairWarnings(repairs: TextRepairs, invalidBytes: number): Warning[] {
  const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;
  const out: Warning[] = [];
  if (invalidBytes > 0) out.push({ code: 'invalid-bytes', message: `${plural(invalidBytes, 'invalid UTF-8 sequence')} replaced by U+FFFD` });
  if (repairs.nul > 0) out.push({ code: 'nul-replaced', message: `${plural(repairs.nul, 'NUL character')} replaced by U+FFFD` });
  if (repairs.loneSurrogates > 0) out.push({ code: 'lone-surrogate-replaced', message: `${plural(repairs.loneSurrogates, 'lone surrogate')} replaced by U+FFFD` });
  return out;
}
