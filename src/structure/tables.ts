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

import {
  captionAndUnit, columnUnit, mostFrequent, captionText, isFigure, isNumericCell, type Line, type RawCell,
  splitLines,
} from './table-lines.js';
export { columnUnit } from './table-lines.js';
import { findStackedTables, findSingleSpaceTables } from './stacked-tables.js';
import { findWrappedPipeTables } from './pipe-tables.js';

const GROWTH_HEADER = /比上年增[长减]|同比|增长|增幅|增速|增减|[±]\s*[%％]/;


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

/** A short label line such as 其中： that groups the rows below it. */
const isGroupLabel = (line: Line): boolean => line.row === null && /^[\s\u3000]*\S{1,12}[：:]\s*$/.test(line.text);

/** Most frequent cell count among rows; ties go to the wider layout. */
function dominantWidth(rows: readonly Line[]): number {
  return mostFrequent(rows.map((line) => line.row?.cells.length ?? 0));
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
 * an optional caption line (表1 …), unit line (单位：吨) and header row above them; and the
 * flattened layouts of stacked-tables.ts (one cell per line, single-spaced columns).
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
  // layouts without a delimiter (src/structure/stacked-tables.ts), where no delimited table is
  // a pipe table whose rows wrap over lines replaces the pieces the line-by-line reading made of it
  const wrapped = findWrappedPipeTables(text, lines);
  const kept = tables.filter((t) => !wrapped.some((w) => t.range.start < w.range.end && w.range.start < t.range.end));
  const all = [...kept, ...wrapped];
  const flattened = [...findStackedTables(lines), ...findSingleSpaceTables(lines)].filter(
    (t) => !all.some((d) => t.range.start < d.range.end && d.range.start < t.range.end),
  );
  return [...all, ...flattened].sort((a, b) => a.range.start - b.range.start);
}
