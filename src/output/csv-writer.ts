import type { SqlValue } from './ddl.js';
import type { DocumentSink } from './document-sink.js';
import { FLAT_COLUMNS, flatIndicators } from './flat-indicators.js';
import { openRecordStore, type RecordFormat } from './record-store.js';
import { prepareOutputFile, STDOUT_STREAM } from './text-target.js';

const FILE_NAME = 'zhibiao.csv';

/** Spreadsheet programs read UTF-8 only when the file starts with a byte-order mark. */
const BOM = '\uFEFF';

/** RFC 4180: records end in CRLF; a field with a quote, comma or line break is quoted, quotes doubled. */
const EOL = '\r\n';

/**
 * First characters that make a spreadsheet read a cell as a formula (=HYPERLINK(…) runs when
 * the file is opened). Following OWASP's CSV-injection guidance, such a text cell gets a
 * leading apostrophe, which spreadsheets show as text and do not evaluate. Numbers are written
 * as numbers (-0.5 stays -0.5): only text cells are neutralised.
 *
 * Examples: '=HYPERLINK("http://x")' → "'=HYPERLINK(""http://x"")"; '-3%' → "'-3%"; '@SUM(A1)' → "'@SUM(A1)".
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field.
 *
 * @example
 * csvField('=1+1'); // "'=1+1"
 * csvField(-0.5); // '-0.5'
 * csvField('增长"6%"'); // '"增长""6%"""'
 */
export function csvField(value: SqlValue): string {
  if (value === null) return '';
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvLine(values: readonly SqlValue[]): string {
  return values.map(csvField).join(',') + EOL;
}

/** The fields of one CSV record (RFC 4180), for reading a stored file back; the apostrophe of a neutralised cell removed. */
function csvFields(record: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < record.length; i++) {
    const ch = record[i];
    if (quoted) {
      if (ch === '"' && record[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch !== '\r' && ch !== '\n') field += ch;
  }
  fields.push(field);
  return fields.map((f) => (/^'[=+\-@\t\r]/.test(f) ? f.slice(1) : f));
}

const ID_COLUMN = FLAT_COLUMNS.indexOf('document_id');
const SHA_COLUMN = FLAT_COLUMNS.indexOf('sha256');
const SOURCE_COLUMN = FLAT_COLUMNS.indexOf('source');
const HEADER = csvLine(FLAT_COLUMNS);

/** CSV records end at a line break outside quotes; the header row is no document's. */
export const CSV_RECORDS: RecordFormat = {
  header: BOM + HEADER,
  isHeader: (record) => (record.startsWith(BOM) ? record.slice(1) : record) === HEADER,
  split(chunk) {
    const records: string[] = [];
    let quoted = false;
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i];
      if (ch === '"') quoted = !quoted;
      else if (ch === '\n' && !quoted) {
        records.push(chunk.slice(start, i + 1));
        start = i + 1;
      }
    }
    return { records, rest: chunk.slice(start) };
  },
  documentOf(record) {
    const line = record.startsWith(BOM) ? record.slice(1) : record;
    if (line === HEADER) return null;
    const fields = csvFields(line);
    const id = fields[ID_COLUMN];
    if (!id || fields.length !== FLAT_COLUMNS.length) return null;
    return { id, sha256: fields[SHA_COLUMN] || null, source: fields[SOURCE_COLUMN] || null };
  },
};

function rowsOf(doc: Parameters<DocumentSink['write']>[0]): string {
  return flatIndicators(doc)
    .map((record) => csvLine(FLAT_COLUMNS.map((c) => record[c] ?? null)))
    .join('');
}

/**
 * Writes `DIR/zhibiao.csv` (or `--out FILE.csv`): UTF-8 with BOM, a header row of
 * `FLAT_COLUMNS`, one row per indicator, text cells that would start a formula neutralised
 * (see FORMULA_START). A store like the jsonl output: earlier documents stay, a document
 * written again replaces its rows, the file is replaced atomically on close. NULL is an empty field.
 *
 * @example
 * const sink = await openCsvWriter('output');
 * await sink.write(doc);
 * await sink.close(); // output/zhibiao.csv
 */
export async function openCsvWriter(out: string): Promise<DocumentSink> {
  if (out === '-') {
    await STDOUT_STREAM.write(BOM + HEADER);
    return {
      async write(doc) {
        const rows = rowsOf(doc);
        if (rows !== '') await STDOUT_STREAM.write(rows);
      },
      async close() {},
      async abort() {},
    };
  }
  const store = await openRecordStore(await prepareOutputFile(out, FILE_NAME), CSV_RECORDS);
  return {
    stored: store.stored,
    async write(doc) {
      const rows = rowsOf(doc);
      if (rows !== '') await store.write(doc.document.id, rows);
    },
    close: () => store.commit(),
    abort: () => store.discard(),
  };
}
