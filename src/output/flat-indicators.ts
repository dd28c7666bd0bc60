import type { ZhibiaoDocument } from '../schema/document.js';
import { columnsOf, TABLES, type SqlValue } from './ddl.js';
import { documentRows } from './document-rows.js';

/**
 * Columns of one flat indicator record (jsonl line, csv row): the document fields a reader
 * filters on, the indicator's section, then every column of the `indicators` table — so a
 * csv row and an `indicators` row joined to its document and section carry the same data.
 */
export const FLAT_COLUMNS: readonly string[] = [
  'document_id',
  'source',
  'sha256',
  'title',
  'region_name',
  'region_code',
  'report_year',
  'section_title',
  'section_topic',
  ...columnsOf('indicators').filter((c) => c !== 'document_id'),
];

/**
 * The one type of each flat column, whatever the file holds, so that a loader reading the
 * csv or jsonl of any batch gets the same columns: `string` (JSON string), `integer` and
 * `number` (JSON number; `number` may hold fractions), each of them null where a value can be
 * missing. Codes, years and periods are strings — `370304`, `2023`, `2024-H1` are labels, not
 * quantities, and a loader that reads them as numbers cannot join them with a table of codes or
 * tell `2023` from `2023.0`. The indicator's columns take their type from the `indicators` table.
 */
export type FlatColumnType = 'string' | 'integer' | 'number';

const DOCUMENT_COLUMN_TYPES: Readonly<Record<string, FlatColumnType>> = {
  document_id: 'string',
  source: 'string',
  sha256: 'string',
  title: 'string',
  region_name: 'string',
  region_code: 'string',
  // an INTEGER in the documents table, where it is a key to compare and sort by; a label here
  report_year: 'string',
  section_title: 'string',
  section_topic: 'string',
};

/** TEXT → string, INTEGER → integer, DOUBLE PRECISION → number. */
function sqlTypeToFlat(sql: string): FlatColumnType {
  if (sql.startsWith('TEXT')) return 'string';
  if (sql.startsWith('INTEGER')) return 'integer';
  if (sql.startsWith('DOUBLE PRECISION')) return 'number';
  throw new Error(`no flat type for SQL type ${sql}`);
}

/** {@link FlatColumnType} of every column of {@link FLAT_COLUMNS}. */
export const FLAT_COLUMN_TYPES: Readonly<Record<string, FlatColumnType>> = Object.fromEntries(
  FLAT_COLUMNS.map((column) => {
    const sql = (TABLES.indicators.columns as Readonly<Record<string, string>>)[column];
    return [column, DOCUMENT_COLUMN_TYPES[column] ?? sqlTypeToFlat(sql ?? '')];
  }),
);

/** One indicator with its document's fields, keyed by {@link FLAT_COLUMNS}. */
export type FlatRecord = Readonly<Record<string, SqlValue>>;

/**
 * Yields one flat record per indicator, in document order.
 *
 * @example
 * const [first] = flatIndicators(doc);
 * first?.['region_code']; // '370304'
 * first?.['report_year']; // '2023'
 * first?.['growth_unit']; // '%'
 */
export function flatIndicators(doc: ZhibiaoDocument): FlatRecord[] {
  const meta = doc.document;
  const sections = new Map(doc.sections.map((s) => [s.id, s]));
  return documentRows(doc, '').indicators.map((row) => {
    const section = row.section_id === null ? undefined : sections.get(String(row.section_id));
    const record: Record<string, SqlValue> = {
      document_id: meta.id,
      source: meta.source,
      sha256: meta.sha256,
      title: meta.title,
      region_name: meta.region?.name ?? null,
      region_code: meta.region?.code ?? null,
      report_year: meta.reportYear === null ? null : String(meta.reportYear),
      section_title: section?.title ?? null,
      section_topic: section?.topic ?? null,
    };
    for (const [column, value] of Object.entries(row)) if (column !== 'document_id') record[column] = value;
    return record;
  });
}
