import type { ZhibiaoDocument } from '../schema/document.js';
import { columnsOf, type SqlValue, type TableName, type TableRow } from './ddl.js';

/** A document cut into the rows of the four tables of {@link TABLES}. */
export interface DocumentRows {
  readonly documents: readonly TableRow<'documents'>[];
  readonly sections: readonly TableRow<'sections'>[];
  readonly indicators: readonly TableRow<'indicators'>[];
  readonly unclaimed: readonly TableRow<'unclaimed'>[];
}

/**
 * Flattens one document into table rows; nested objects become prefixed columns
 * (`growth.value` → `growth_value`) and absent optional fields become NULL.
 *
 * @example
 * const rows = documentRows(doc, '2024-01-01T00:00:00.000Z');
 * rows.indicators[0]?.growth_value; // 6 for "同比增长6%"
 */
export function documentRows(doc: ZhibiaoDocument, createdAt: string): DocumentRows {
  const meta = doc.document;
  const documentId = meta.id;
  return {
    documents: [
      {
        id: documentId,
        sha256: meta.sha256,
        source: meta.source,
        encoding: meta.encoding,
        format: meta.format,
        title: meta.title,
        region_name: meta.region?.name ?? null,
        region_code: meta.region?.code ?? null,
        region_parent: meta.region?.parent ?? null,
        report_year: meta.reportYear,
        coverage_numbers: doc.coverage.numbers,
        coverage_claimed: doc.coverage.claimed,
        coverage_ratio: doc.coverage.ratio,
        warnings: JSON.stringify(doc.warnings),
        schema_version: doc.schemaVersion,
        created_at: createdAt,
      },
    ],
    sections: doc.sections.map((s, seq) => ({
      document_id: documentId,
      id: s.id,
      seq,
      parent_id: s.parentId,
      level: s.level,
      ordinal: s.ordinal,
      title: s.title,
      span_start: s.span.start,
      span_end: s.span.end,
      topic: s.topic,
    })),
    indicators: doc.indicators.map((ind, seq) => ({
      document_id: documentId,
      id: ind.id,
      seq,
      name: ind.name,
      canonical: ind.canonical,
      value: ind.value,
      value_high: ind.valueHigh ?? null,
      unit: ind.unit,
      normalized_value: ind.normalized?.value ?? null,
      normalized_value_high: ind.normalized?.valueHigh ?? null,
      normalized_unit: ind.normalized?.unit ?? null,
      normalized_square_metres: ind.normalized?.squareMetres ?? null,
      dimension: ind.normalized?.dimension ?? null,
      growth_value: ind.growth?.value ?? null,
      growth_unit: ind.growth?.unit ?? null,
      growth_basis: ind.growth?.basis ?? null,
      growth_text: ind.growth?.text ?? null,
      growth_qualifier: ind.growth?.qualifier ?? null,
      qualifier: ind.qualifier,
      status: ind.status,
      period: ind.period,
      section_id: ind.sectionId,
      sentence: ind.sentence,
      span_start: ind.span.start,
      span_end: ind.span.end,
      text: ind.text,
      rule_id: ind.ruleId,
    })),
    unclaimed: doc.unclaimed.map((u, seq) => ({
      document_id: documentId,
      seq,
      text: u.text,
      span_start: u.span.start,
      span_end: u.span.end,
      reason: u.reason,
      rule_id: u.ruleId ?? null,
    })),
  };
}

/**
 * A row's values in the column order of its table, as positional statements and COPY expect.
 *
 * @example
 * rowValues('unclaimed', rows.unclaimed[0]); // ['boshan-2023', 0, '2023年', 5, 10, 'date', null]
 */
export function rowValues<T extends TableName>(table: T, row: TableRow<T>): SqlValue[] {
  const record = row as Readonly<Record<string, SqlValue>>;
  return columnsOf(table).map((column) => record[column] ?? null);
}
