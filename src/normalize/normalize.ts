import type { TextRange } from '../quantity/types.js';
import { converterNoiseLength } from './converter-noise.js';
import { isJoinableBreak } from './line-joins.js';
import { isParagraphBreak } from './paragraph-breaks.js';

/**
 * The text every later stage reads, with a map back to the source.
 *
 * Normalisation only substitutes one character for one character or deletes characters,
 * so `sourceIndex[i]` (the source index of normalised character i) is strictly increasing
 * and every normalised range maps back to exactly one source range.
 */
export interface NormalizedText {
  readonly source: string;
  readonly text: string;
  /** Source index of each normalised character; length = text.length + 1 (last = source.length). */
  readonly sourceIndex: Int32Array;
}

/** Full-width forms that occur inside quantities, mapped to their ASCII twins. */
const SYMBOL_MAP: Readonly<Record<string, string>> = {
  '％': '%',
  '﹪': '%',
  '．': '.',
  '＋': '+',
  '－': '-',
  '～': '~',
  '／': '/',
  '＜': '<',
  '＞': '>',
  '＝': '=',
  '\u3000': ' ',
  '\u00a0': ' ',
};

/** Half-width clause punctuation, read as its full-width form (not between digits). */
const HALF_WIDTH_PUNCTUATION: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：' };

/** Almost every character is below the full-width block and not an odd space: it stays as it is. */
function keepsItself(code: number): boolean {
  return code < 0xff00 && code !== 0x3000 && code !== 0x00a0 && code !== 0xfe6a;
}

function mapChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (keepsItself(code)) return ch;
  if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
    return String.fromCharCode(code - 0xfee0);
  }
  return SYMBOL_MAP[ch] ?? ch;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '\u3400' && ch <= '\u9fff';
}

/**
 * A row of a table whose cells are split by single spaces (`油 料 1325.6 4.2`): its spaces
 * separate cells, none of them is stray. No sentence punctuation, two figures or more at the end
 * (one figure after a space is as often prose: `达到 60%`).
 */
const SPACED_TABLE_ROW = /^[^，。；！？,;:：\n]{1,80}?(?:[ \u00a0\u3000](?:[-+]?\d[\d,]*(?:\.\d+)?[%‰]?|[-—])){2,}[ \t\u3000]*$/;

/** `1 086万元`: a space before a group of three digits splits thousands; `88.3 100` are two figures. */
const THOUSANDS_AFTER_SPACE = /^\d{3}(?![\d.])/;

/** A space next to a number that the writer (or a converter) put inside the quantity: `15 分钟`, `达到 60%`. */
function isStraySpace(before: string | undefined, after: string | undefined, afterText: string): boolean {
  if (isDigit(before) && isDigit(after)) return THOUSANDS_AFTER_SPACE.test(afterText);
  if (isDigit(before)) return isCjk(after) || after === '%' || after === '.';
  if (isDigit(after)) return isCjk(before) || before === '.';
  return false;
}

/**
 * Normalises a report's text: full-width digits, letters and quantity symbols become
 * ASCII (`２８２亿元` → `282亿元`, `％` → `%`), spaces stranded inside quantities are
 * dropped (`15 分钟` → `15分钟`), a line break that cuts a sentence in two is removed, and
 * so is a converter's pinyin after a character (`億(yi) 元` → `億元`, src/normalize/converter-noise.ts).
 * An optional same-length simplified view (for traditional-character reports) is applied
 * character by character.
 *
 * @example
 * const n = normalizeText('增长６．５％');
 * n.text; // '增长6.5%'
 * toSourceRange(n, { start: 2, end: 6 }); // { start: 2, end: 6 }
 */
export function normalizeText(source: string, simplifiedView?: string | null): NormalizedText {
  const view = simplifiedView && simplifiedView.length === source.length ? simplifiedView : source;
  const isSpacedTableRow = spacedRowTest(view);
  const parts: string[] = [];
  const index = new Int32Array(source.length + 1);
  let n = 0;
  let run = 0; // start of the current run of characters copied unchanged
  let lastCode = -1; // the last character written (-1: none yet), for the stray-space test
  const flush = (until: number): void => {
    if (until > run) parts.push(view.slice(run, until));
  };
  let i = 0;
  while (i < source.length) {
    const code = view.charCodeAt(i);
    // the common case, tested on the code so that no one-character string is made for it
    if (code !== 0x0a && code !== 0x0d && code !== 0x20 && code !== 0x09 && code !== 0x28 && code !== 0x2c && code !== 0x3b && code !== 0x3a && keepsItself(code)) {
      index[n++] = i;
      lastCode = code;
      i++;
      continue;
    }
    if (code === 0x28) {
      const noise = converterNoiseLength(view, i, lastCode);
      if (noise > 0) {
        flush(i);
        run = i + noise;
        i += noise;
        continue;
      }
    }
    const raw = view[i] as string;
    // half-width punctuation in Chinese text (web pages): the full-width form the rules read,
    // except between digits (1,234 / 10:30)
    const wide = HALF_WIDTH_PUNCTUATION[raw];
    if (wide !== undefined) {
      const betweenDigits = isDigit(lastCode < 0 ? undefined : String.fromCharCode(lastCode)) && isDigit(view[i + 1]);
      if (!betweenDigits) {
        flush(i);
        parts.push(wide);
        run = i + 1;
      }
      index[n++] = i;
      lastCode = (betweenDigits ? raw : wide).charCodeAt(0);
      i++;
      continue;
    }
    if (raw === '\n' || raw === '\r') {
      let j = i;
      while (j < source.length && /\s/.test(view[j] as string)) j++;
      if (isJoinableBreak(view, i, j)) {
        flush(i);
        run = j;
        i = j;
        continue;
      }
      // line breaks stay, one char each, so paragraph structure survives
      index[n++] = i;
      lastCode = code;
      i++;
      continue;
    }
    const ch = mapChar(raw);
    if (ch === ' ' || ch === '\t') {
      let j = i;
      while (j < source.length && (mapChar(view[j] as string) === ' ' || view[j] === '\t')) j++;
      const next = j < source.length ? mapChar(view[j] as string) : undefined;
      // a page joined into one line: the space where a paragraph, heading or title ended
      if (j - i === 1 && isParagraphBreak(view, i)) {
        flush(i);
        parts.push('\n');
        run = j;
        index[n++] = i;
        lastCode = 0x0a;
        i = j;
        continue;
      }
      // one space inside a quantity is a typo or a converter's; a wider gap separates table cells
      if (ch === ' ' && j - i === 1 && isStraySpace(lastCode < 0 ? undefined : String.fromCharCode(lastCode), next, view.slice(j, j + 4)) &&
          !isSpacedTableRow(i)) {
        flush(i);
        run = j;
        i = j;
        continue;
      }
      for (let k = i; k < j; k++) {
        if (view[k] !== ' ' && view[k] !== '\t') {
          flush(k);
          parts.push(' ');
          run = k + 1;
        }
        index[n++] = k;
      }
      lastCode = 0x20;
      i = j;
      continue;
    }
    if (ch !== raw) {
      flush(i);
      parts.push(ch);
      run = i + 1;
    }
    index[n++] = i;
    lastCode = ch.charCodeAt(0);
    i++;
  }
  flush(source.length);
  index[n] = source.length;
  return { source, text: parts.join(''), sourceIndex: n === source.length ? index : index.slice(0, n + 1) };
}

/** Whether the line holding `at` is a single-spaced table row; one answer per line (a long line has many spaces). */
function spacedRowTest(text: string): (at: number) => boolean {
  let lineStart = -1;
  let lineEnd = -1;
  let answer = false;
  return (at) => {
    if (at < lineStart || at >= lineEnd) {
      lineStart = text.lastIndexOf('\n', at - 1) + 1;
      const newline = text.indexOf('\n', at);
      lineEnd = newline < 0 ? text.length : newline;
      answer = SPACED_TABLE_ROW.test(text.slice(lineStart, lineEnd));
    }
    return answer;
  };
}

/** Maps a range of the normalised text back to the source. */
export function toSourceRange(norm: NormalizedText, range: TextRange): TextRange {
  if (range.end <= range.start) {
    const at = norm.sourceIndex[range.start] ?? norm.source.length;
    return { start: at, end: at };
  }
  const start = norm.sourceIndex[range.start] ?? norm.source.length;
  const last = norm.sourceIndex[range.end - 1] ?? norm.source.length - 1;
  return { start, end: last + 1 };
}
