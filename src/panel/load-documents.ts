import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Indicator } from '../schema/document.js';
import { PanelDocumentSchema, type PanelDocument } from './panel-schema.js';

/** A stored document the panel cannot read: the file and the reason, on one line. */
export class PanelInputError extends Error {
  override readonly name = 'PanelInputError';
}

/**
 * The documents behind a panel: document JSON files written by `zhibiao extract`, folders
 * of them (recursively), or a `zhibiao.sqlite` store. A file that is not a zhibiao document
 * is an error naming it; nothing is read half.
 *
 * @example
 * loadPanelDocuments(['output']) // every output/*.json
 * loadPanelDocuments(['output/zhibiao.sqlite'])
 */
export function loadPanelDocuments(paths: readonly string[]): PanelDocument[] {
  const docs: PanelDocument[] = [];
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new PanelInputError(`${path}: no such file or directory`);
    }
    if (stat.isDirectory()) docs.push(...loadPanelDocuments(jsonFilesIn(path)));
    else if (/\.(sqlite3?|db)$/i.test(path)) docs.push(...fromSqlite(path));
    else docs.push(fromJson(path));
  }
  const ids = new Set<string>();
  for (const doc of docs) {
    if (ids.has(doc.document.id)) throw new PanelInputError(`document id "${doc.document.id}" is given twice`);
    ids.add(doc.document.id);
  }
  return docs;
}

function jsonFilesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function fromJson(path: string): PanelDocument {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new PanelInputError(`${path}: not JSON (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
  const parsed = PanelDocumentSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PanelInputError(`${path}: not a zhibiao document (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'})`);
  }
  return parsed.data;
}

interface DocumentRow {
  id: string; source: string | null; sha256: string | null; encoding: string; format: string | null; title: string | null;
  region_name: string | null; region_code: string | null; region_parent: string | null; report_year: number | null;
}
type IndicatorRow = Record<string, string | number | null>;

function fromSqlite(path: string): PanelDocument[] {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new PanelInputError(`${path}: cannot open as SQLite (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    const documents = db.prepare('SELECT * FROM documents ORDER BY id').all() as DocumentRow[];
    const byDocument = db.prepare('SELECT * FROM indicators WHERE document_id = ? ORDER BY seq');
    return documents.map((d) => {
      const doc = {
        document: {
          id: d.id, source: d.source, sha256: d.sha256, encoding: d.encoding, ...(d.format ? { format: d.format } : {}), title: d.title,
          region: d.region_name === null ? null : { name: d.region_name, code: d.region_code, parent: d.region_parent },
          reportYear: d.report_year,
        },
        indicators: (byDocument.all(d.id) as IndicatorRow[]).map(indicatorOf),
      };
      const parsed = PanelDocumentSchema.safeParse(doc);
      if (!parsed.success) throw new PanelInputError(`${path}: document ${d.id} does not read back (${parsed.error.issues[0]?.message ?? 'invalid'})`);
      return parsed.data;
    });
  } catch (error) {
    if (error instanceof PanelInputError) throw error;
    throw new PanelInputError(`${path}: not a zhibiao store (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    db.close();
  }
}

/** The inverse of output/document-rows.ts for one indicator row. */
function indicatorOf(r: IndicatorRow): Indicator {
  const ind: Record<string, unknown> = {
    id: r.id, name: r.name, canonical: r.canonical, value: r.value, unit: r.unit,
    normalized: r.normalized_value === null ? null : {
      value: r.normalized_value, unit: r.normalized_unit, dimension: r.dimension,
      ...(r.normalized_value_high === null ? {} : { valueHigh: r.normalized_value_high }),
      ...(r.normalized_square_metres === null ? {} : { squareMetres: r.normalized_square_metres }),
    },
    growth: r.growth_value === null ? null : {
      value: r.growth_value, unit: r.growth_unit, basis: r.growth_basis, text: r.growth_text,
      ...(r.growth_qualifier === null ? {} : { qualifier: r.growth_qualifier }),
    },
    qualifier: r.qualifier, status: r.status, period: r.period, sectionId: r.section_id, sentence: r.sentence,
    span: { start: r.span_start, end: r.span_end }, text: r.text, ruleId: r.rule_id,
  };
  if (r.value_high !== null) ind['valueHigh'] = r.value_high;
  return ind as Indicator;
}
