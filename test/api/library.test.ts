import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { extractAll, type ExtractResult } from '../../src/api/extract-all.js';
import { extractFile } from '../../src/api/extract-file.js';
import { processFile } from '../../src/batch/process-file.js';
import { InputError } from '../../src/io/input-error.js';
import { extract } from '../../src/pipeline.js';

// The library's file API on the TypeScript sources (jobs 1 runs in this thread); worker threads
// need the build, so jobs 2 goes through dist/ as a consumer would (npm test builds first).
const SEED = 'corpus/boshan-2023.txt';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zhibiao-api-'));
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'only-words.txt'), '关于工作的报告\n一、总体情况\n各项工作稳步推进。\n');
});

async function collect(results: AsyncIterable<ExtractResult>): Promise<ExtractResult[]> {
  const all: ExtractResult[] = [];
  for await (const r of results) all.push(r);
  return all;
}

const summary = (r: ExtractResult): unknown => (r.ok ? { ok: true, file: r.file, id: r.document.document.id, n: r.document.indicators.length } : r);

describe('extract', () => {
  test.each([
    ['a Buffer', Buffer.from('地区生产总值'), /not a Buffer; to read a file use extractFile\(path\)/],
    ['a Uint8Array', new Uint8Array([1, 2]), /not a Uint8Array/],
    ['undefined', undefined, /not a undefined/],
  ])('%s is a TypeError', (_what, value, message) => {
    expect(() => extract(value as unknown as string)).toThrow(TypeError);
    expect(() => extract(value as unknown as string)).toThrow(message);
  });

  test('a string is format txt unless told otherwise', () => {
    expect(extract('2023年地区生产总值增长6%。').document.format).toBe('txt');
    expect(extract('2023年地区生产总值增长6%。', { format: 'html' }).document.format).toBe('html');
  });
});

describe('extractFile', () => {
  test('gives the document the command line writes', async () => {
    const outcome = await processFile({ file: SEED, keepText: false });
    expect(outcome.ok && 'doc' in outcome).toBe(true);
    expect(await extractFile(SEED)).toEqual('doc' in outcome ? outcome.doc : null);
  });

  test.each([
    ['test/fixtures/inputs/boshan-gb18030.txt', 'txt', 'gb18030'],
    ['test/fixtures/inputs/boshan-utf16.txt', 'txt', 'utf-16le'],
    ['test/fixtures/inputs/boshan.docx', 'docx', 'utf-8'],
    ['test/fixtures/inputs/boshan.html', 'html', 'gb18030'],
  ])('%s: format %s, encoding %s, the seed\'s figures', async (file, format, encoding) => {
    const doc = await extractFile(file, { id: 'x', keepText: true });
    expect(doc.document).toMatchObject({ id: 'x', source: file, format, encoding });
    expect(doc.text?.length).toBeGreaterThan(1000);
    expect(doc.indicators.find((i) => i.name === '地区生产总值')?.value).toBe(282);
  });

  test('an unreadable file rejects with an InputError naming it', async () => {
    const empty = join(dir, 'empty.txt');
    await expect(extractFile(empty)).rejects.toThrow(InputError);
    await expect(extractFile(empty)).rejects.toThrow(`${empty}: empty file (0 bytes)`);
    await expect(extractFile(SEED, { maxBytes: 100 })).rejects.toThrow(/file too large/);
  });

  test('a Buffer instead of a path is a TypeError', async () => {
    await expect(extractFile(Buffer.from('x') as unknown as string)).rejects.toThrow(/takes a file path as a string, not a Buffer/);
  });
});

describe('extractAll', () => {
  test('missing paths first, then every file sorted, bad ones with their reason', async () => {
    const results = await collect(extractAll([SEED, dir, join(dir, 'missing.txt')], { jobs: 1 }));
    expect(results.map(summary)).toEqual([
      { ok: false, file: join(dir, 'missing.txt'), reason: 'no such file or directory' },
      { ok: false, file: join(dir, 'empty.txt'), reason: 'empty file (0 bytes)' },
      { ok: false, file: join(dir, 'only-words.txt'), reason: expect.stringMatching(/^no indicators found/) },
      { ok: true, file: SEED, id: 'boshan-2023', n: 118 },
    ]);
  });

  test('leaving the loop early ends the batch', async () => {
    const seen: string[] = [];
    for await (const r of extractAll([SEED, 'test/fixtures/reports/qinglan-2023.txt', 'test/fixtures/reports/dev'], { jobs: 1 })) {
      seen.push(r.file);
      break;
    }
    expect(seen).toEqual([SEED]);
  });

  test('an aborted signal stops it after the file under way', async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    for await (const r of extractAll([SEED, 'test/fixtures/reports/qinglan-2023.txt', 'test/fixtures/reports/dev'], { jobs: 1, signal: controller.signal })) {
      seen.push(r.file);
      controller.abort();
    }
    expect(seen).toEqual([SEED]);
  });

  test('on two worker threads (the build) it yields what one thread yields', async () => {
    const built = (await import('../../dist/index.js')) as typeof import('../../src/index.js');
    const inputs = [SEED, 'test/fixtures/reports', join(dir, 'empty.txt')];
    const one = await collect(extractAll(inputs, { jobs: 1 }));
    const two = await collect(built.extractAll(inputs, { jobs: 2 }));
    expect(two.filter((r) => r.ok).length).toBeGreaterThanOrEqual(5);
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });
});
