import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createPgTestSchema, pgTestUrl, type PgTestSchema } from '../output/pg-test-database.js';
import { CLI_TIMEOUT, runCli } from '../cli/cli-harness.js';
import { goodReport, put, scratch } from './inputs.js';

/**
 * Issue 13 with `--format postgres`: a NUL past the first 8 KB used to make PostgreSQL refuse
 * the document's text and stop the batch; identical content and reruns behave as in the other formats.
 */
const baseUrl = pgTestUrl();

describe.skipIf(!baseUrl)('postgres output', { timeout: CLI_TIMEOUT }, () => {
  let db: PgTestSchema;
  beforeAll(async () => {
    db = await createPgTestSchema(baseUrl!);
  });
  afterAll(async () => {
    await db?.drop();
  });

  test('a NUL past 8 KB is replaced with a warning, the document and its neighbours are stored; a rerun skips them', async () => {
    const dir = await scratch('pg-nul');
    const inputs = join(dir, 'in');
    await put(join(inputs, 'a-good.txt'), await goodReport('pg-a'));
    const late = Buffer.from(`${await goodReport('pg-nul')}${'。'.repeat(3000)}`);
    late[9000] = 0;
    await put(join(inputs, 'b-nul.txt'), late);
    await put(join(inputs, 'c-good.txt'), await goodReport('pg-c'));
    await put(join(inputs, 'd-copy.txt'), await goodReport('pg-c'));
    const result = await runCli(['extract', inputs, '--format', 'postgres', '--pg', db.url, '--jobs', '2']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^3 ok, 0 failed, 1 duplicate, /m);
    const rows = await db.query<{ id: string; warnings: string }>('SELECT id, warnings FROM documents ORDER BY id');
    expect(rows.map((r) => r.id)).toEqual(['a-good', 'b-nul', 'c-good']);
    expect(rows[1]?.warnings).toContain('nul-replaced');
    const rerun = await runCli(['extract', inputs, '--format', 'postgres', '--pg', db.url]);
    expect(rerun.stderr).toMatch(/^0 ok, 0 failed, 3 unchanged \(skipped; --force redoes them\), 1 duplicate, /m);
  });
});
