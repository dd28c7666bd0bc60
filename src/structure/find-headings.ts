import type { TextRange } from '../quantity/types.js';
import { HEADING_RULES, HEADING_TITLE_END, MAX_LINE_TITLE, type HeadingRule } from './rules/headings.js';

/** A heading found in the text, before levels and ids are assigned. */
export interface HeadingMatch {
  readonly ruleId: string;
  readonly rank: number;
  readonly ordinal: string;
  readonly title: string;
  /** Ordinal + title, in the text. */
  readonly headingRange: TextRange;
}

/** A line of the text: [start, end) without its line break. */
export interface Line {
  readonly start: number;
  readonly end: number;
}

/**
 * Splits text into lines (\n, \r\n or \r), keeping offsets.
 *
 * @example
 * splitLines('a\r\nb'); // [{ start: 0, end: 1 }, { start: 3, end: 4 }]
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13) {
      lines.push({ start, end: i });
      if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: text.length });
  return lines;
}

const LEADING_SPACE = /^[ \t\u3000\u00a0]*/;
const TRAILING_JUNK = /[\s\u3000：:，,；;]+$/;
const BAD_TITLE_START = /^[，,。；;：:、%）)]/;
const LONG_TITLE_CUT = /[；;：:]/;

/**
 * Reads a heading at the start of one line, or returns null. Offsets are relative to the line.
 *
 * @example
 * matchHeading('（一）产业结构持续优化，动能转换取得新成效。“优存量”方面');
 * // { rule: <heading-cn-paren>, ordinal: '（一）', start: 0, titleStart: 3, titleEnd: 21 }
 */
export function matchHeading(
  line: string,
): { rule: HeadingRule; ordinal: string; start: number; titleStart: number; titleEnd: number } | null {
  const start = (LEADING_SPACE.exec(line)?.[0] ?? '').length;
  const rest = line.slice(start);
  for (const rule of HEADING_RULES) {
    const m = rule.pattern.exec(rest);
    if (!m) continue;
    const titleStart = start + m[0].length;
    const body = line.slice(titleStart);
    const stop = HEADING_TITLE_END.exec(body);
    let title = stop ? body.slice(0, stop.index) : body;
    if (!stop && title.length > MAX_LINE_TITLE) {
      const cut = LONG_TITLE_CUT.exec(title);
      if (cut) title = title.slice(0, cut.index);
    }
    title = title.replace(TRAILING_JUNK, '');
    if (BAD_TITLE_START.test(title)) continue;
    if (rule.titleRejects?.test(rule.wholeLine ? body.trim() : title)) continue;
    if (rule.wholeLine && stop) continue;
    if (title.length === 0 && !rule.allowEmptyTitle) continue;
    // with an empty title the heading is the ordinal alone, separators excluded
    const titleEnd = title.length === 0 ? start + rule.ordinal(m).length : titleStart + title.length;
    return { rule, ordinal: rule.ordinal(m), start, titleStart, titleEnd };
  }
  return null;
}

/**
 * Every heading in the text, in order. A heading starts a line (after optional spaces);
 * its title runs to the first 。！？ or to the line end.
 *
 * @example
 * findHeadings('一、综合\n全年实现地区生产总值282亿元。').map((h) => h.title); // ['综合']
 */
const NOTES_OPENER = /^\s*(注|说明|附注)[：:]/;
/** Ranks (see rules/headings.ts) that a notes block numbers its items with: （一） and below. */
const HIGHEST_NOTE_ITEM_RANK = 2;

export function findHeadings(text: string): HeadingMatch[] {
  const found: HeadingMatch[] = [];
  // items numbered under a 注：/说明： block are notes, not sections, until the next higher heading
  let notesRank: number | null = null;
  for (const line of splitLines(text)) {
    if (line.end === line.start) continue;
    const lineText = text.slice(line.start, line.end);
    if (NOTES_OPENER.test(lineText)) {
      notesRank = Number.POSITIVE_INFINITY;
      continue;
    }
    const hit = matchHeading(lineText);
    if (!hit) continue;
    if (notesRank !== null && hit.rule.rank >= HIGHEST_NOTE_ITEM_RANK) continue;
    notesRank = null;
    found.push({
      ruleId: hit.rule.id,
      rank: hit.rule.rank,
      ordinal: hit.ordinal,
      title: text.slice(line.start + hit.titleStart, line.start + Math.max(hit.titleStart, hit.titleEnd)),
      headingRange: { start: line.start + hit.start, end: line.start + hit.titleEnd },
    });
  }
  return found;
}
