import { isFigure, isNumericCell, type Line } from './table-lines.js';
import type { TextCell, TextTable, TextTableRow } from './tables.js';

/**
 * `|`-tables as web pages flatten them when each row no longer fits one line:
 *
 *   …明细如下: 执行情况表 | 预 算 科 目 | 本年收入计划 | 累计完成数 | 累计完成数 | … | 中央级 | 省级 | 合 计 | 税收收入 | 89275 | 7451 |
 *   | 5711 | 15348 | 17.19 |
 *   | 消费税 | 50 | 17 |
 *   |
 *   | 17 | 34.00 |
 *
 * The caption and header run on from the prose; a row goes on over the lines that start with a
 * figure or hold only `|`; every `|…|` with nothing in it — a line of its own, or the break
 * inside a row — is an empty cell. A header with more names than the rows have cells, where a
 * name is written twice in a row (a spanning cell), is read as two levels: the names after the
 * first level are the spanning column's sub-columns.
 */

interface Piece {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The piece holds a line break (the | ends one line and | starts the next). */
  readonly breaks: boolean;
}

const SENTENCE_BREAK = /[：:。；;]\s*/g;
/** Where the first level of a flattened header ends: a note column, or a column that names a figure. */
const FIRST_LEVEL_END = /备注|%|数$|额$|率$/;

function piecesOf(text: string, from: number, to: number): Piece[] {
  const pieces: Piece[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && text[i] !== '|') continue;
    const raw = text.slice(start, i);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    pieces.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed, breaks: raw.includes('\n') });
    start = i + 1;
  }
  return pieces;
}

const closeUp = (name: string): string => name.replace(/(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/g, '');

/** The value columns' names, two header levels made one (累计完成数 中央级). */
function columnNames(names: readonly string[], width: number): string[] {
  const repeated = names.findIndex((n, k) => k > 0 && n === names[k - 1]);
  if (repeated < 0 || names.length <= width) return names.slice(0, width);
  let firstLevelEnd = names.length;
  // the second-level names are the run at the end after the last first-level-looking name
  for (let k = names.length - 1; k > repeated; k--) {
    if (FIRST_LEVEL_END.test(names[k] as string)) break;
    firstLevelEnd = k;
  }
  const first = names.slice(0, firstLevelEnd);
  const second = names.slice(firstLevelEnd);
  const span = first[repeated] as string;
  const out: string[] = [];
  for (let k = 0; k < first.length; k++) {
    if (k === repeated) continue; // the second copy of the spanning name
    if (first[k] === span && k === repeated - 1) out.push(...second.map((s) => `${span} ${s}`));
    else out.push(first[k] as string);
  }
  return out.slice(0, width);
}

function cellOf(p: Piece, column: string): TextCell {
  return { range: { start: p.start, end: p.end }, text: p.text, column };
}

function tableFrom(text: string, lines: readonly Line[], first: number, last: number): TextTable | null {
  const firstLine = lines[first] as Line;
  const lastLine = lines[last] as Line;
  const pipeAt = text.indexOf('|', firstLine.start);
  // a caption run on from the prose: the words after its last sentence break
  const lead = text.slice(firstLine.start, pipeAt);
  let captionFrom = 0;
  for (const m of lead.matchAll(SENTENCE_BREAK)) captionFrom = (m.index ?? 0) + m[0].length;
  const captionText = lead.slice(captionFrom).trim();
  const pieces = piecesOf(text, pipeAt + 1, lastLine.end).filter((p, k, all) => k < all.length - 1 || p.text !== '');
  const isValue = (p: Piece): boolean => p.text !== '' && isFigure(p.text);
  const isName = (p: Piece): boolean => p.text !== '' && !isFigure(p.text);
  // the first row: the first name followed by a figure (empty pieces between allowed)
  let firstRow = -1;
  for (let k = 0; k < pieces.length && firstRow < 0; k++) {
    if (!isName(pieces[k] as Piece)) continue;
    let j = k + 1;
    while (j < pieces.length && (pieces[j] as Piece).text === '') j++;
    if (j < pieces.length && isValue(pieces[j] as Piece)) firstRow = k;
  }
  if (firstRow < 0) return null;
  const header = pieces.slice(0, firstRow).filter(isName);
  const rows: { label: Piece; cells: (Piece | null)[] }[] = [];
  for (let k = firstRow; k < pieces.length; k++) {
    const p = pieces[k] as Piece;
    if (isName(p)) {
      rows.push({ label: p, cells: [] });
      continue;
    }
    const row = rows[rows.length - 1];
    if (!row) continue;
    // a break followed by the next row's name ends the row; any other empty piece is a cell
    if (p.text === '' && p.breaks && (k + 1 >= pieces.length || isName(pieces[k + 1] as Piece))) continue;
    row.cells.push(p.text === '' ? null : p);
  }
  for (const row of rows) while (row.cells.length > 0 && row.cells[row.cells.length - 1] === null) row.cells.pop();
  const width = Math.max(...rows.map((r) => r.cells.length));
  if (rows.length < 2 || width < 1 || !rows.some((r) => r.cells.some((c) => c && isNumericCell(c.text)))) return null;
  const names = header.map((h) => closeUp(h.text));
  const columns = columnNames(names.slice(1), width);
  const tableRows: TextTableRow[] = rows.map((r) => ({
    label: cellOf(r.label, names[0] ?? ''),
    cells: r.cells.flatMap((c, k) => (c ? [cellOf(c, columns[k] ?? '')] : [])),
  }));
  const lastRow = tableRows[tableRows.length - 1] as TextTableRow;
  const start = captionText ? firstLine.start + captionFrom + (lead.slice(captionFrom).length - lead.slice(captionFrom).trimStart().length) : pipeAt;
  return {
    range: { start, end: (lastRow.cells.at(-1) ?? lastRow.label).range.end },
    caption: captionText || null,
    unit: null,
    header: header.map((h, k) => ({ range: { start: h.start, end: h.end }, text: h.text, column: names[k] ?? '' })),
    rows: tableRows,
  };
}

/** A row that goes on over the next line: a line that starts with a figure, or holds only `|`. */
function continues(line: string): boolean {
  const t = line.trim();
  if (t === '|') return true;
  const first = /^\|\s*([^|]*?)\s*\|/.exec(t)?.[1];
  // a ruling line (|---|---:|) separates the header; it continues nothing
  return first !== undefined && first !== '' && isNumericCell(first);
}

/**
 * Pipe tables whose rows go on over several lines or whose header runs on from the prose (see
 * above); ordinary pipe tables, one row a line, are left to findTextTables.
 *
 * @example
 * findWrappedPipeTables('表 | 科目 | 计划 | 完成 | 税收 | 100 |\n| 50 |\n| 增值税 | 40 |\n| 20 |', splitLines(…))
 * // [{ rows: [{ label: 税收, cells: [100, 50] }, { label: 增值税, cells: [40, 20] }] }]
 */
export function findWrappedPipeTables(text: string, lines: readonly Line[]): TextTable[] {
  const tables: TextTable[] = [];
  for (let i = 0; i < lines.length; ) {
    if (!(lines[i] as Line).text.includes('|')) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < lines.length && (lines[j + 1] as Line).text.includes('|')) j++;
    const wrapped = lines.slice(i + 1, j + 1).some((l) => continues(l.text));
    if (wrapped) {
      const table = tableFrom(text, lines, i, j);
      if (table) tables.push(table);
    }
    i = j + 1;
  }
  return tables;
}
