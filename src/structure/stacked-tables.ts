import {
  captionAndUnit, captionText, isCaption, isFigure, isNumericCell, MAX_CELL_CHARS, mostFrequent, PROSE_PUNCTUATION, UNIT_LINE,
  type Line,
} from './table-lines.js';
import type { TextCell, TextTable } from './tables.js';

/**
 * Tables that web pages and PDF converters flatten so that no delimiter marks the cells:
 *
 * - stacked: one cell per line, blank lines between — the header's cells, then each row's
 *   name followed by its figures (`地区生产总值 / 2728738.78 / 2716503.16 / 4.0`);
 * - single-spaced: a row's cells split by one space while the names hold spaces too
 *   (`油 料 1325.6 4.2` under `品 种 产量(吨) 比上年增长%`): the figures at the end of the rows
 *   make the columns, the header's last words name them.
 */

interface CellLine {
  readonly line: Line;
  readonly cell: TextCell;
  readonly figure: boolean;
}

function trimmedCell(line: Line): TextCell {
  const lead = line.text.length - line.text.trimStart().length;
  const text = line.text.trim();
  const start = line.start + lead;
  return { range: { start, end: start + text.length }, text, column: '' };
}

/** A line that can be one cell of a stacked table: short, no sentence punctuation, not a caption. */
function asCellLine(line: Line): CellLine | null {
  const text = line.text.trim();
  // a lone - is a missing figure here, not a ruling line
  if (text === '' || line.row !== null || (line.rule && !isFigure(text))) return null;
  if (text.length > MAX_CELL_CHARS || PROSE_PUNCTUATION.test(text) || isCaption(text) || UNIT_LINE.test(text)) return null;
  return { line, cell: trimmedCell(line), figure: isFigure(text) };
}

function tableOf(lines: readonly Line[], headerCells: readonly TextCell[], firstLine: Line, rows: TextTable['rows']): TextTable {
  const found = captionAndUnit(lines, lines.indexOf(firstLine));
  const fromCaption = found.caption === null ? null : captionText(found.caption);
  const start = found.start ?? (headerCells[0] ?? rows[0]?.label)?.range.start ?? firstLine.start;
  const lastRow = rows[rows.length - 1];
  const end = (lastRow?.cells.at(-1) ?? lastRow?.label)?.range.end ?? start;
  return {
    range: { start, end },
    caption: fromCaption?.caption ?? null,
    unit: found.unit ?? fromCaption?.unit ?? null,
    header: headerCells.map((c) => ({ ...c, column: c.text })),
    rows,
  };
}

/**
 * Stacked tables: runs of one-cell lines (blank lines between allowed) in which at least two
 * names are each followed by the same number of figures.
 *
 * @example
 * findStackedTables(splitLines('指标\n\n产量(吨)\n\n粮食\n\n12.5\n\n油料\n\n3.1'))
 * // [{ header: [指标, 产量(吨)], rows: [{ label: 粮食, cells: [12.5] }, { label: 油料, cells: [3.1] }] }]
 */
export function findStackedTables(lines: readonly Line[]): TextTable[] {
  const tables: TextTable[] = [];
  let run: CellLine[] = [];
  const close = (): void => {
    const table = stackedTable(lines, run);
    if (table) tables.push(table);
    run = [];
  };
  for (const line of lines) {
    if (line.text.trim() === '') continue;
    const cell = asCellLine(line);
    if (cell) run.push(cell);
    else close();
  }
  close();
  return tables;
}

function stackedTable(lines: readonly Line[], run: readonly CellLine[]): TextTable | null {
  // groups: a name and the figures right after it
  const groups: { at: number; figures: number }[] = [];
  for (let k = 0; k < run.length; k++) {
    if (run[k]?.figure) continue;
    let f = 0;
    while (run[k + 1 + f]?.figure) f++;
    if (f > 0) groups.push({ at: k, figures: f });
  }
  if (groups.length < 2) return null;
  const width = mostFrequent(groups.map((g) => g.figures));
  if (groups.filter((g) => g.figures === width).length < 2) return null;
  // every figure must be a number or a placeholder, and some must be numbers
  const firstAt = (groups[0] as { at: number }).at;
  // the header: the names right before the first row, one per column (the name column's may lack)
  let headerStart = firstAt;
  while (headerStart > 0 && !run[headerStart - 1]?.figure && firstAt - headerStart < width + 1) headerStart--;
  const headerLines = firstAt - headerStart >= width ? run.slice(headerStart, firstAt) : [];
  const headerCells = headerLines.map((c) => c.cell);
  const offset = headerCells.length - width; // 1 when the name column has a header
  const rows = groups.map((g) => {
    const label = (run[g.at] as CellLine).cell;
    const cells = run.slice(g.at + 1, g.at + 1 + Math.min(g.figures, width)).map((c, k) => ({
      ...c.cell,
      column: headerCells[k + offset]?.text ?? '',
    }));
    return { label, cells };
  });
  if (!rows.some((r) => r.cells.some((c) => isNumericCell(c.text)))) return null;
  const first = (headerLines[0] ?? run[firstAt]) as CellLine;
  return tableOf(lines, headerCells, first.line, rows);
}

const TRAILING_FIGURES = /((?:[ \u00a0](?:[-+−]?\d[\d,]*(?:\.\d+)?[%‰]?|[-—]))+)$/;

/** A single-spaced row: a name, then figures each after one space. */
function spacedRow(line: Line): { label: TextCell; cells: TextCell[] } | null {
  if (line.row !== null || line.rule) return null;
  const text = line.text.trimEnd();
  const lead = text.length - text.trimStart().length;
  const body = text.slice(lead);
  if (body.length > 80 || PROSE_PUNCTUATION.test(body) || /[,，:：]/.test(body)) return null;
  const figures = TRAILING_FIGURES.exec(body);
  if (!figures?.[1] || figures.index === 0) return null;
  const labelText = body.slice(0, figures.index).trim();
  if (!/[\u3400-\u9fff]/.test(labelText)) return null;
  const base = line.start + lead;
  const cells: TextCell[] = [];
  const re = /[^ \u00a0]+/g;
  for (let m = re.exec(figures[1]); m !== null; m = re.exec(figures[1])) {
    const start = base + figures.index + m.index;
    cells.push({ range: { start, end: start + m[0].length }, text: m[0], column: '' });
  }
  return { label: { range: { start: base, end: base + labelText.length }, text: labelText, column: '' }, cells };
}

/**
 * Single-spaced tables: at least two consecutive rows ending in the same number of figures,
 * under a header whose last words name those columns (or three rows without a header).
 *
 * @example
 * findSingleSpaceTables(splitLines('品 种 产量(吨) 比上年增长%\n油 料 1325.6 4.2\n棉 花 52.1 -3.0'))
 * // [{ header: [产量(吨), 比上年增长%], rows: [{ label: 油 料, cells: [1325.6, 4.2] }, …] }]
 */
export function findSingleSpaceTables(lines: readonly Line[]): TextTable[] {
  const tables: TextTable[] = [];
  for (let i = 0; i < lines.length; ) {
    const first = spacedRow(lines[i] as Line);
    if (!first) {
      i++;
      continue;
    }
    const width = first.cells.length;
    const rows = [first];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const row = spacedRow(lines[j] as Line);
      if (!row || row.cells.length !== width) break;
      rows.push(row);
    }
    const headerCells = headerOf(lines[i - 1], width);
    if (rows.length >= 2 && (headerCells.length > 0 || rows.length >= 3) && rows.some((r) => r.cells.some((c) => isNumericCell(c.text)))) {
      const named = rows.map((r) => ({ label: r.label, cells: r.cells.map((c, k) => ({ ...c, column: headerCells[k]?.text ?? '' })) }));
      tables.push(tableOf(lines, headerCells, headerCells.length > 0 ? (lines[i - 1] as Line) : (lines[i] as Line), named));
    }
    i = j;
  }
  return tables;
}

/** The last `width` words of the line above the rows, when none of its words is a figure. */
function headerOf(line: Line | undefined, width: number): TextCell[] {
  if (!line || line.row !== null) return [];
  const words: TextCell[] = [];
  const re = /[^ \u00a0\t]+/g;
  for (let m = re.exec(line.text); m !== null; m = re.exec(line.text)) {
    const start = line.start + m.index;
    words.push({ range: { start, end: start + m[0].length }, text: m[0], column: '' });
  }
  if (words.length < width + 1 || words.some((w) => isFigure(w.text)) || PROSE_PUNCTUATION.test(line.text)) return [];
  return words.slice(words.length - width);
}
