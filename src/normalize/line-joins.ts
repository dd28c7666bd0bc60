/**
 * When is a line break a cut inside a sentence rather than the end of a paragraph?
 * The cues are data so that a new report layout is one line here.
 */

/** A line ending in one of these closes its sentence (or is a heading/label line). */
export const TERMINAL_PUNCTUATION: ReadonlySet<string> = new Set([
  '。', '！', '？', '!', '?', '：', ':', '；', ';', '”', '"', '）', ')', '》', '…',
]);

/**
 * Lines that open like these are headings or list items and never continue the line before.
 * Examples: `一、综合`, `（一）产业结构…`, `1.粮食`, `（1）`, `第一部分`, `——2024年1月9日`, `注：`, `表1`.
 */
export const BLOCK_OPENERS: readonly RegExp[] = [
  /^[一二三四五六七八九十]+、/,
  /^[（(][一二三四五六七八九十\d]+[）)]/,
  /^\d+(?:[.．](?!\d)|、)/, // 1. 1、 — but 0.3亿元 is a decimal cut by a wrap
  /^第[一二三四五六七八九十\d]+[部章节]/,
  /^[—–-]{1,2}/,
  /^注[：:]/,
  /^表\s*\d/,
  /^图\s*\d/,
  /^单位[：:]/,
];

/** A line ending like a report title is the title, not a wrapped body line. */
export const TITLE_LINE_END = /(?:公报|工作报告|的报告|执行情况|草案[）)]?)$/;

/** A cut line is a wrapped body line: long enough that it is not a title, label or signature. */
export const MIN_WRAPPED_LINE = 24;

function lineStartBefore(text: string, index: number): number {
  const nl = text.lastIndexOf('\n', index - 1);
  return nl + 1;
}

/**
 * True when the break between `text[lineEnd]` (the first break char) and `text[nextStart]`
 * (the first non-space char of the next non-empty line) cuts one sentence in two.
 *
 * @example
 * isJoinableBreak('…请各位政协委员和其他\n\n列席人员提出意见。', 11, 13) // true when the line is long enough
 */
export function isJoinableBreak(text: string, lineEnd: number, nextStart: number): boolean {
  if (nextStart >= text.length) return false;
  const lineStart = lineStartBefore(text, lineEnd);
  const line = text.slice(lineStart, lineEnd).trim();
  if (line.length < MIN_WRAPPED_LINE) return false;
  const last = line[line.length - 1] as string;
  if (TERMINAL_PUNCTUATION.has(last)) return false;
  if (line.includes('\t') || / {2,}/.test(line) || line.includes('|')) return false; // table rows
  // a title ends its line: …统计公报 | 建 昌 县 统 计 局 (the issuer below it)
  if (TITLE_LINE_END.test(line)) return false;
  // a whole-line heading stays on its own line; a paragraph that opens with one may wrap
  if (BLOCK_OPENERS.some((re) => re.test(line)) && !/[，。,；]/.test(line)) return false;
  const nextLineEnd = text.indexOf('\n', nextStart);
  const next = text.slice(nextStart, nextLineEnd < 0 ? text.length : nextLineEnd);
  if (BLOCK_OPENERS.some((re) => re.test(next))) return false;
  if (next.includes('\t') || next.includes('|')) return false;
  const first = next[0] as string;
  // a wrapped line may also cut a unit or a number (0.576mg/ | l, 28 | 2亿元, 2 | .5亿美元)
  if (first === '.' || first === '．') return /[0-9０-９]$/.test(line);
  // punctuation that never opens a line: the writer's line went on (…坚强领导下 | ,积极适应…)
  return /[\u3400-\u9fff0-9０-９“《（(A-Za-z%‰,，、；;）)]/.test(first);
}
