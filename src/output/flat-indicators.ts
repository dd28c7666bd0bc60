import type { ZhibiaoDocument } from '../schema/document.js';
import { columnsOf, type SqlValue } from './ddl.js';
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

/** One indicator with its document's fields, keyed by {@link FLAT_COLUMNS}. */
export type FlatRecord = Readonly<Record<string, SqlValue>>;

/**
 * Yields one flat record per indicator, in document order.
 *
 * @example
 * const [first] = flatIndicators(doc);
 * first?.['region_code']; // '370304'
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
      report_year: meta.reportYear,
      section_title: section?.title ?? null,
      section_topic: section?.topic ?? null,
    };
    for (const [column, value] of Object.entries(row)) if (column !== 'document_id') record[column] = value;
    return record;
  });
}
