import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CLI_TIMEOUT, runCli } from '../cli/cli-harness.js';

const INPUTS = ['test/fixtures/reports/dev/yunwu-2023.txt', 'test/fixtures/reports/panel/yunwu-2024.txt', 'corpus/boshan-2023.txt'];
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zhibiao-panel-'));
  for (const format of ['json', 'sqlite']) {
    const r = await runCli(['extract', ...INPUTS, '--out', join(dir, 'docs'), '--format', format, '--jobs', '1']);
    expect(r.code, r.stderr).toBe(0);
  }
}, CLI_TIMEOUT);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const csvRows = (path: string): string[][] =>
  readFileSync(path, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((l) => l.split(','));

describe('zhibiao panel', () => {
  test('csv: the panel, and targets and checks beside it', async () => {
    const out = join(dir, 'csv', 'panel.csv');
    const r = await runCli(['panel', join(dir, 'docs'), '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(dir, 'csv')).sort()).toEqual(['panel.checks.csv', 'panel.csv', 'panel.targets.csv']);
    const [header] = csvRows(out);
    expect(header).toEqual([
      'place', 'region_code', 'region_name', 'region_parent', 'canonical', 'label', 'period', 'status', 'measure', 'value', 'unit',
      'normalized_value', 'normalized_unit', 'growth', 'growth_unit', 'qualifier', 'name', 'document_id', 'report_year', 'indicator_id', 'alternate_ids',
    ]);
    const targets = readFileSync(join(dir, 'csv', 'panel.targets.csv'), 'utf8');
    expect(targets).toMatch(/^云梧区,云梧区,gdp,GDP,2024,growth,about,about,5.5,%,yunwu-2023,yunwu-2023:\d+,5.2,actual,yunwu-2024,yunwu-2024:\d+,-0.3,pp,0.5,met\r$/m);
    expect(targets).toMatch(/^370304,博山区,gdp,GDP,2024,growth,at_least,at_least,5,%,boshan-2023,boshan-2023:\d+,,,,,,,,unmatched\r$/m);
    expect(r.stderr).toMatch(/3 documents, \d+ panel rows, \d+ targets \(\d+ met, \d+ missed, \d+ unmatched\)/);
  }, CLI_TIMEOUT);

  test('the SQLite store gives the same panel as the JSON files, and a re-run gives the same bytes', async () => {
    const fromJson = join(dir, 'a.jsonl');
    const fromDb = join(dir, 'b.jsonl');
    expect((await runCli(['panel', join(dir, 'docs'), '--out', fromJson, '--format', 'jsonl'])).code).toBe(0);
    expect((await runCli(['panel', join(dir, 'docs', 'zhibiao.sqlite'), '--out', fromDb, '--format', 'jsonl'])).code).toBe(0);
    const a = readFileSync(fromJson, 'utf8');
    expect(a.split('\n').filter(Boolean).length).toBeGreaterThan(100);
    expect(readFileSync(fromDb, 'utf8')).toBe(a);
    expect(readFileSync(join(dir, 'b.targets.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'a.targets.jsonl'), 'utf8'));
    expect((await runCli(['panel', join(dir, 'docs'), '--out', fromJson, '--format', 'jsonl'])).code).toBe(0);
    expect(readFileSync(fromJson, 'utf8')).toBe(a);
    const row = JSON.parse(a.split('\n')[0] ?? '{}') as Record<string, unknown>;
    expect(Array.isArray(row['alternate_ids'])).toBe(true);
  }, CLI_TIMEOUT);

  test('sqlite: three tables in one file, replaced on a re-run', async () => {
    const out = join(dir, 'panel.sqlite');
    for (let run = 0; run < 2; run++) expect((await runCli(['panel', join(dir, 'docs'), '--out', out, '--format', 'sqlite'])).code).toBe(0);
    const db = new Database(out, { readonly: true });
    const count = (table: string): number => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(count('panel')).toBeGreaterThan(100);
    expect(db.prepare("SELECT outcome FROM targets WHERE place = '云梧区' AND canonical = 'fixed_asset_investment' AND period = '2024'").get()).toEqual({ outcome: 'missed' });
    expect(count('checks')).toBeGreaterThan(10);
    db.close();
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  }, CLI_TIMEOUT);

  test.each([
    ['a file that is not JSON', 'broken.json', '{ not json', /broken\.json: not JSON/],
    ['JSON that is not a document', 'other.json', '{"hello": 1}', /other\.json: not a zhibiao document/],
  ])('%s: one line naming it, exit 1, nothing written', async (_why, name, content, message) => {
    const bad = join(dir, 'bad');
    mkdirSync(bad, { recursive: true });
    writeFileSync(join(bad, name), content);
    const out = join(dir, 'never', 'panel.csv');
    const r = await runCli(['panel', join(dir, 'docs'), join(bad, name), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(() => readdirSync(join(dir, 'never'))).toThrow();
    rmSync(bad, { recursive: true });
  }, CLI_TIMEOUT);

  test('a missing path and an unknown format', async () => {
    const missing = await runCli(['panel', join(dir, 'nope.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.json: no such file or directory/);
    expect((await runCli(['panel', join(dir, 'docs'), '--format', 'xml'])).code).toBe(2);
  }, CLI_TIMEOUT);
});
