import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { columnsOf, type TableName } from '../../src/output/ddl.js';
import { documentRows, rowValues } from '../../src/output/document-rows.js';
import { openSink } from '../../src/output/document-sink.js';
import { copyField } from '../../src/output/postgres-writer.js';
import type { ZhibiaoDocument } from '../../src/schema/document.js';
import { createPgTestSchema, pgTestUrl, type PgTestSchema } from './pg-test-database.js';
import { sampleDocument } from './sample-document.js';

describe('copyField', () => {
  test.each([
    [null, '\\N'],
    ['普通文本', '普通文本'],
    ['a\tb', 'a\\tb'],
    ['line\nbreak', 'line\\nbreak'],
    ['cr\rlf', 'cr\\rlf'],
    ['back\\slash', 'back\\\\slash'],
    ['\\N', '\\\\N'],
    [28_200_000_000, '28200000000'],
    [-0.5, '-0.5'],
  ])('%j → %j', (value, expected) => {
    expect(copyField(value)).toBe(expected);
  });
});

const baseUrl = pgTestUrl();
const CHILD_TABLES = ['sections', 'indicators', 'unclaimed'] as const;

describe.skipIf(!baseUrl)('postgres writer', () => {
  let db: PgTestSchema;
  beforeAll(async () => {
    db = await createPgTestSchema(baseUrl!);
  });
  afterAll(async () => {
    await db?.drop();
  });
  beforeEach(async () => {
    await db.query('DROP TABLE IF EXISTS unclaimed, indicators, sections, documents');
  });

  async function writeAll(docs: readonly ZhibiaoDocument[]): Promise<void> {
    const sink = await openSink('postgres', { out: 'unused', pgUrl: db.url });
    for (const doc of docs) await sink.write(doc);
    await sink.close();
  }

  async function counts(): Promise<Record<string, Record<string, number>>> {
    const result: Record<string, Record<string, number>> = {};
    for (const { id } of await db.query<{ id: string }>('SELECT id FROM documents ORDER BY id')) {
      const perTable: Record<string, number> = {};
      for (const t of CHILD_TABLES) {
        const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t} WHERE document_id = $1`, [id]);
        perTable[t] = row?.n ?? -1;
      }
      result[id] = perTable;
    }
    return result;
  }

  const expectedCounts = (doc: ZhibiaoDocument): Record<string, number> => ({
    sections: doc.sections.length,
    indicators: doc.indicators.length,
    unclaimed: doc.unclaimed.length,
  });

  test.each(['documents', 'sections', 'indicators', 'unclaimed'] as const)('creates table %s with the columns of TABLES', async (table) => {
    await writeAll([]);
    const rows = await db.query<{ column_name: string }>(
      'SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position',
      [table],
    );
    expect(rows.map((r) => r.column_name)).toEqual(columnsOf(table));
  });

  test.each(['indicators_document_idx', 'indicators_canonical_period_idx', 'indicators_name_idx', 'sections_document_idx', 'unclaimed_document_idx'])(
    'creates index %s',
    async (name) => {
      await writeAll([]);
      const rows = await db.query('SELECT 1 FROM pg_indexes WHERE schemaname = current_schema() AND indexname = $1', [name]);
      expect(rows).toHaveLength(1);
    },
  );

  test('COPY keeps tabs, line breaks and backslashes; every row matches documentRows', async () => {
    const doc = sampleDocument('alpha', { indicators: 6 });
    await writeAll([doc]);
    const expected = documentRows(doc, 'ignored');
    for (const table of CHILD_TABLES) {
      const columns = columnsOf(table as TableName);
      const rows = await db.query<Record<string, unknown>>(`SELECT ${columns.join(', ')} FROM ${table} ORDER BY seq`);
      expect(rows.map((r) => columns.map((c) => r[c]))).toEqual(expected[table].map((row) => rowValues(table as TableName, row as never)));
    }
    const [first] = await db.query<{ sentence: string }>("SELECT sentence FROM indicators WHERE id = 'alpha:1'");
    expect(first?.sentence).toBe(doc.indicators[0]?.sentence);
    expect(first?.sentence).toMatch(/\t.*\r\n.*\\/);
  });

  test('writing the same documents twice keeps the row counts', async () => {
    const docs = [sampleDocument('alpha', { indicators: 5 }), sampleDocument('beta', { indicators: 2 })];
    await writeAll(docs);
    const first = await counts();
    await writeAll(docs);
    expect(await counts()).toEqual(first);
    expect(first).toEqual({ alpha: expectedCounts(docs[0]!), beta: expectedCounts(docs[1]!) });
  });

  test.each([
    ['changed content under the same id', sampleDocument('alpha', { indicators: 1, salt: 'v2' }), ['alpha']],
    ['the same bytes under a new id', { ...sampleDocument('alpha', { indicators: 5 }), document: { ...sampleDocument('alpha', { indicators: 5 }).document, id: 'alpha-copy' } }, ['alpha-copy']],
    ['a different document', sampleDocument('beta', { indicators: 2 }), ['alpha', 'beta']],
  ])('%s replaces or adds as it should', async (_name, next, ids) => {
    await writeAll([sampleDocument('alpha', { indicators: 5 })]);
    await writeAll([next]);
    const after = await counts();
    expect(Object.keys(after)).toEqual(ids);
    expect(after[next.document.id]).toEqual(expectedCounts(next));
  });

  test('a document that fails half-way rolls back and leaves the earlier version whole', async () => {
    const good = sampleDocument('alpha', { indicators: 5 });
    await writeAll([good]);
    const broken = sampleDocument('alpha', { indicators: 3, salt: 'broken' });
    const duplicateIds = { ...broken, indicators: broken.indicators.map((i) => ({ ...i, id: 'alpha:1' })) };
    const sink = await openSink('postgres', { out: 'unused', pgUrl: db.url });
    await expect(sink.write(duplicateIds)).rejects.toThrow(/duplicate key/);
    await sink.write(sampleDocument('beta', { indicators: 1 }));
    await sink.close();
    expect(await counts()).toEqual({ alpha: expectedCounts(good), beta: expectedCounts(sampleDocument('beta', { indicators: 1 })) });
  });
});
