import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { ZhibiaoDocument } from '../schema/document.js';
import { columnsOf, DELETE_DOCUMENT_SQL, SCHEMA_SQL, SQLITE_PRAGMAS, type TableName } from './ddl.js';
import { documentRows, rowValues } from './document-rows.js';
import type { DocumentSink } from './document-sink.js';

/** Name of the database file inside the output directory. */
export const SQLITE_FILE_NAME = 'zhibiao.sqlite';

const TABLE_ORDER: readonly TableName[] = ['documents', 'sections', 'indicators', 'unclaimed'];

function insertSql(table: TableName): string {
  const columns = columnsOf(table);
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
}

/**
 * Writes documents into `DIR/zhibiao.sqlite`, or the file `--out` names when it ends in
 * .sqlite/.sqlite3/.db (created with the shared schema if missing).
 * Each document is one transaction: delete the earlier version (same id or same sha256,
 * cascading to its rows), insert the new rows. A re-run therefore replaces rows instead of
 * adding them, and an interrupt lands between transactions, never inside one — better-sqlite3
 * runs a transaction synchronously, so no signal handler can run in the middle of it.
 *
 * @example
 * const sink = await openSqliteWriter('output');
 * await sink.write(doc);
 * await sink.close(); // SELECT count(*) FROM indicators WHERE document_id = 'boshan-2023'
 */
export async function openSqliteWriter(dir: string): Promise<DocumentSink> {
  if (dir === '-') throw new Error('--format sqlite writes a file: give --out DIR, not -');
  const file = /\.(sqlite3?|db)$/i.test(dir) ? dir : join(dir, SQLITE_FILE_NAME);
  await mkdir(dirname(file), { recursive: true });
  const db = new Database(file);
  for (const pragma of SQLITE_PRAGMAS) db.pragma(pragma);
  db.exec(SCHEMA_SQL);
  const stored = new Map(
    (db.prepare('SELECT id, sha256, source FROM documents').all() as { id: string; sha256: string | null; source: string | null }[]).map(
      (row) => [row.id, { sha256: row.sha256, source: row.source }] as const,
    ),
  );

  const deleteDocument = db.prepare(DELETE_DOCUMENT_SQL.sqlite);
  const inserts = Object.fromEntries(TABLE_ORDER.map((table) => [table, db.prepare(insertSql(table))])) as Record<
    TableName,
    Database.Statement
  >;
  const replaceDocument = db.transaction((doc: ZhibiaoDocument) => {
    const rows = documentRows(doc, new Date().toISOString());
    deleteDocument.run(doc.document.id, doc.document.sha256);
    for (const table of TABLE_ORDER) {
      for (const row of rows[table]) inserts[table].run(rowValues(table, row));
    }
  });

  const closeDb = (): void => {
    if (db.open) db.close();
  };
  return {
    stored,
    async write(doc) {
      replaceDocument(doc);
    },
    async close() {
      closeDb();
    },
    async abort() {
      // Every committed document is complete, so closing is all an interrupt needs.
      closeDb();
    },
  };
}
