/**
 * The lines of a text and the cells they split into: what every table finder reads.
 */

export type Delimiter = 'tab' | 'pipe' | 'space';

export interface RawCell {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The line split into cells, or null when it is not a row (prose, a single cell). */
  readonly row: { readonly delimiter: Delimiter; readonly cells: readonly RawCell[] } | null;
  /** A ruling line (|---|---|, +----+, ────) that may sit between rows. */
  readonly rule: boolean;
}

/** How each layout separates cells. Leading indentation is removed before splitting. */
export const DELIMITERS: readonly { readonly id: Delimiter; readonly applies: RegExp; readonly separator: RegExp; readonly examples: readonly string[] }[] = [
  { id: 'tab', applies: /\t/, separator: /[ \u3000]*\t[\t \u3000]*/g, examples: ['粮食\t12345\t2.3'] },
  { id: 'pipe', applies: /\|/, separator: /\s*\|\s*/g, examples: ['| 粮食 | 12345 | 2.3 |'] },
  // Two spaces, or one full-width space (as wide as two), separate cells; one ASCII space does not.
  { id: 'space', applies: /[ \u00a0\u3000]{2,}|\u3000/, separator: /[ \u00a0\u3000]{2,}|\u3000/g, examples: ['粮食    12345    2.3'] },
];

export const RULE_LINE = /^[\s|+:=\-─━┼┬┴├┤│]+$/;
/** Cells are short phrases and figures; sentence punctuation means prose. */
export const PROSE_PUNCTUATION = /[。；，！？]/;
export const MAX_CELL_CHARS = 40;

export const NUMBER = String.raw`[-+−±]?\d[\d,，]*(?:\.\d+)?`;
export const CELL_UNITS = String.raw`[万亿千百]?(?:元|美元|吨|亩|公顷|人次|人|户|个|家|项|公里|千米|平方米|平方公里|立方米|千瓦时|千瓦|辆|台|套|座|所|件|次)`;
/** A figure as written in a table cell: 282, -1.2, 16.29%, (3.5), 1,234万元. */
export const NUMERIC_CELL = new RegExp(String.raw`^[（(]?${NUMBER}[)）]?\s*(?:[%‰]|${CELL_UNITS})?$`);
/** A missing figure: —, -, …, /, ×. */
export const PLACEHOLDER_CELL = /^(?:[-—–…/×]+|－+)$/;

/** 单位：吨 / （单位：万元） / 计量单位：亿元 on a line of its own. */
export const UNIT_LINE = /^[（(]?\s*(?:计量)?单位\s*[：:]\s*([^\s（）()]{1,12})\s*[)）]?$/;
export const UNIT_INLINE = /[（(]?\s*(?:计量)?单位\s*[：:]\s*([^\s（）()]{1,12})\s*[)）]?\s*$/;
export const CAPTION_NUMBERED = /^(?:附\s*)?表\s*[0-9０-９一二三四五六七八九十]+(?:[-—.．]\d+)?(?![0-9０-９])/;
export const CAPTION_TITLED = /^[^\t|]{2,40}(?:情况|统计|一览表|汇总表|明细表|统计表)(?:\s*[（(][^（）()]{1,8}[)）])?$/;
/** 表1 …, or a short title ending in 情况/统计表 that is not itself split into cells. */
export const isCaption = (line: string): boolean =>
  CAPTION_NUMBERED.test(line) || (CAPTION_TITLED.test(line) && !/[ \u3000]{2,}|\u3000/.test(line));

export const isNumericCell = (text: string): boolean => NUMERIC_CELL.test(text);
export const isPlaceholder = (text: string): boolean => PLACEHOLDER_CELL.test(text);
export const isFigure = (text: string): boolean => isNumericCell(text) || isPlaceholder(text);

export function splitCells(text: string, start: number, end: number, separator: RegExp): RawCell[] {
  const cells: RawCell[] = [];
  let cellStart = start;
  const push = (from: number, to: number): void => {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(text[a] ?? '')) a++;
    while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
    cells.push({ start: a, end: b, text: text.slice(a, b) });
  };
  const re = new RegExp(separator.source, 'g');
  re.lastIndex = start;
  for (let m = re.exec(text); m !== null && m.index + m[0].length <= end; m = re.exec(text)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    push(cellStart, m.index);
    cellStart = m.index + m[0].length;
  }
  push(cellStart, end);
  return cells;
}

export function splitRow(text: string, start: number, end: number): Line['row'] {
  let a = start;
  while (a < end && /[\s\u3000]/.test(text[a] ?? '')) a++;
  let b = end;
  while (b > a && /[\s\u3000]/.test(text[b - 1] ?? '')) b--;
  const content = text.slice(a, b);
  const delimiter = DELIMITERS.find((d) => d.applies.test(content));
  if (delimiter === undefined) return null;
  if (delimiter.id === 'pipe') {
    // Outer pipes of | a | b | frame the row; they do not open empty cells.
    if (text[a] === '|') a++;
    if (b > a && text[b - 1] === '|') b--;
  }
  const cells = splitCells(text, a, b, delimiter.separator);
  const acceptable = cells.every((c) => c.text.length <= MAX_CELL_CHARS && !PROSE_PUNCTUATION.test(c.text));
  // a pipe row may leave cells empty (| 二、衣着 | -0.8 | |); other layouts cannot show them
  const emptyCellsOk = delimiter.id === 'pipe' && cells[0]?.text !== '';
  if (cells.length < 2 || !acceptable || (!emptyCellsOk && cells.some((c) => c.text === ''))) return null;
  // 指  标, 工  业: a word spaced out letter by letter is one cell, not a row
  if (delimiter.id === 'space' && cells.every((c) => c.text.length === 1)) return null;
  return { delimiter: delimiter.id, cells };
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const next = newline < 0 ? text.length : newline;
    const end = text[next - 1] === '\r' ? next - 1 : next;
    const body = text.slice(start, end);
    const trimmed = body.trim();
    // Captions and unit lines are often spaced out (表1  主要产品产量  单位：吨) but are not rows.
    const heading = isCaption(trimmed) || UNIT_LINE.test(trimmed) || UNIT_INLINE.test(trimmed);
    lines.push({ start, end, text: body, row: heading ? null : splitRow(text, start, end), rule: trimmed !== '' && RULE_LINE.test(body) });
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}

export function captionAndUnit(lines: readonly Line[], before: number): { caption: Line | null; unit: string | null; start: number | null } {
  let caption: Line | null = null;
  let unit: string | null = null;
  let start: number | null = null;
  let blanks = 0;
  // Caption and unit line come in either order, possibly with blank lines between.
  for (let i = before - 1; i >= 0 && (caption === null || unit === null); i--) {
    const line = lines[i];
    if (line === undefined) break;
    const trimmed = line.text.trim();
    if (trimmed === '') {
      if (++blanks > 2) break;
      continue;
    }
    const unitMatch = UNIT_LINE.exec(trimmed);
    if (unitMatch !== null && unit === null) {
      unit = unitMatch[1] ?? null;
      start = line.start + line.text.indexOf(trimmed);
    } else if (caption === null && isCaption(trimmed)) {
      caption = line;
      start = line.start + line.text.indexOf(trimmed);
    } else {
      break;
    }
  }
  return { caption, unit, start };
}

export function captionText(line: Line): { caption: string; unit: string | null } {
  const trimmed = line.text.trim();
  const inline = UNIT_INLINE.exec(trimmed);
  if (inline !== null && inline.index > 0) {
    return { caption: trimmed.slice(0, inline.index).trim(), unit: inline[1] ?? null };
  }
  return { caption: trimmed, unit: columnUnit(trimmed) };
}

/** The most frequent of some counts; ties go to the larger (the wider layout). */
export function mostFrequent(values: Iterable<number>): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount || (c === bestCount && v > best)) [best, bestCount] = [v, c];
  return best;
}

export const TRAILING_PARENS = /[（(]\s*([^（）()]{1,10}?)\s*[)）]\s*$/;
export const UNIT_LIKE = /^(?:[万亿千百十]?(?:元|美元|吨|亩|公顷|人|户|个|家|项|米|公里|千米|平方米|平方公里|立方米|千瓦时|千瓦|瓦|辆|台|套|件|次|人次|克|千克|升|头|只|张|册|床|所|座|条|处)|%|‰|‱|个百分点|百分点|倍)$/;

/**
 * The unit a column header names in trailing parentheses (or a bare trailing %), or null.
 *
 * @example
 * columnUnit('产量(吨)'); // '吨'
 * columnUnit('比上年增长(%)'); // '%'
 * columnUnit('金额（亿元）'); // '亿元'
 * columnUnit('指标'); // null
 */
export function columnUnit(header: string): string | null {
  const inner = TRAILING_PARENS.exec(header)?.[1]?.replace(/^单位\s*[：:]\s*/, '').replace('％', '%');
  if (inner !== undefined && UNIT_LIKE.test(inner)) return inner;
  return /[%％]\s*$/.test(header) && !/[（(]/.test(header) ? '%' : null;
}
