import type { TextRange } from '../quantity/types.js';
import { cutAndTag } from './jieba.js';

/** A jieba word with its part-of-speech tag and its place in the text. */
export interface Token {
  readonly word: string;
  readonly tag: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Segments `text.slice(range.start, range.end)` and returns the words with absolute offsets.
 * jieba drops nothing but may normalise nothing either, so offsets are found by walking
 * the text; a word it cannot find (never seen so far) is skipped rather than misplaced.
 *
 * @example
 * tokenize('新增首贷286户', { start: 0, end: 4 }); // [{word:'新增',tag:'v',start:0,end:2}, {word:'首贷',…,start:2,end:4}]
 */
export function tokenize(text: string, range: TextRange): Token[] {
  if (range.end <= range.start) return [];
  return tokensOf(text.slice(range.start, range.end), () => range.start);
}

/**
 * The words of `slice` as tokens, each found by walking the slice and moved by `shiftOf(start,
 * end)` of its place in the slice; a word whose shift is null is left out.
 */
function tokensOf(slice: string, shiftOf: (start: number, end: number) => number | null): Token[] {
  const { words, tags } = cutAndTag(slice);
  const tokens: Token[] = [];
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (word.length === 0) continue;
    const found = slice.startsWith(word, at) ? at : slice.indexOf(word, at);
    if (found < 0) continue;
    at = found + word.length;
    const shift = shiftOf(found, at);
    if (shift !== null) tokens.push({ word, tag: tags[i] as string, start: found + shift, end: at + shift });
  }
  return tokens;
}

/**
 * Segments the parts of a sentence where names can be — `windows` (the few words before
 * and after each figure) minus `blanks` (the figures themselves) — in one call, joined by
 * separators so that no word runs across a number or a gap, and returns a function that
 * gives the words of any range. A range whose edges fall inside a word is segmented on its
 * own; a range that starts before a window gets the words from the window's start.
 *
 * @example
 * const words = sentenceTokens('新增首贷286户', { start: 0, end: 9 }, [{ start: 4, end: 8 }], [{ start: 0, end: 9 }]);
 * words(0, 4).map((t) => t.word); // ['新增', '首贷']
 */
export function sentenceTokens(
  text: string,
  sentence: TextRange,
  blanks: readonly TextRange[],
  windows: readonly TextRange[] = [sentence],
): (start: number, end: number) => Token[] {
  let segmented: { tokens: Token[]; pieces: TextRange[] } | null = null;
  const cache = new Map<number, Token[]>();
  return (start: number, end: number): Token[] => {
    if (end <= start) return [];
    const key = start * 1_000_003 + end;
    const cached = cache.get(key);
    if (cached) return cached;
    segmented ??= segmentPieces(text, piecesOf(sentence, blanks, windows));
    const { tokens: all, pieces } = segmented;
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((all[mid] as Token).start < start) lo = mid + 1;
      else hi = mid;
    }
    const inside: Token[] = [];
    for (let i = lo; i < all.length && (all[i] as Token).end <= end; i++) inside.push(all[i] as Token);
    const first = inside[0];
    const last = inside[inside.length - 1];
    const startsClean = first !== undefined && (first.start === start || pieces.some((p) => p.start === first.start && p.start > start));
    const endsClean = last !== undefined && (last.end === end || pieces.some((p) => p.end === last.end && p.end < end && !pieces.some((q) => q.start < end && q.start >= p.end)));
    const tokens = startsClean && endsClean ? inside : tokenize(text, { start, end });
    cache.set(key, tokens);
    return tokens;
  };
}

/** The sentence's windows, merged, minus the blanks. */
function piecesOf(sentence: TextRange, blanks: readonly TextRange[], windows: readonly TextRange[]): TextRange[] {
  const merged: TextRange[] = [];
  for (const w of [...windows].sort((a, b) => a.start - b.start)) {
    const s = Math.max(w.start, sentence.start);
    const e = Math.min(w.end, sentence.end);
    if (e <= s) continue;
    const prev = merged[merged.length - 1];
    if (prev && s <= prev.end) merged[merged.length - 1] = { start: prev.start, end: Math.max(prev.end, e) };
    else merged.push({ start: s, end: e });
  }
  const pieces: TextRange[] = [];
  for (const m of merged) {
    let at = m.start;
    for (const b of blanks) {
      if (b.end <= at || b.start >= m.end) continue;
      if (b.start > at) pieces.push({ start: at, end: b.start });
      at = Math.max(at, b.end);
    }
    if (at < m.end) pieces.push({ start: at, end: m.end });
  }
  return pieces;
}

/** Segments the pieces in one call (joined by a separator) and maps the words back. */
function segmentPieces(text: string, pieces: readonly TextRange[]): { tokens: Token[]; pieces: TextRange[] } {
  let joined = '';
  const offsets: number[] = [];
  for (const p of pieces) {
    offsets.push(joined.length);
    joined += `${text.slice(p.start, p.end)}｜`;
  }
  let piece = 0;
  // each word moves from its place in `joined` to its place in the text; separators drop out
  const tokens = tokensOf(joined, (start, end) => {
    while (piece + 1 < pieces.length && start >= (offsets[piece + 1] as number)) piece++;
    const p = pieces[piece] as TextRange;
    const shift = p.start - (offsets[piece] as number);
    return end + shift > p.end ? null : shift;
  });
  return { tokens, pieces: [...pieces] };
}
