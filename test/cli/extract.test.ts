import { copyFile, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { EXTENSION_FORMATS } from '../../src/io/load-document.js';
import { FLAT_COLUMNS } from '../../src/output/flat-indicators.js';
import { ZhibiaoDocumentSchema, type ZhibiaoDocument } from '../../src/schema/document.js';
import { parseCsv } from '../output/parse-csv.js';
import { CLI_TIMEOUT, jsonCounts, listTree, REPO, runCli, sqliteContent, sqliteCounts } from './cli-harness.js';

const SEED = 'corpus/boshan-2023.txt';
const FIXTURES = 'test/fixtures/inputs';
/** Inputs the io fixtures make unreadable on purpose; other fixtures may fail too, these must. */
const MUST_FAIL = ['empty.txt', 'binary.txt', 'corrupt.docx', 'corrupt.pdf'];

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'zhibiao-cli-'));
});

/** A path in the scratch folder that does not exist yet: the CLI must create it. */
function freshDir(name: string): string {
  return join(work, name);
}

async function readDocs(dir: string): Promise<ZhibiaoDocument[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  return Promise.all(names.map(async (n) => ZhibiaoDocumentSchema.parse(JSON.parse(await readFile(join(dir, n), 'utf8')))));
}

/** `zhibiao: <file>: <reason>` lines (notes excluded), as file → reason. */
function failures(stderr: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const match of stderr.matchAll(/^zhibiao: (?!note:)(.+?): (.+)$/gm)) result.set(match[1]!, match[2]!);
  return result;
}

describe('extract one file', { timeout: CLI_TIMEOUT }, () => {
  test('writes DIR/<basename>.json, valid against the schema, and says so on stderr', async () => {
    const out = freshDir('single');
    const result = await runCli(['extract', SEED, '--out', out]);
    expect(result.code).toBe(0);
    expect(await readdir(out)).toEqual(['boshan-2023.json']);
    const [doc] = await readDocs(out);
    expect(doc?.document).toMatchObject({ id: 'boshan-2023', source: SEED, format: 'txt', encoding: 'utf-8' });
    expect(doc?.text).toBeUndefined();
    expect(result.stderr).toMatch(new RegExp(`^ok  ${SEED}  ${doc?.indicators.length} indicators$`, 'm'));
    expect(result.stderr).toMatch(/^1 ok, 0 failed, \d+ indicators, [\d.]+ s$/m);
    expect(result.stdout).toBe('');
  });

  test('--out - prints the document to stdout and writes no file', async () => {
    const cwd = freshDir('stdout');
    await mkdir(cwd);
    const result = await runCli(['extract', join(REPO, SEED), '--out', '-'], { cwd });
    expect(result.code).toBe(0);
    const doc = ZhibiaoDocumentSchema.parse(JSON.parse(result.stdout));
    expect(doc.document.id).toBe('boshan-2023');
    expect(await readdir(cwd)).toEqual([]);
  });

  test.each([
    ['jsonl', (text: string) => text.split('\n').filter(Boolean).length],
    ['csv', (text: string) => parseCsv(text.slice(1)).length - 1],
  ])('--format %s --out - streams one record per indicator to stdout', async (format, records) => {
    const cwd = freshDir(`stdout-${format}`);
    await mkdir(cwd);
    const [json, streamed] = await Promise.all([
      runCli(['extract', join(REPO, SEED), '--out', '-']),
      runCli(['extract', join(REPO, SEED), '--out', '-', '--format', format], { cwd }),
    ]);
    expect(streamed.code).toBe(0);
    expect(records(streamed.stdout)).toBe(ZhibiaoDocumentSchema.parse(JSON.parse(json.stdout)).indicators.length);
    expect(await readdir(cwd)).toEqual([]);
  });

  test('--id names the document and its file; --keep-text keeps the decoded text', async () => {
    const out = freshDir('id');
    const result = await runCli(['extract', SEED, '--out', out, '--id', 'custom', '--keep-text']);
    expect(result.code).toBe(0);
    const [doc] = await readDocs(out);
    expect(await readdir(out)).toEqual(['custom.json']);
    expect(doc?.document.id).toBe('custom');
    expect(doc?.text).toBe(await readFile(join(REPO, SEED), 'utf8'));
    for (const indicator of doc?.indicators ?? []) expect(indicator.id.startsWith('custom:')).toBe(true);
  });

  test.each([
    ['a missing file', ['missing.txt'], /^zhibiao: missing\.txt: no such file or directory$/m],
    ['a file over --max-bytes', ['--max-bytes', '100'], /^zhibiao: corpus\/boshan-2023\.txt: .*too large/m],
  ])('%s fails with exit 1 and a one-line reason', async (_name, extra, message) => {
    const out = freshDir(`fail-${extra[0]}`);
    const result = await runCli(['extract', SEED, ...extra, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
  });
});

describe('extract a directory with bad files', { timeout: CLI_TIMEOUT }, () => {
  let all: string[];
  beforeAll(async () => {
    all = (await readdir(join(REPO, FIXTURES))).filter((n) => Object.hasOwn(EXTENSION_FORMATS, extname(n).toLowerCase()));
  });

  test('exit 1, every bad file named on stderr, every good file written completely', async () => {
    const out = freshDir('fixtures');
    const result = await runCli(['extract', FIXTURES, '--out', out, '--jobs', '2']);
    expect(result.code).toBe(1);
    const failed = failures(result.stderr);
    for (const name of MUST_FAIL) expect(failed.has(`${FIXTURES}/${name}`), `${name} should fail:\n${result.stderr}`).toBe(true);
    for (const reason of failed.values()) expect(reason).not.toMatch(/\n/);
    const docs = await readDocs(out);
    const written = docs.map((d) => d.document.source).sort();
    // Each input is either written or named as failed, never both, never neither.
    expect([...written, ...failed.keys()].sort()).toEqual(all.map((n) => `${FIXTURES}/${n}`).sort());
    expect(await listTree(out)).toEqual(docs.map((d) => `${d.document.id}.json`).sort());
    expect(result.stderr).toMatch(new RegExp(`^${docs.length} ok, ${failed.size} failed, \\d+ indicators`, 'm'));
  });

  test('a missing path is one more failure; the rest is still written', async () => {
    const out = freshDir('missing-too');
    const result = await runCli(['extract', SEED, 'no/such/dir', '--out', out]);
    expect(result.code).toBe(1);
    expect(failures(result.stderr)).toEqual(new Map([['no/such/dir', 'no such file or directory']]));
    expect(await readdir(out)).toEqual(['boshan-2023.json']);
  });

  test('an empty directory is a failure, not a silent success', async () => {
    const empty = await mkdtemp(join(work, 'empty-'));
    const result = await runCli(['extract', empty, '--out', join(work, 'empty-out')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no supported input files/);
  });
});

describe('every format holds the same indicators', { timeout: CLI_TIMEOUT }, () => {
  const inputs = [SEED, FIXTURES];
  let runs = 0;
  /** Runs one format into a new folder; returns it with the files in the order stderr reported them. */
  const run = async (format: string, jobs: number): Promise<{ out: string; order: string[] }> => {
    runs += 1;
    const out = freshDir(`${format}-j${jobs}-${runs}`);
    const result = await runCli(['extract', ...inputs, '--out', out, '--format', format, '--jobs', String(jobs)]);
    expect(result.code, result.stderr).toBe(1); // the fixtures include bad files
    return { out, order: [...result.stderr.matchAll(/^ok {2}(.+?) {2}\d+ indicators?$/gm)].map((m) => m[1]!) };
  };
  let docs: ZhibiaoDocument[];
  beforeAll(async () => {
    docs = await readDocs((await run('json', 1)).out);
  });

  test('jsonl: one line per indicator, documents in input order', async () => {
    const { out, order } = await run('jsonl', 2);
    expect(order).toEqual([...order].sort());
    const lines = (await readFile(join(out, 'zhibiao.jsonl'), 'utf8')).split('\n').filter(Boolean);
    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const bySource = order.map((file) => docs.find((d) => d.document.source === file)!);
    expect(records.map((r) => r['id'])).toEqual(bySource.flatMap((d) => d.indicators.map((i) => i.id)));
    expect(await listTree(out)).toEqual(['zhibiao.jsonl']);
  });

  test('csv: BOM, header, one row per indicator', async () => {
    const { out } = await run('csv', 2);
    const text = await readFile(join(out, 'zhibiao.csv'), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual(FLAT_COLUMNS);
    expect(rows).toHaveLength(docs.reduce((n, d) => n + d.indicators.length, 0));
  });

  test('sqlite: one document row per JSON, and as many rows per table as its JSON lists — also after a re-run', async () => {
    const { out } = await run('sqlite', 2);
    const expected = Object.fromEntries(docs.map((d) => [d.document.id, jsonCounts(d)]));
    expect(sqliteCounts(join(out, 'zhibiao.sqlite'))).toEqual(expected);
    const again = await runCli(['extract', ...inputs, '--out', out, '--format', 'sqlite', '--jobs', '2']);
    expect(again.code).toBe(1);
    expect(sqliteCounts(join(out, 'zhibiao.sqlite'))).toEqual(expected);
    expect(await listTree(out)).toEqual(['zhibiao.sqlite']);
  });

  test.each(['json', 'jsonl', 'csv'])('%s output is identical with --jobs 1 and --jobs 2', async (format) => {
    const { out: one } = await run(format, 1);
    const { out: two } = await run(format, 2);
    const files = await listTree(one);
    expect(await listTree(two)).toEqual(files);
    for (const file of files) expect(await readFile(join(two, file), 'utf8'), file).toBe(await readFile(join(one, file), 'utf8'));
  });

  test('sqlite content is identical with --jobs 1 and --jobs 3', async () => {
    const { out: one } = await run('sqlite', 1);
    const { out: three } = await run('sqlite', 3);
    expect(sqliteContent(join(three, 'zhibiao.sqlite'))).toEqual(sqliteContent(join(one, 'zhibiao.sqlite')));
  });
});

describe('the same bytes under two names', { timeout: CLI_TIMEOUT }, () => {
  test('the second is reported as a duplicate and not written, the same way in json and sqlite', async () => {
    const dir = await mkdtemp(join(work, 'dupes-'));
    await copyFile(join(REPO, SEED), join(dir, 'a.txt'));
    await copyFile(join(REPO, SEED), join(dir, 'b.txt'));
    await writeFile(join(dir, 'c.txt'), '另一份报告：完成投资5亿元。\n');
    const json = await runCli(['extract', dir, '--out', join(dir, 'json')]);
    expect(json.code).toBe(0);
    expect(json.stderr).toContain(`dup  ${join(dir, 'b.txt')}: same content as ${join(dir, 'a.txt')}; not written again`);
    expect(json.stderr).toMatch(/^2 ok, 0 failed, 1 duplicate, /m);
    expect(await readdir(join(dir, 'json'))).toEqual(['a.json', 'c.json']);
    const sqlite = await runCli(['extract', join(dir, 'a.txt'), join(dir, 'b.txt'), join(dir, 'c.txt'), '--out', join(dir, 'db'), '--format', 'sqlite']);
    expect(sqlite.code).toBe(0);
    expect(sqlite.stderr).toMatch(/^2 ok, 0 failed, 1 duplicate, /m);
    expect(Object.keys(sqliteCounts(join(dir, 'db', 'zhibiao.sqlite')))).toEqual(['a', 'c']);
  });
});
