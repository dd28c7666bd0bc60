import type { SqlValue } from './ddl.js';
import type { DocumentSink } from './document-sink.js';
import { FLAT_COLUMNS, flatIndicators } from './flat-indicators.js';
import { openTextTarget } from './text-target.js';

const FILE_NAME = 'zhibiao.csv';

/** Spreadsheet programs read UTF-8 only when the file starts with a byte-order mark. */
const BOM = '\uFEFF';

/** RFC 4180: records end in CRLF; a field with a quote, comma or line break is quoted, quotes doubled. */
const EOL = '\r\n';

function csvField(value: SqlValue): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvLine(values: readonly SqlValue[]): string {
  return values.map(csvField).join(',') + EOL;
}

/**
 * Writes `DIR/zhibiao.csv`: UTF-8 with BOM, a header row of `FLAT_COLUMNS`, one row per
 * indicator, replaced atomically on close like the jsonl output. NULL is an empty field.
 *
 * @example
 * const sink = await openCsvWriter('output');
 * await sink.write(doc);
 * await sink.close(); // output/zhibiao.csv
 */
export async function openCsvWriter(out: string): Promise<DocumentSink> {
  const target = await openTextTarget(out, FILE_NAME);
  await target.write(BOM + csvLine(FLAT_COLUMNS));
  return {
    async write(doc) {
      const rows = flatIndicators(doc).map((record) => csvLine(FLAT_COLUMNS.map((c) => record[c] ?? null)));
      if (rows.length > 0) await target.write(rows.join(''));
    },
    close: () => target.commit(),
    abort: () => target.discard(),
  };
}
