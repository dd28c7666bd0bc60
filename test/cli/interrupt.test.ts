import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ZhibiaoDocumentSchema } from '../../src/schema/document.js';
import { CLI_TIMEOUT, jsonCounts, listTree, REPO, runCli, sqliteCounts, type CliResult } from './cli-harness.js';

/** Enough documents that the batch is still running when the first one is reported. */
const COPIES = 240;

let work: string;
let inputs: string;
/** Per document id, the row counts its complete JSON calls for. */
let expected: Record<string, Record<string, number>>;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'zhibiao-sigint-'));
  inputs = join(work, 'in');
  await mkdir(inputs);
  // The opening of the seed report (title, preamble, first results), made distinct per copy so
  // each has its own sha256 and is its own row in the database.
  const lines = (await readFile(join(REPO, 'corpus/boshan-2023.txt'), 'utf8')).split('\n').slice(0, 20).join('\n');
  for (let i = 0; i < COPIES; i += 1) await writeFile(join(inputs, `copy-${String(i).padStart(3, '0')}.txt`), `${lines}\n副本${i}\n`);
  const json = join(work, 'expected');
  const result = await runCli(['extract', inputs, '--out', json, '--jobs', '2']);
  expect(result.code, result.stderr).toBe(0);
  expected = {};
  for (const name of await readdir(json)) {
    const doc = ZhibiaoDocumentSchema.parse(JSON.parse(await readFile(join(json, name), 'utf8')));
    expected[doc.document.id] = jsonCounts(doc);
  }
}, CLI_TIMEOUT);

/** Indicator lines per document id in jsonl lines. */
function indicatorsPerDocument(lines: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of lines) {
    if (line === '') continue;
    const id = (JSON.parse(line) as { document_id: string }).document_id;
    counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}

/** Runs the batch and sends SIGINT (`times` times, like an impatient user) once the first document is reported written. */
function interruptedRun(args: readonly string[], times = 1): Promise<CliResult> {
  let sent = false;
  return runCli(['extract', inputs, ...args, '--jobs', '2'], {
    onStderr: (child, _chunk, soFar) => {
      if (!sent && /^ok {2}/m.test(soFar)) {
        sent = true;
        // Apart in time: two signals sent at once may arrive as one.
        for (let i = 0; i < times; i += 1) setTimeout(() => child.kill('SIGINT'), 50 * i);
      }
    },
  });
}

function expectInterrupted(result: CliResult): void {
  expect(result.code, result.stderr).toBe(130);
  expect(result.stderr).toMatch(/^zhibiao: interrupted with \d+ of \d+ files not written; run the same command again to finish \(documents written are skipped\)$/m);
}

describe('Ctrl-C in the middle of a batch', { timeout: CLI_TIMEOUT }, () => {
  test('sqlite: no temp files, every document it holds is complete, and a second run finishes the rest', async () => {
    const out = join(work, 'sqlite');
    const db = join(out, 'zhibiao.sqlite');
    expectInterrupted(await interruptedRun(['--out', out, '--format', 'sqlite']));
    expect(await listTree(out)).toEqual(['zhibiao.sqlite']);
    const partial = sqliteCounts(db);
    const ids = Object.keys(partial);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThan(COPIES);
    for (const id of ids) expect(partial[id], id).toEqual(expected[id]);

    const rest = await runCli(['extract', inputs, '--out', out, '--format', 'sqlite', '--jobs', '2']);
    expect(rest.code, rest.stderr).toBe(0);
    expect(sqliteCounts(db)).toEqual(expected);
  });

  test.each([
    ['once', 1],
    ['twice (quit at once)', 2],
  ])('jsonl, Ctrl-C %s: the previous lines stay, the documents finished are kept whole, no temp file is left, a rerun finishes the rest', async (_name, times) => {
    const out = join(work, `jsonl-${times}`);
    await mkdir(out);
    await writeFile(join(out, 'zhibiao.jsonl'), 'previous run\n');
    const result = await interruptedRun(['--out', out, '--format', 'jsonl'], times);
    if (times === 1) expectInterrupted(result);
    // The second Ctrl-C quits at once with 130; when it lands as the process is already exiting
    // (the batch wound down within the 50 ms between the two), the signal ends it instead,
    // which a shell reports as the same status, 128 + SIGINT = 130.
    else expect(result.code === 130 || result.signal === 'SIGINT', `code ${result.code}, signal ${result.signal}`).toBe(true);
    expect(await listTree(out)).toEqual(['zhibiao.jsonl']);
    const kept = (await readFile(join(out, 'zhibiao.jsonl'), 'utf8')).split('\n');
    expect(kept[0]).toBe('previous run');
    const counts = indicatorsPerDocument(kept.slice(1));
    expect(Object.keys(counts).length).toBeLessThan(COPIES);
    for (const [id, n] of Object.entries(counts)) expect(n, id).toBe(expected[id]?.['indicators']);

    const rest = await runCli(['extract', inputs, '--out', out, '--format', 'jsonl', '--jobs', '2']);
    expect(rest.code, rest.stderr).toBe(0);
    // a second Ctrl-C quits at once, before the finished documents are committed
    if (times === 1) expect(rest.stderr).toMatch(new RegExp(`${Object.keys(counts).length} unchanged \\(skipped`));
    const all = (await readFile(join(out, 'zhibiao.jsonl'), 'utf8')).split('\n');
    expect(all[0]).toBe('previous run');
    expect(indicatorsPerDocument(all.slice(1))).toEqual(Object.fromEntries(Object.entries(expected).map(([id, c]) => [id, c['indicators']])));
  });

  test('json: every file written is a whole document and no temp file is left', async () => {
    const out = join(work, 'json');
    expectInterrupted(await interruptedRun(['--out', out]));
    const names = await listTree(out);
    expect(names.length).toBeGreaterThan(0);
    expect(names.length).toBeLessThan(COPIES);
    for (const name of names) {
      expect(name).toMatch(/^copy-\d{3}\.json$/);
      const doc = ZhibiaoDocumentSchema.parse(JSON.parse(await readFile(join(out, name), 'utf8')));
      expect(jsonCounts(doc)).toEqual(expected[doc.document.id]);
    }
  });
});
