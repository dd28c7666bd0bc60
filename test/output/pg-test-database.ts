import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * The PostgreSQL server the tests use, from ZHIBIAO_PG_URL (.ci/run starts one and sets it).
 * Without it the database tests are skipped on a developer machine — but in CI a missing URL
 * means the setup broke, and skipping would hide that, so it throws.
 */
export function pgTestUrl(): string | undefined {
  const url = process.env['ZHIBIAO_PG_URL'];
  if (url) return url;
  if (process.env['CI']) throw new Error('ZHIBIAO_PG_URL is not set in CI: .ci/run must start PostgreSQL and export it');
  console.warn('skipping PostgreSQL tests: no ZHIBIAO_PG_URL');
  return undefined;
}

/** A private schema for one test file, so files running in parallel never see each other's rows. */
export interface PgTestSchema {
  /** Connection URL whose search_path is the private schema. */
  readonly url: string;
  readonly query: <R extends pg.QueryResultRow>(sql: string, params?: unknown[]) => Promise<R[]>;
  readonly drop: () => Promise<void>;
}

export async function createPgTestSchema(baseUrl: string): Promise<PgTestSchema> {
  const schema = `zt_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const client = new pg.Client({ connectionString: url.href });
  await client.connect();
  return {
    url: url.href,
    query: async (sql, params) => (await client.query(sql, params)).rows,
    drop: async () => {
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}
