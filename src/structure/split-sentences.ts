import type { TextRange } from '../quantity/types.js';
import { splitLines } from './find-headings.js';

/** Sentence ends. Half-width !? too: the normaliser may have converted ！？. */
const SENTENCE_END = new Set(['。', '！', '？', '!', '?']);
/** Closing marks that stay with the sentence they close: 。” */
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '】', '》', '"', "'"]);
/** Clause delimiters; ，：； always, their ASCII twins only when not between digits (1,234 / 10:30). */
const CLAUSE_END = new Set(['，', '；', '：']);
const ASCII_CLAUSE_END = new Set([',', ';', ':']);
/** Brackets whose inside is never split into clauses, when they close inside the sentence. */
const PAIRS: ReadonlyMap<string, string> = new Map([['《', '》'], ['（', '）'], ['(', ')'], ['“', '”'], ['「', '」'], ['【', '】']]);

const SPACE = /[\s\u3000]/;

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Shrinks a range past surrounding whitespace; null when nothing is left. */
export function trimRange(text: string, start: number, end: number): TextRange | null {
  let s = start;
  let e = end;
  while (s < e && SPACE.test(text[s] as string)) s++;
  while (e > s && SPACE.test(text[e - 1] as string)) e--;
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
 * Sentences of one paragraph: each ends at 。！？ (with any closing quotes after it) or at
 * the paragraph end.
 *
 * @example
 * sentenceRanges('增长5%。“稳”字当头！', { start: 0, end: 12 }); // [{ start: 0, end: 5 }, { start: 5, end: 12 }]
 */
export function sentenceRanges(text: string, paragraph: TextRange): TextRange[] {
  const out: TextRange[] = [];
  let start = paragraph.start;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    if (!SENTENCE_END.has(text[i] as string)) continue;
    let end = i + 1;
    while (end < paragraph.end && (SENTENCE_END.has(text[end] as string) || CLOSERS.has(text[end] as string))) end++;
    const r = trimRange(text, start, end);
    if (r) out.push(r);
    start = end;
    i = end - 1;
  }
  const last = trimRange(text, start, paragraph.end);
  if (last) out.push(last);
  return out;
}

/** Offsets inside brackets that close within [start, end), as a mask over that range. */
function protectedOffsets(text: string, start: number, end: number): { has(offset: number): boolean } {
  const inside = new Uint8Array(Math.max(0, end - start));
  const stack: { open: string; at: number }[] = [];
  for (let i = start; i < end; i++) {
    const ch = text[i] as string;
    const top = stack[stack.length - 1];
    if (top && PAIRS.get(top.open) === ch) {
      stack.pop();
      if (stack.length === 0) inside.fill(1, top.at + 1 - start, i - start);
    } else if (PAIRS.has(ch)) {
      stack.push({ open: ch, at: i });
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
  while (run > sentence.start && (SENTENCE_END.has(text[run - 1] as string) || CLOSERS.has(text[run - 1] as string))) run--;
  let stop = sentence.end;
  for (let k = run; k < sentence.end; k++) {
    if (SENTENCE_END.has(text[k] as string)) {
      stop = k;
      break;
    }
  }
  const out: TextRange[] = [];
  let start = sentence.start;
  for (let i = sentence.start; i < stop; i++) {
    const ch = text[i] as string;
    const splits =
      !guarded.has(i) &&
      (CLAUSE_END.has(ch) || (ASCII_CLAUSE_END.has(ch) && !(isDigit(text[i - 1]) && isDigit(text[i + 1]))));
    if (!splits) continue;
    const r = trimRange(text, start, i);
    if (r) out.push(r);
    start = i + 1;
  }
  const last = trimRange(text, start, stop);
  if (last) out.push(last);
  return out;
}
