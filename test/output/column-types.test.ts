import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSink } from '../../src/output/document-sink.js';
import { FLAT_COLUMN_TYPES, FLAT_COLUMNS, flatIndicators, type FlatColumnType } from '../../src/output/flat-indicators.js';
import { extract } from '../../src/pipeline.js';
import type { ZhibiaoDocument } from '../../src/schema/document.js';

// Every gold report, through the real writers, read back by DuckDB: the jsonl with DuckDB's
// own type detection, the csv with the column table of the README. Each column must come back
// with its one documented type, and both files must hold the same values.
const REPORTS = [
  'corpus/boshan-2023.txt',
  'test/fixtures/reports/qinglan-2023.txt',
  'test/fixtures/reports/dev/qiuchuan-2024.txt',
  'test/fixtures/reports/dev/yunwu-2023.txt',
  'test/fixtures/reports/heldout/yuanfeng-2024.txt',
];
const DUCKDB_TYPE: Readonly<Record<FlatColumnType, string>> = { string: 'VARCHAR', integer: 'BIGINT', number: 'DOUBLE' };
const typesLiteral = `{${FLAT_COLUMNS.map((c) => `'${c}': '${DUCKDB_TYPE[FLAT_COLUMN_TYPES[c] as FlatColumnType]}'`).join(', ')}}`;

let dir: string;
let docs: ZhibiaoDocument[];
let db: DuckDBConnection;
let instance: DuckDBInstance;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zhibiao-columns-'));
  docs = await Promise.all(
    REPORTS.map(async (file) => extract(await readFile(new URL(`../../${file}`, import.meta.url), 'utf8'), { source: file })),
  );
  for (const format of ['jsonl', 'csv'] as const) {
    const sink = await openSink(format, { out: dir });
    for (const doc of docs) await sink.write(doc);
    await sink.close();
  }
  instance = await DuckDBInstance.create(':memory:');
  db = await instance.connect();
});

afterAll(async () => {
  db?.closeSync();
  instance?.closeSync();
  await rm(dir, { recursive: true, force: true });
});

async function columnTypes(relation: string): Promise<Record<string, string>> {
  const rows = (await db.runAndReadAll(`DESCRIBE SELECT * FROM ${relation}`)).getRowObjectsJS();
  return Object.fromEntries(rows.map((r) => [String(r['column_name']), String(r['column_type'])]));
}

describe('flat columns', () => {
  test('every value has its column type, or is null', () => {
    const isType: Record<FlatColumnType, (v: unknown) => boolean> = {
      string: (v) => typeof v === 'string',
      integer: (v) => Number.isInteger(v),
      number: (v) => typeof v === 'number' && Number.isFinite(v),
    };
    for (const record of docs.flatMap((d) => flatIndicators(d))) {
      for (const column of FLAT_COLUMNS) {
        const value = record[column] ?? null;
        if (value !== null) expect(isType[FLAT_COLUMN_TYPES[column] as FlatColumnType](value), `${column}: ${String(value)}`).toBe(true);
      }
    }
  });

  test('codes, years, periods and qualifiers are strings', () => {
    for (const column of ['region_code', 'report_year', 'period', 'qualifier', 'growth_qualifier', 'sha256']) {
      expect(FLAT_COLUMN_TYPES[column]).toBe('string');
    }
    const [first] = flatIndicators(docs[0] as ZhibiaoDocument);
    expect(first).toMatchObject({ region_code: '370304', report_year: '2023', period: '2023' });
  });
});

describe('read back by DuckDB', () => {
  test('jsonl: DuckDB detects the documented type of every column', async () => {
    const detected = await columnTypes(`read_json('${join(dir, 'zhibiao.jsonl')}', format = 'newline_delimited')`);
    const records = docs.flatMap((d) => flatIndicators(d));
    for (const column of FLAT_COLUMNS) {
      const values = records.map((r) => r[column]).filter((v) => v !== null && v !== undefined);
      expect(values.length, `${column} has values to detect a type from`).toBeGreaterThan(0);
      const documented = DUCKDB_TYPE[FLAT_COLUMN_TYPES[column] as FlatColumnType];
      // a number column whose values in these reports happen all to be whole reads as BIGINT
      const allWhole = values.every((v) => Number.isInteger(v));
      const accepted = documented === 'DOUBLE' && allWhole ? ['DOUBLE', 'BIGINT'] : [documented];
      expect(accepted, `${column} read as ${detected[column]}`).toContain(detected[column]);
    }
  });

  test('csv read with the column table holds the same rows, typed the same, as the jsonl', async () => {
    const csvFile = `read_csv('${join(dir, 'zhibiao.csv')}', header = true, types = ${typesLiteral})`;
    // a text cell that would start a formula is written with a leading apostrophe (csv-writer.ts);
    // reading it back removes it, as the documented reader does
    const unneutralised = FLAT_COLUMNS.map((c) =>
      DUCKDB_TYPE[FLAT_COLUMN_TYPES[c] as FlatColumnType] === 'VARCHAR'
        ? `regexp_replace("${c}", '^''([=+\\-@\t\r])', '\\1') AS "${c}"`
        : `"${c}"`,
    ).join(', ');
    const csv = `(SELECT ${unneutralised} FROM ${csvFile})`;
    const jsonl = `read_json('${join(dir, 'zhibiao.jsonl')}', format = 'newline_delimited', columns = ${typesLiteral})`;
    const csvTypes = await columnTypes(csvFile);
    expect(csvTypes).toEqual(await columnTypes(jsonl));
    expect(Object.keys(csvTypes)).toEqual(FLAT_COLUMNS);
    const count = async (sql: string): Promise<number> => Number((await db.runAndReadAll(sql)).getRows()[0]?.[0]);
    const total = docs.reduce((n, d) => n + d.indicators.length, 0);
    expect(await count(`SELECT count(*) FROM ${csv}`)).toBe(total);
    // empty text reads back from csv as NULL, as it does in every csv
    const same = (a: string, b: string): string => `SELECT count(*) FROM (SELECT * FROM ${a} EXCEPT ALL SELECT * FROM ${b})`;
    expect(await count(same(csv, jsonl))).toBe(0);
    expect(await count(same(jsonl, csv))).toBe(0);
  });
});
