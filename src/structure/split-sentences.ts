import type { TextRange } from '../quantity/types.js';
import { CharClass, isAsciiDigit, WHITESPACE } from '../text/char-class.js';
import { splitLines } from './find-headings.js';

/** Sentence ends. Half-width !? too: the normaliser may have converted ！？. */
const SENTENCE_END = new CharClass(['。', '！', '？', '!', '?']);
/** Closing marks that stay with the sentence they close: 。” */
const CLOSERS = new CharClass(['”', '’', '」', '』', '）', ')', '】', '》', '"', "'"]);
/** Clause delimiters; ，：； always, their ASCII twins only when not between digits (1,234 / 10:30). */
const CLAUSE_END = new CharClass(['，', '；', '：']);
const ASCII_CLAUSE_END = new CharClass([',', ';', ':']);
/** Brackets whose inside is never split into clauses, when they close inside the sentence. */
const PAIRS: readonly (readonly [string, string])[] = [['《', '》'], ['（', '）'], ['(', ')'], ['“', '”'], ['「', '」'], ['【', '】']];
/** The closing code unit of each opening bracket (0 for anything else). */
const CLOSER_OF = new Uint16Array(0x10000);
for (const [open, close] of PAIRS) CLOSER_OF[open.charCodeAt(0)] = close.charCodeAt(0);

/** Shrinks a range past surrounding whitespace; null when nothing is left. */
export function trimRange(text: string, start: number, end: number): TextRange | null {
  let s = start;
  let e = end;
  while (s < e && WHITESPACE.at(text, s)) s++;
  while (e > s && WHITESPACE.at(text, e - 1)) e--;
  return s < e ? { start: s, end: e } : null;
}

/**
 * Non-blank lines, trimmed.
 *
 * @example
 * paragraphRanges('甲。\n\n  乙。 '); // [{ start: 0, end: 2 }, { start: 6, end: 8 }]
 */
export function paragraphRanges(text: string): TextRange[] {
  const out: TextRange[] = [];
  for (const line of splitLines(text)) {
    const r = trimRange(text, line.start, line.end);
    if (r) out.push(r);
  }
  return out;
}

/**
 * Longest sentence the later stages see, in UTF-16 units. Rules look back and forward within
 * a sentence, so a text with no sentence end (a pasted table, or `1%,` repeated) would cost
 * time quadratic in its length; real report sentences stay far below this.
 */
export const MAX_SENTENCE_LENGTH = 1000;

/** Where an overlong sentence may be cut: after a clause delimiter, else after a space, else anywhere not inside a number. */
const CUT_PREFERENCES: readonly ((text: string, i: number) => boolean)[] = [
  (text, i) => CLAUSE_END.at(text, i - 1) || (ASCII_CLAUSE_END.at(text, i - 1) && !isAsciiDigit(text.charCodeAt(i))),
  (text, i) => WHITESPACE.at(text, i - 1),
  (text, i) => !isAsciiDigit(text.charCodeAt(i - 1)) && !isAsciiDigit(text.charCodeAt(i)) && !/[\udc00-\udfff]/.test(text[i] ?? ''),
];

/** Cuts a sentence longer than MAX_SENTENCE_LENGTH into pieces no longer than that. */
function boundedPieces(text: string, range: TextRange, out: TextRange[]): void {
  let start = range.start;
  while (range.end - start > MAX_SENTENCE_LENGTH) {
    const limit = start + MAX_SENTENCE_LENGTH;
    let cut = limit;
    // the search stays in the second half, so every piece is at least half the limit long
    search: for (const fits of CUT_PREFERENCES) {
      for (let i = limit; i > start + MAX_SENTENCE_LENGTH / 2; i--) {
        if (fits(text, i)) {
          cut = i;
          break search;
        }
      }
    }
    const piece = trimRange(text, start, cut);
    if (piece) out.push(piece);
    start = cut;
  }
  const last = trimRange(text, start, range.end);
  if (last) out.push(last);
}

/**
 * Sentences of one paragraph: each ends at 。！？ (with any closing quotes after it) or at
 * the paragraph end; one longer than MAX_SENTENCE_LENGTH is cut at a clause delimiter.
 *
 * @example
 * sentenceRanges('增长5%。“稳”字当头！', { start: 0, end: 12 }); // [{ start: 0, end: 5 }, { start: 5, end: 12 }]
 */
export function sentenceRanges(text: string, paragraph: TextRange): TextRange[] {
  const out: TextRange[] = [];
  let start = paragraph.start;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    if (!SENTENCE_END.at(text, i)) continue;
    let end = i + 1;
    while (end < paragraph.end && (SENTENCE_END.at(text, end) || CLOSERS.at(text, end))) end++;
    const r = trimRange(text, start, end);
    if (r) boundedPieces(text, r, out);
    start = end;
    i = end - 1;
  }
  const last = trimRange(text, start, paragraph.end);
  if (last) boundedPieces(text, last, out);
  return out;
}

/** Offsets inside brackets that close within [start, end), as a mask over that range. */
function protectedOffsets(text: string, start: number, end: number): { has(offset: number): boolean } {
  const inside = new Uint8Array(Math.max(0, end - start));
  // open brackets as parallel stacks: the closer each one waits for, and where it opened
  const awaited: number[] = [];
  const openedAt: number[] = [];
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const depth = awaited.length;
    if (depth > 0 && awaited[depth - 1] === code) {
      awaited.pop();
      const at = openedAt.pop() as number;
      if (depth === 1) inside.fill(1, at + 1 - start, i - start);
    } else if (CLOSER_OF[code] !== 0) {
      awaited.push(CLOSER_OF[code] as number);
      openedAt.push(i);
    }
  }
  return { has: (offset: number): boolean => inside[offset - start] === 1 };
}

/**
 * Clauses of one sentence: split at ，；： (、 joins list items inside a clause), never inside
 * 《》, brackets or quotes; the delimiters and the sentence end are left out.
 *
 * @example
 * clauseRanges('地区生产总值增长5%以上，一般公共预算收入增长3%。', { start: 0, end: 26 });
 * // [{ start: 0, end: 12 }, { start: 13, end: 25 }]
 */
export function clauseRanges(text: string, sentence: TextRange): TextRange[] {
  const guarded = protectedOffsets(text, sentence.start, sentence.end);
  // the trailing run of ends and closers: cut at its first sentence end, so …（草案）。 keeps ）
  let run = sentence.end;
  while (run > sentence.start && (SENTENCE_END.at(text, run - 1) || CLOSERS.at(text, run - 1))) run--;
  let stop = sentence.end;
  for (let k = run; k < sentence.end; k++) {
    if (SENTENCE_END.at(text, k)) {
      stop = k;
      break;
    }
  }
  const out: TextRange[] = [];
  let start = sentence.start;
  for (let i = sentence.start; i < stop; i++) {
    const code = text.charCodeAt(i);
    const splits =
      !guarded.has(i) &&
      (CLAUSE_END.has(code) ||
        (ASCII_CLAUSE_END.has(code) && !(isAsciiDigit(text.charCodeAt(i - 1)) && isAsciiDigit(text.charCodeAt(i + 1)))));
    if (!splits) continue;
    const r = trimRange(text, start, i);
    if (r) out.push(r);
    start = i + 1;
  }
  const last = trimRange(text, start, stop);
  if (last) out.push(last);
  return out;
}
