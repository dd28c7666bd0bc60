import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, test } from 'vitest';
import { ZhibiaoDocumentSchema, type ZhibiaoDocument } from '../../src/schema/document.js';
import { parseCsv } from '../output/parse-csv.js';
import { CLI_TIMEOUT, listTree, runCli } from '../cli/cli-harness.js';
import { deepHtml, goodReport, inflatingDocx, longSentence, oleFile, percentRun, put, scratch } from './inputs.js';

/**
 * Issue 13, "Isolation", "Bounds" and "Tolerance": one folder holds good reports and every
 * hostile or damaged input the issue lists. Whatever the format, each bad input fails alone
 * with one line naming it and the cause, every other document is stored, and the summary's
 * counts equal what the output holds.
 */

const LONG_NAME = '长'.repeat(80); // 240 bytes of UTF-8
let dir: string;
let inputs: string;
/** Id → what its document must show (a warning code, an unclaimed reason), for the stored ones. */
const stored: Record<string, { warning?: string; unclaimed?: string }> = {};
/** File name → the start of its one-line failure reason. */
const failing: Record<string, RegExp> = {};

beforeAll(async () => {
  dir = await scratch('reliability');
  inputs = join(dir, 'in');
  for (const n of [1, 2, 3]) {
    await put(join(inputs, `good-${n}.txt`), await goodReport(String(n)));
    stored[`good-${n}`] = {};
  }
  // formerly `Invalid string length` in the jsonl/csv sink, losing the whole batch
  await put(join(inputs, 'percent.txt'), percentRun(20_000));
  stored['percent'] = {};
  // 244 bytes with `.txt`: the temp name passed 255 bytes (ENAMETOOLONG)
  await put(join(inputs, `${LONG_NAME}.txt`), await goodReport('long-name'));
  stored[LONG_NAME] = {};
  const good = await goodReport('nul');
  const late = Buffer.from(`${good}${'。'.repeat(3000)}`);
  late[9000] = 0; // past the first 8 KB (PostgreSQL refused the text)
  await put(join(inputs, 'nul-late.txt'), late);
  stored['nul-late'] = { warning: 'nul-replaced' };
  const early = Buffer.from(await goodReport('nul-early'));
  early[50] = 0; // inside the first 8 KB (was "binary content")
  await put(join(inputs, 'nul-early.txt'), early);
  stored['nul-early'] = { warning: 'nul-replaced' };
  const stray = Buffer.from(await goodReport('ff'));
  stray[40] = 0xff; // was "not decodable as text"
  await put(join(inputs, 'stray-ff.txt'), stray);
  stored['stray-ff'] = { warning: 'invalid-bytes' };
  // was "extraction failed: [" (a ZodError cut to its first line)
  await put(join(inputs, 'huge-number.txt'), `${await goodReport('huge')}今年投资${'9'.repeat(320)}亿元。\n`);
  stored['huge-number'] = { warning: 'number-too-large', unclaimed: 'too_large' };
  // UTF-16LE with one unpaired high surrogate: went into SQLite as invalid UTF-8
  const utf16 = iconv.encode(await goodReport('surrogate'), 'utf-16le');
  await put(join(inputs, 'lone-surrogate.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), utf16.subarray(0, 40), Buffer.from([0x00, 0xd8]), utf16.subarray(40)]));
  stored['lone-surrogate'] = { warning: 'lone-surrogate-replaced' };
  // 5,000 nested divs: the recursive walk overflowed the stack
  await put(join(inputs, 'deep.html'), await deepHtml(5000));
  stored['deep'] = {};
  // one sentence of 60,000 characters: its context was stored once per indicator
  await put(join(inputs, 'one-sentence.txt'), longSentence(60_000));
  stored['one-sentence'] = {};
  // small on disk, 1.3 MB of XML inside, against --max-bytes 1MB (mammoth would inflate it all)
  await put(join(inputs, 'inflating.docx'), await inflatingDocx(12_000));
  failing['inflating.docx'] = /^inflates to 1\.\d MB > 1 MB limit \(--max-bytes\)$/;
  await put(join(inputs, 'empty.txt'), '');
  failing['empty.txt'] = /^empty file \(0 bytes\)$/;
  await put(join(inputs, 'legacy.doc'), oleFile());
  failing['legacy.doc'] = /^legacy Word document \(\.doc\): not supported; save it as \.docx or PDF$/;
}, CLI_TIMEOUT);

/** `zhibiao: <file>: <reason>` lines by file name (the last path segment). */
function failures(stderr: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of stderr.matchAll(/^zhibiao: (.+?): (.+)$/gm)) found.set((match[1] as string).split('/').pop() as string, match[2] as string);
  return found;
}

function summary(stderr: string): { ok: number; failed: number } {
  const match = /^(\d+) ok, (\d+) failed/m.exec(stderr);
  return { ok: Number(match?.[1]), failed: Number(match?.[2]) };
}

async function runAll(format: string): Promise<{ out: string; stderr: string }> {
  const out = join(dir, `out-${format}`);
  // legacy.doc is not a report format, so it is named explicitly (a walk skips it)
  const result = await runCli(['extract', inputs, join(inputs, 'legacy.doc'), '--out', out, '--format', format, '--jobs', '2', '--max-bytes', '1MB']);
  expect(result.code, result.stderr).toBe(1);
  const named = failures(result.stderr);
  expect([...named.keys()].sort()).toEqual(Object.keys(failing).sort());
  for (const [file, reason] of Object.entries(failing)) expect(named.get(file), file).toMatch(reason);
  // one line per failure, nothing repeated
  expect(result.stderr.match(/^zhibiao: /gm)).toHaveLength(Object.keys(failing).length);
  expect(summary(result.stderr)).toEqual({ ok: Object.keys(stored).length, failed: Object.keys(failing).length });
  return { out, stderr: result.stderr };
}

describe('one folder of good, hostile and damaged inputs', { timeout: CLI_TIMEOUT }, () => {
  test('json: every good document stored, each bad input failed alone, damage repaired with a warning', async () => {
    const { out } = await runAll('json');
    const names = await readdir(out);
    expect(names.sort()).toEqual(Object.keys(stored).map((id) => `${id}.json`).sort());
    for (const [id, expectation] of Object.entries(stored)) {
      const doc: ZhibiaoDocument = ZhibiaoDocumentSchema.parse(JSON.parse(await readFile(join(out, `${id}.json`), 'utf8')));
      expect(doc.indicators.length, id).toBeGreaterThan(0);
      if (expectation.warning) expect(doc.warnings.map((w) => w.code), id).toContain(expectation.warning);
      if (expectation.unclaimed) expect(doc.unclaimed.map((u) => u.reason), id).toContain(expectation.unclaimed);
      // stored context is bounded: a sentence is clipped, not stored whole per indicator
      for (const indicator of doc.indicators) expect(indicator.sentence.length).toBeLessThanOrEqual(402);
      // valid Unicode before any sink: no NUL, no lone surrogate
      const text = JSON.stringify(doc);
      expect(text).not.toMatch(/\\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
  });

  test.each(['jsonl', 'csv'])('%s: every good document stored, in one file, and the summary counts what it holds', async (format) => {
    const { out } = await runAll(format);
    expect(await listTree(out)).toEqual([`zhibiao.${format}`]);
    const text = await readFile(join(out, `zhibiao.${format}`), 'utf8');
    const ids =
      format === 'jsonl'
        ? text.trimEnd().split('\n').map((line) => (JSON.parse(line) as { document_id: string }).document_id)
        : parseCsv(text.replace(/^\ufeff/, '')).slice(1).map((row) => row[0] as string);
    expect([...new Set(ids)].sort()).toEqual(Object.keys(stored).sort());
  });

  test('sqlite: every good document stored with valid UTF-8 text', async () => {
    const { out } = await runAll('sqlite');
    const db = new Database(join(out, 'zhibiao.sqlite'), { readonly: true });
    try {
      const ids = (db.prepare('SELECT id FROM documents ORDER BY id').all() as { id: string }[]).map((r) => r.id);
      expect(ids).toEqual(Object.keys(stored).sort());
      // the bytes SQLite holds decode as strict UTF-8 (a lone surrogate used to be stored as invalid bytes)
      const blobs = db.prepare('SELECT CAST(sentence AS BLOB) AS b FROM indicators').all() as { b: Buffer }[];
      const strict = new TextDecoder('utf-8', { fatal: true });
      for (const { b } of blobs) expect(() => strict.decode(b)).not.toThrow();
    } finally {
      db.close();
    }
  });
});

describe('per-document limits, enforced in a worker even with --jobs 1', { timeout: CLI_TIMEOUT }, () => {
  test('a document over --max-memory fails alone; the next one is written', async () => {
    const out = join(dir, 'memory');
    await put(join(dir, 'mem', 'a-huge.txt'), percentRun(300_000));
    await put(join(dir, 'mem', 'b-good.txt'), await goodReport('mem'));
    const result = await runCli(['extract', join(dir, 'mem'), '--out', out, '--jobs', '1', '--max-memory', '128MB', '--max-bytes', '2MB']);
    expect(result.code, result.stderr).toBe(1);
    expect(failures(result.stderr).get('a-huge.txt')).toBe('memory limit reached: the document needs more than 128 MB (--max-memory)');
    expect(await readdir(out)).toEqual(['b-good.json']);
  });

  test('a document over --timeout is stopped and fails alone; the next one is written', async () => {
    const out = join(dir, 'time');
    await put(join(dir, 'slow', 'a-slow.txt'), percentRun(300_000));
    await put(join(dir, 'slow', 'b-good.txt'), await goodReport('slow'));
    const result = await runCli(['extract', join(dir, 'slow'), '--out', out, '--jobs', '1', '--timeout', '1', '--max-bytes', '2MB']);
    expect(result.code, result.stderr).toBe(1);
    expect(failures(result.stderr).get('a-slow.txt')).toBe('time limit reached: stopped after 1 s (--timeout)');
    expect(await readdir(out)).toEqual(['b-good.json']);
  });
});
