import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { ZhibiaoDocument } from '../schema/document.js';
import { columnsOf, DELETE_DOCUMENT_SQL, SCHEMA_SQL, type SqlValue, type TableName } from './ddl.js';
import { documentRows, rowValues } from './document-rows.js';
import { OutputBrokenError, type DocumentSink, type StoredDocument } from './document-sink.js';

/** Tables loaded with COPY; `documents` (one row) goes through a parameterised INSERT. */
const COPY_TABLES: readonly TableName[] = ['sections', 'indicators', 'unclaimed'];

/** Two sessions creating the schema at once would race in the catalog; this key serialises them. */
const DDL_LOCK_KEY = 'zhibiao-schema';

/**
 * One field in COPY's text format: `\N` is NULL, and backslash, tab, newline and carriage
 * return are backslash-escaped — report sentences do contain line breaks and backslashes.
 *
 * @example
 * copyField('增长\t6%\n'); // '增长\\t6%\\n'
 */
export function copyField(value: SqlValue): string {
  if (value === null) return '\\N';
  return String(value).replace(/[\\\t\n\r]/g, (ch) => {
    switch (ch) {
      case '\t':
        return '\\t';
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      default:
        return '\\\\';
    }
  });
}

async function copyRows(client: pg.Client, table: TableName, lines: readonly string[]): Promise<void> {
  if (lines.length === 0) return;
  const sql = `COPY ${table} (${columnsOf(table).join(', ')}) FROM STDIN WITH (FORMAT text)`;
  await pipeline(Readable.from(lines), client.query(copyFrom(sql)));
}

async function replaceDocument(client: pg.Client, doc: ZhibiaoDocument): Promise<void> {
  const rows = documentRows(doc, new Date().toISOString());
  const documentColumns = columnsOf('documents');
  await client.query('BEGIN');
  try {
    await client.query(DELETE_DOCUMENT_SQL.postgres, [doc.document.id, doc.document.sha256]);
    for (const row of rows.documents) {
      await client.query(
        `INSERT INTO documents (${documentColumns.join(', ')}) VALUES (${documentColumns.map((_, i) => `$${i + 1}`).join(', ')})`,
        rowValues('documents', row),
      );
    }
    for (const table of COPY_TABLES) {
      const lines = rows[table].map((row) => `${rowValues(table, row).map(copyField).join('\t')}\n`);
      await copyRows(client, table, lines);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/**
 * True for an error that leaves no working connection (server gone, connection reset,
 * admin shutdown), as opposed to one the server raised about this document's data.
 */
function connectionLost(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return true;
  return /^(08|57P)/.test(code) || /^E[A-Z]+$/.test(code);
}

/**
 * Loads documents into PostgreSQL over one connection: creates the shared schema if it is
 * missing, then writes each document in its own transaction (delete the earlier version by id
 * or sha256, insert the document row, COPY its sections, indicators and unclaimed numbers,
 * commit). A re-run replaces rows; a failure rolls the document back whole.
 *
 * @example
 * const sink = await openPostgresWriter('postgres://zhibiao@127.0.0.1:5432/zhibiao');
 * await sink.write(doc);
 * await sink.close();
 */
export async function openPostgresWriter(url: string): Promise<DocumentSink> {
  const client = new pg.Client({ connectionString: url });
  // An idle-connection error (server restart) must not crash the process; the next query reports it.
  client.on('error', () => undefined);
  await client.connect();
  let stored: Map<string, StoredDocument>;
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [DDL_LOCK_KEY]);
    await client.query(SCHEMA_SQL);
    await client.query('COMMIT');
    const held = await client.query<{ id: string; sha256: string | null; source: string | null }>('SELECT id, sha256, source FROM documents');
    stored = new Map(held.rows.map((row) => [row.id, { sha256: row.sha256, source: row.source }] as const));
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  let ended = false;
  const end = async (): Promise<void> => {
    if (ended) return;
    ended = true;
    await client.end().catch(() => undefined);
  };
  return {
    stored,
    write: (doc) =>
      replaceDocument(client, doc).catch((error: unknown) => {
        throw connectionLost(error) ? new OutputBrokenError(`PostgreSQL connection lost: ${error instanceof Error ? error.message : String(error)}`, { cause: error }) : error;
      }),
    close: end,
    abort: end,
  };
}
