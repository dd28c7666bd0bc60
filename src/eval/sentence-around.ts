import type { Span } from '../schema/document.js';

/** Where a sentence ends in these reports; ；and ， stay inside, as in the contract's `sentence`. */
const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '\n']);

/**
 * The sentence of `source` that holds `span` (grown to whole sentences when the span
 * crosses an end mark), trimmed. Offsets outside the text are clamped.
 *
 * @example
 * sentenceAround('一、概况\n预计全区地区生产总值完成282亿元，同比增长6%；…。下一句。', { start: 10, end: 30 })
 * // '预计全区地区生产总值完成282亿元，同比增长6%；…。'
 */
export function sentenceAround(source: string, span: Span): string {
  const from = Math.min(Math.max(0, span.start), source.length);
  const to = Math.min(Math.max(from, span.end), source.length);
  let start = from;
  while (start > 0 && !SENTENCE_END.has(source.charAt(start - 1))) start -= 1;
  let end = to;
  // A span that ends on an end mark has already reached the end of its sentence.
  if (end === 0 || !SENTENCE_END.has(source.charAt(end - 1))) {
    while (end < source.length && !SENTENCE_END.has(source.charAt(end))) end += 1;
    if (end < source.length && source.charAt(end) !== '\n') end += 1;
  }
  return source.slice(start, end).trim();
}
