import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createPgTestSchema, pgTestUrl, type PgTestSchema } from '../output/pg-test-database.js';
import { CLI_TIMEOUT, runCli, sqliteCounts } from './cli-harness.js';

const baseUrl = pgTestUrl();
const INPUTS = ['corpus/boshan-2023.txt', 'test/fixtures/inputs'];

describe.skipIf(!baseUrl)('extract --format postgres', { timeout: CLI_TIMEOUT }, () => {
  let db: PgTestSchema;
  let sqliteExpected: Record<string, Record<string, number>>;
  beforeAll(async () => {
    db = await createPgTestSchema(baseUrl!);
    const out = join(await mkdtemp(join(tmpdir(), 'zhibiao-pg-cli-')), 'db');
    const result = await runCli(['extract', ...INPUTS, '--out', out, '--format', 'sqlite', '--jobs', '2']);
    expect(result.code, result.stderr).toBe(1);
    sqliteExpected = sqliteCounts(join(out, 'zhibiao.sqlite'));
  }, CLI_TIMEOUT);
  afterAll(async () => {
    await db?.drop();
  });

  async function counts(): Promise<Record<string, Record<string, number>>> {
    const rows = await db.query<{ id: string; sections: number; indicators: number; unclaimed: number }>(`
      SELECT d.id,
        (SELECT count(*)::int FROM sections s WHERE s.document_id = d.id) AS sections,
        (SELECT count(*)::int FROM indicators i WHERE i.document_id = d.id) AS indicators,
        (SELECT count(*)::int FROM unclaimed u WHERE u.document_id = d.id) AS unclaimed
      FROM documents d ORDER BY d.id`);
    return Object.fromEntries(rows.map(({ id, ...perTable }) => [id, perTable]));
  }

  test('holds the same rows as the sqlite output, also after a second run', async () => {
    const first = await runCli(['extract', ...INPUTS, '--format', 'postgres', '--pg', db.url, '--jobs', '2']);
    expect(first.code, first.stderr).toBe(1);
    expect(await counts()).toEqual(sqliteExpected);
    // The URL may also come from the environment.
    const second = await runCli(['extract', ...INPUTS, '--format', 'postgres', '--jobs', '2'], { env: { ZHIBIAO_PG_URL: db.url } });
    expect(second.code, second.stderr).toBe(1);
    expect(await counts()).toEqual(sqliteExpected);
  });

  test('an unreachable server is a one-line error and exit 1', async () => {
    const result = await runCli(['extract', 'corpus/boshan-2023.txt', '--format', 'postgres', '--pg', 'postgres://nobody:x@127.0.0.1:1/none']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^zhibiao: cannot open postgres output: .*ECONNREFUSED.*$/m);
  });
});
