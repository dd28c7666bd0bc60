import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, test } from 'vitest';
import { columnsOf, type TableName } from '../../src/output/ddl.js';
import { documentRows, rowValues } from '../../src/output/document-rows.js';
import { openSink } from '../../src/output/document-sink.js';
import { SQLITE_FILE_NAME } from '../../src/output/sqlite-writer.js';
import type { ZhibiaoDocument } from '../../src/schema/document.js';
import { sampleDocument } from './sample-document.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zhibiao-sqlite-'));
});

async function writeAll(docs: readonly ZhibiaoDocument[]): Promise<void> {
  const sink = await openSink('sqlite', { out: dir });
  for (const doc of docs) await sink.write(doc);
  await sink.close();
}

function openDb(): Database.Database {
  const db = new Database(join(dir, SQLITE_FILE_NAME));
  db.pragma('foreign_keys = ON');
  return db;
}

const CHILD_TABLES = ['sections', 'indicators', 'unclaimed'] as const;

function countsByDocument(db: Database.Database): Record<string, Record<string, number>> {
  const result: Record<string, Record<string, number>> = {};
  for (const { id } of db.prepare('SELECT id FROM documents ORDER BY id').all() as { id: string }[]) {
    result[id] = Object.fromEntries(
      CHILD_TABLES.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t} WHERE document_id = ?`).get(id) as { n: number }).n]),
    );
  }
  return result;
}

function expectedCounts(doc: ZhibiaoDocument): Record<string, number> {
  return { sections: doc.sections.length, indicators: doc.indicators.length, unclaimed: doc.unclaimed.length };
}

describe('sqlite writer: schema', () => {
  test.each(['documents', 'sections', 'indicators', 'unclaimed'] as const)('table %s has the columns of TABLES', async (table) => {
    await writeAll([]);
    const db = openDb();
    const columns = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(columnsOf(table));
    db.close();
  });

  test.each([
    ['indicators_document_idx', 'indicators', ['document_id']],
    ['indicators_canonical_period_idx', 'indicators', ['canonical', 'period']],
    ['indicators_name_idx', 'indicators', ['name']],
    ['sections_document_idx', 'sections', ['document_id']],
    ['unclaimed_document_idx', 'unclaimed', ['document_id']],
  ])('index %s on %s(%s)', async (name, table, columns) => {
    await writeAll([]);
    const db = openDb();
    const row = db.prepare("SELECT tbl_name FROM sqlite_master WHERE type = 'index' AND name = ?").get(name) as { tbl_name: string } | undefined;
    expect(row?.tbl_name).toBe(table);
    expect((db.prepare(`PRAGMA index_info(${name})`).all() as { name: string }[]).map((c) => c.name)).toEqual(columns);
    db.close();
  });

  test.each(CHILD_TABLES)('%s.document_id references documents(id) ON DELETE CASCADE', async (table) => {
    await writeAll([]);
    const db = openDb();
    const [fk] = db.prepare(`PRAGMA foreign_key_list(${table})`).all() as { table: string; from: string; to: string; on_delete: string }[];
    expect(fk).toMatchObject({ table: 'documents', from: 'document_id', to: 'id', on_delete: 'CASCADE' });
    db.close();
  });

  test('the database is in WAL mode and rejects orphan rows', async () => {
    await writeAll([]);
    const db = openDb();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(() =>
      db.prepare("INSERT INTO unclaimed (document_id, seq, text, span_start, span_end, reason) VALUES ('nobody', 0, '1', 0, 1, 'unknown')").run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});

describe('sqlite writer: rows', () => {
  test('every row matches documentRows, columns and order included', async () => {
    const doc = sampleDocument('alpha', { indicators: 6 });
    await writeAll([doc]);
    const db = openDb();
    const expected = documentRows(doc, 'ignored');
    for (const table of CHILD_TABLES) {
      const rows = db.prepare(`SELECT * FROM ${table} ORDER BY seq`).raw().all();
      expect(rows).toEqual(expected[table].map((row) => rowValues(table as TableName, row as never)));
    }
    const meta = db.prepare('SELECT * FROM documents').get() as Record<string, unknown>;
    expect(meta).toMatchObject({ id: 'alpha', sha256: doc.document.sha256, region_code: '370304', report_year: 2023 });
    expect(JSON.parse(String(meta['warnings']))).toEqual(doc.warnings);
    db.close();
  });

  test('writing the same documents twice keeps the row counts', async () => {
    const docs = [sampleDocument('alpha', { indicators: 5 }), sampleDocument('beta', { indicators: 2 })];
    await writeAll(docs);
    const first = countsByDocument(openDb());
    await writeAll(docs);
    const second = countsByDocument(openDb());
    expect(second).toEqual(first);
    expect(second).toEqual({ alpha: expectedCounts(docs[0]!), beta: expectedCounts(docs[1]!) });
  });

  test.each([
    ['changed content under the same id', sampleDocument('alpha', { indicators: 1, salt: 'v2' }), ['alpha']],
    ['the same bytes under a new id', { ...sampleDocument('alpha', { indicators: 5 }), document: { ...sampleDocument('alpha', { indicators: 5 }).document, id: 'alpha-copy' } }, ['alpha-copy']],
    ['a different document', sampleDocument('beta', { indicators: 2 }), ['alpha', 'beta']],
  ])('%s replaces or adds as it should', async (_name, next, ids) => {
    await writeAll([sampleDocument('alpha', { indicators: 5 })]);
    await writeAll([next]);
    const counts = countsByDocument(openDb());
    expect(Object.keys(counts)).toEqual(ids);
    expect(counts[next.document.id]).toEqual(expectedCounts(next));
  });

  test('a document that fails half-way leaves the earlier version whole', async () => {
    const good = sampleDocument('alpha', { indicators: 5 });
    await writeAll([good]);
    // Two indicators with one id break the primary key after the delete and some inserts ran.
    const broken = sampleDocument('alpha', { indicators: 3, salt: 'broken' });
    const duplicateIds = { ...broken, indicators: broken.indicators.map((i) => ({ ...i, id: 'alpha:1' })) };
    const sink = await openSink('sqlite', { out: dir });
    await expect(sink.write(duplicateIds)).rejects.toThrow(/UNIQUE/);
    await sink.abort();
    const db = openDb();
    expect(countsByDocument(db)).toEqual({ alpha: expectedCounts(good) });
    expect((db.prepare('SELECT sha256 FROM documents').get() as { sha256: string }).sha256).toBe(good.document.sha256);
    db.close();
  });

  test('deleting a document cascades to its rows', async () => {
    await writeAll([sampleDocument('alpha'), sampleDocument('beta')]);
    const db = openDb();
    db.prepare("DELETE FROM documents WHERE id = 'alpha'").run();
    for (const table of CHILD_TABLES) {
      expect((db.prepare(`SELECT DISTINCT document_id FROM ${table}`).all() as { document_id: string }[]).map((r) => r.document_id)).toEqual(['beta']);
    }
    db.close();
  });

  test('--out - is refused', async () => {
    await expect(openSink('sqlite', { out: '-' })).rejects.toThrow(/--out DIR/);
  });
});
