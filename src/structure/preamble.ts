import type { TextRange } from '../quantity/types.js';
import { matchHeading, splitLines, type Line } from './find-headings.js';

/** The line that dates a speech: ——2024年1月9日在博山区第十九届人民代表大会… */
export interface DateLine {
  readonly range: TextRange;
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * A date line starts with a full date, after an optional dash or bracket, and the date is
 * followed by 在 (the venue), a closing bracket or the line end — never by a comma, which
 * marks a body sentence (2024年1月9日，全区召开…).
 */
const DATE_LINE = /^[ \t\u3000]*(?:[—–－-]+[ \t\u3000]*|[（(][ \t\u3000]*)?(\d{4})年(\d{1,2})月(\d{1,2})日(?=[ \t\u3000]*(?:在|[）)]|$))/;

/** How many non-empty lines from the top may hold the title and the date line. */
const PREAMBLE_LINES = 8;
/** Longer lines are prose, not a title. */
const MAX_TITLE_LINE = 80;
/** Words a report title ends with, used to join a title broken over two lines. */
const TITLE_END = /(?:报告|公报|纲要|计划|规划|总结|草案[）)]?|意见|方案|情况)$/;
/** The issuing body, printed under the title: 淄博市博山区统计局, 博山区人民政府. */
const ISSUER = /(?:局|人民政府|政府|委员会|办公室|中心|调查队)$/;
const NOT_TITLE = /[。！？!?；;]$|^各位|^同志们/;
/** A title names its genre; page furniture above it (导航菜单, 设为首页) does not. */
const TITLE_WORD = /报告|公报|纲要|规划|总结|草案|决算|预算|说明|通报/;

function nonEmptyLines(text: string, before: number): Line[] {
  const out: Line[] = [];
  for (const line of splitLines(text)) {
    if (line.start >= before || out.length >= PREAMBLE_LINES) break;
    if (text.slice(line.start, line.end).trim().length > 0) out.push(line);
  }
  return out;
}

/**
 * The date line near the top of a report (before `before`, usually the first heading).
 *
 * @example
 * findDateLine('关于…的报告\n\n——2024年1月9日在博山区第十九届人民代表大会…')?.year; // 2024
 */
export function findDateLine(text: string, before: number = text.length): DateLine | null {
  for (const line of nonEmptyLines(text, before)) {
    const m = DATE_LINE.exec(text.slice(line.start, line.end));
    if (m) {
      return { range: { start: line.start, end: line.end }, year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    }
  }
  return null;
}

function trimmedRange(text: string, line: Line): TextRange {
  const raw = text.slice(line.start, line.end);
  const lead = raw.length - raw.trimStart().length;
  return { start: line.start + lead, end: line.start + raw.trimEnd().length };
}

function isTitleLine(text: string, line: Line): boolean {
  const s = text.slice(line.start, line.end).trim();
  return s.length > 0 && s.length <= MAX_TITLE_LINE && !NOT_TITLE.test(s) && matchHeading(s) === null && !DATE_LINE.test(s);
}

/**
 * The report's title: the first non-empty line, joined with the lines after it (up to the
 * date line, or one more line when there is none) while it does not yet end like a title
 * (…报告, …公报) and the next line is not the issuing body. The title string has its line
 * breaks removed, so it may differ from text.slice(range).
 *
 * @example
 * findTitle('关于博山区2023年…的报告\n\n——2024年1月9日在…\n').title; // '关于博山区2023年…的报告'
 */
export function findTitle(text: string, before: number = text.length): { title: string; range: TextRange } | null {
  const all = nonEmptyLines(text, before);
  // skip page furniture: start at the first title line that names a genre, if one does
  let named = all.findIndex((l) => isTitleLine(text, l) && TITLE_WORD.test(text.slice(l.start, l.end)));
  // …国民经济和社会发展 | 统计公报: a short genre line ends a title begun on the line above
  const above = all[named - 1];
  if (above && isTitleLine(text, above) && text.slice(all[named]?.start ?? 0, all[named]?.end ?? 0).trim().length <= 12) named--;
  const lines = named > 0 ? all.slice(named) : all;
  const dateAt = lines.findIndex((l) => DATE_LINE.test(text.slice(l.start, l.end)));
  const first = lines[0];
  if (!first || !isTitleLine(text, first)) return null;
  const lineText = (l: Line): string => text.slice(l.start, l.end).trim();
  // without a date line below it, a title spans at most two lines and must end like one
  const limit = dateAt > 0 ? dateAt : Math.min(2, lines.length);
  const picked: Line[] = [first];
  for (let i = 1; i < limit; i++) {
    const next = lines[i] as Line;
    if (TITLE_END.test(picked.map(lineText).join('')) || !isTitleLine(text, next) || ISSUER.test(lineText(next))) break;
    picked.push(next);
  }
  if (dateAt <= 0 && picked.length > 1 && !TITLE_END.test(picked.map(lineText).join(''))) picked.length = 1;
  const tail = picked[picked.length - 1] as Line;
  return { title: picked.map(lineText).join(''), range: { start: trimmedRange(text, first).start, end: trimmedRange(text, tail).end } };
}
