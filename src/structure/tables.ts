import type { TextRange } from '../quantity/types.js';

/** One trimmed cell; `text.slice(range.start, range.end) === cell.text`. */
export interface TextCell {
  readonly range: TextRange;
  readonly text: string;
  /** Header text of the cell's column ('' when the table has no header for it). */
  readonly column: string;
}

export interface TextTableRow {
  /** First cell: what the row measures (粮食总产量, 其中：小麦). */
  readonly label: TextCell;
  readonly cells: readonly TextCell[];
}

/** A table laid out as text: TAB-, pipe- or space-separated rows. */
export interface TextTable {
  /** From the caption (or unit line, or first row) to the end of the last row. */
  readonly range: TextRange;
  readonly caption: string | null;
  /** From a 单位：… line or a caption suffix such as （亿元）. */
  readonly unit: string | null;
  /** The header row as written; empty when the table has none. */
  readonly header: readonly TextCell[];
  readonly rows: readonly TextTableRow[];
}

type Delimiter = 'tab' | 'pipe' | 'space';

interface RawCell {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The line split into cells, or null when it is not a row (prose, a single cell). */
  readonly row: { readonly delimiter: Delimiter; readonly cells: readonly RawCell[] } | null;
  /** A ruling line (|---|---|, +----+, ────) that may sit between rows. */
  readonly rule: boolean;
}

/** How each layout separates cells. Leading indentation is removed before splitting. */
const DELIMITERS: readonly { readonly id: Delimiter; readonly applies: RegExp; readonly separator: RegExp; readonly examples: readonly string[] }[] = [
  { id: 'tab', applies: /\t/, separator: /[ \u3000]*\t[\t \u3000]*/g, examples: ['粮食\t12345\t2.3'] },
  { id: 'pipe', applies: /\|/, separator: /\s*\|\s*/g, examples: ['| 粮食 | 12345 | 2.3 |'] },
  // Two spaces, or one full-width space (as wide as two), separate cells; one ASCII space does not.
  { id: 'space', applies: /[ \u00a0\u3000]{2,}|\u3000/, separator: /[ \u00a0\u3000]{2,}|\u3000/g, examples: ['粮食    12345    2.3'] },
];

const RULE_LINE = /^[\s|+:=\-─━┼┬┴├┤│]+$/;
/** Cells are short phrases and figures; sentence punctuation means prose. */
const PROSE_PUNCTUATION = /[。；，！？]/;
const MAX_CELL_CHARS = 40;

const NUMBER = String.raw`[-+−±]?\d[\d,，]*(?:\.\d+)?`;
const CELL_UNITS = String.raw`[万亿千百]?(?:元|美元|吨|亩|公顷|人次|人|户|个|家|项|公里|千米|平方米|平方公里|立方米|千瓦时|千瓦|辆|台|套|座|所|件|次)`;
/** A figure as written in a table cell: 282, -1.2, 16.29%, (3.5), 1,234万元. */
const NUMERIC_CELL = new RegExp(String.raw`^[（(]?${NUMBER}[)）]?\s*(?:[%‰]|${CELL_UNITS})?$`);
/** A missing figure: —, -, …, /, ×. */
const PLACEHOLDER_CELL = /^(?:[-—–…/×]+|－+)$/;

/** 单位：吨 / （单位：万元） / 计量单位：亿元 on a line of its own. */
const UNIT_LINE = /^[（(]?\s*(?:计量)?单位\s*[：:]\s*([^\s（）()]{1,12})\s*[)）]?$/;
const UNIT_INLINE = /[（(]?\s*(?:计量)?单位\s*[：:]\s*([^\s（）()]{1,12})\s*[)）]?\s*$/;
const CAPTION_NUMBERED = /^(?:附\s*)?表\s*[0-9０-９一二三四五六七八九十]+(?:[-—.．]\d+)?(?![0-9０-９])/;
const CAPTION_TITLED = /^[^\t|]{2,40}(?:情况|统计|一览表|汇总表|明细表|统计表)(?:\s*[（(][^（）()]{1,8}[)）])?$/;
/** 表1 …, or a short title ending in 情况/统计表 that is not itself split into cells. */
const isCaption = (line: string): boolean =>
  CAPTION_NUMBERED.test(line) || (CAPTION_TITLED.test(line) && !/[ \u3000]{2,}|\u3000/.test(line));
const TRAILING_PARENS = /[（(]\s*([^（）()]{1,10}?)\s*[)）]\s*$/;
const UNIT_LIKE = /^(?:[万亿千百十]?(?:元|美元|吨|亩|公顷|人|户|个|家|项|米|公里|千米|平方米|平方公里|立方米|千瓦时|千瓦|瓦|辆|台|套|件|次|人次|克|千克|升|头|只|张|册|床|所|座|条|处)|%|‰|‱|个百分点|百分点|倍)$/;
const GROWTH_HEADER = /比上年增[长减]|同比|增长|增幅|增速|增减|[±]\s*[%％]/;

const isNumericCell = (text: string): boolean => NUMERIC_CELL.test(text);
const isPlaceholder = (text: string): boolean => PLACEHOLDER_CELL.test(text);
const isFigure = (text: string): boolean => isNumericCell(text) || isPlaceholder(text);

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

/**
 * True for a column holding growth rates (比上年增长, 同比±%, 增幅, 增速).
 *
 * @example
 * isGrowthColumn('比上年增长(%)'); // true
 * isGrowthColumn('产量(吨)'); // false
 */
export function isGrowthColumn(header: string): boolean {
  return GROWTH_HEADER.test(header);
}

function splitCells(text: string, start: number, end: number, separator: RegExp): RawCell[] {
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

function splitRow(text: string, start: number, end: number): Line['row'] {
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
  if (cells.length < 2 || !acceptable || cells.some((c) => c.text === '')) return null;
  return { delimiter: delimiter.id, cells };
}

function splitLines(text: string): Line[] {
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

/** A short label line such as 其中： that groups the rows below it. */
const isGroupLabel = (line: Line): boolean => line.row === null && /^[\s\u3000]*\S{1,12}[：:]\s*$/.test(line.text);

/** Most frequent cell count among rows; ties go to the wider layout. */
function dominantWidth(rows: readonly Line[]): number {
  const counts = new Map<number, number>();
  for (const line of rows) {
    const n = line.row?.cells.length ?? 0;
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [n, count] of counts) {
    if (count > bestCount || (count === bestCount && n > best)) [best, bestCount] = [n, count];
  }
  return best;
}

function captionAndUnit(lines: readonly Line[], before: number): { caption: Line | null; unit: string | null; start: number | null } {
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

function captionText(line: Line): { caption: string; unit: string | null } {
  const trimmed = line.text.trim();
  const inline = UNIT_INLINE.exec(trimmed);
  if (inline !== null && inline.index > 0) {
    return { caption: trimmed.slice(0, inline.index).trim(), unit: inline[1] ?? null };
  }
  return { caption: trimmed, unit: columnUnit(trimmed) };
}

function buildTable(lines: readonly Line[], block: readonly number[]): TextTable | null {
  const rowLines = block.map((i) => lines[i]).filter((l): l is Line => l?.row != null);
  const width = dominantWidth(rowLines);
  if (width < 2) return null;
  const firstFull = block.findIndex((i) => lines[i]?.row?.cells.length === width);
  if (firstFull < 0) return null;
  // A header may lack the top-left cell: one cell short, all labels, right before the first full row.
  const previous = firstFull > 0 ? lines[block[firstFull - 1] ?? -1] : undefined;
  const shortHeader = previous?.row?.cells.length === width - 1 && previous.row.cells.every((c) => !isFigure(c.text)) ? previous : null;
  const full = block.slice(firstFull).map((i) => lines[i]).filter((l): l is Line => l?.row?.cells.length === width);
  const first = full[0];
  if (first?.row == null) return null;
  const fullHeader = shortHeader === null && first.row.cells.every((c) => !isFigure(c.text)) ? first : null;
  const headerLine = shortHeader ?? fullHeader;
  const dataLines = fullHeader !== null ? full.slice(1) : full;
  const data = dataLines.filter((l) => l.row?.cells.slice(1).some((c) => isNumericCell(c.text)));
  // A table either has a header and a figure row, or at least two figure rows.
  if (data.length === 0 || (headerLine === null && data.length < 2)) return null;

  const headerCells = headerLine?.row?.cells ?? [];
  const offset = width - headerCells.length; // 1 when the label column has no header
  const columnOf = (k: number): string => headerCells[k - offset]?.text ?? '';
  const toCell = (c: RawCell, k: number): TextCell => ({ range: { start: c.start, end: c.end }, text: c.text, column: columnOf(k) });
  const rows = data.map((line) => {
    const cells = (line.row?.cells ?? []).map(toCell);
    const [label, ...rest] = cells;
    return { label: label ?? toCell({ start: line.start, end: line.start, text: '' }, 0), cells: rest };
  });
  const header = headerCells.map((c) => ({ range: { start: c.start, end: c.end }, text: c.text, column: c.text }));

  const firstLineIndex = lines.indexOf(headerLine ?? first);
  const found = captionAndUnit(lines, firstLineIndex);
  const fromCaption = found.caption === null ? null : captionText(found.caption);
  const firstCell = (headerLine ?? first).row?.cells[0];
  const lastCell = rows[rows.length - 1]?.cells.at(-1) ?? rows[rows.length - 1]?.label;
  const start = found.start ?? firstCell?.start ?? 0;
  const end = lastCell?.range.end ?? start;
  return {
    range: { start, end },
    caption: fromCaption?.caption ?? null,
    unit: found.unit ?? fromCaption?.unit ?? null,
    header,
    rows,
  };
}

/**
 * Finds tables laid out as text: at least two rows with the same number of cells, split by
 * TAB, by `|`, or by runs of two or more spaces (one full-width space counts as two), with
 * an optional caption line (表1 …), unit line (单位：吨) and header row above them.
 * Ranges index into `text`.
 *
 * @example
 * findTextTables('单位：万吨\n指标\t产量\t比上年增长(%)\n粮食\t12.5\t2.3\n油料\t3.1\t-1.2');
 * // [{ unit: '万吨', header: [指标, 产量, 比上年增长(%)], rows: [{ label: 粮食, cells: [12.5, 2.3] }, …] }]
 */
export function findTextTables(text: string): TextTable[] {
  const lines = splitLines(text);
  const tables: TextTable[] = [];
  let i = 0;
  while (i < lines.length) {
    const delimiter = lines[i]?.row?.delimiter;
    if (delimiter === undefined) {
      i++;
      continue;
    }
    // A block: consecutive rows of one layout, with rulings and 其中：-style labels between them.
    const block: number[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      const line = lines[j];
      if (line === undefined) break;
      if (line.row?.delimiter === delimiter) block.push(j);
      else if (!(line.rule || (isGroupLabel(line) && lines[j + 1]?.row?.delimiter === delimiter))) break;
    }
    const table = buildTable(lines, block);
    if (table !== null) tables.push(table);
    i = Math.max(j, i + 1);
  }
  return tables;
}
