import type { TextRange } from '../quantity/types.js';
import { tagWords } from './jieba.js';

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
  const slice = text.slice(range.start, range.end);
  const tagged = tagWords(slice);
  const tokens: Token[] = [];
  let at = 0;
  for (const { word, tag } of tagged) {
    if (word.length === 0) continue;
    const found = slice.startsWith(word, at) ? at : slice.indexOf(word, at);
    if (found < 0) continue;
    tokens.push({ word, tag, start: range.start + found, end: range.start + found + word.length });
    at = found + word.length;
  }
  return tokens;
}
