import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pageName } from '../../src/review/review-command.js';
import { CLI_TIMEOUT, listTree, runCli } from '../cli/cli-harness.js';
import { pageFolder } from './browser.js';

const SEED = 'corpus/boshan-2023.txt';

describe('zhibiao review', () => {
  let dir: string;
  let remove: () => Promise<void>;

  beforeAll(async () => {
    ({ dir, remove } = await pageFolder());
  });
  afterAll(async () => remove?.());

  test('a directory of reports: one page per document and an index linking each, identical on a re-run', async () => {
    const inputs = join(dir, 'in');
    await mkdir(inputs);
    await copyFile(SEED, join(inputs, 'boshan-2023.txt'));
    await copyFile('test/fixtures/real/10-changji-2023-gongbao.txt', join(inputs, 'changji.txt'));
    // a JSON file that is not a zhibiao document is passed over in a directory
    await writeFile(join(inputs, 'settings.json'), '{"theme":"dark"}');
    const out = join(dir, 'out');
    const first = await runCli(['review', inputs, '--out', out]);
    expect(first.stderr).toMatch(/2 pages and the index written/);
    expect(first.code).toBe(0);
    expect(await listTree(out)).toEqual(['boshan-2023.html', 'changji.html', 'index.html']);
    const index = await readFile(join(out, 'index.html'), 'utf8');
    expect([...index.matchAll(/<a href="([^"]+)">/g)].map((m) => m[1])).toEqual(['boshan-2023.html', 'changji.html']);
    expect(index).toMatch(/<td class="num">118<\/td>/);
    const before = await readFile(join(out, 'boshan-2023.html'));
    expect((await runCli(['review', inputs, '--out', out])).code).toBe(0);
    expect((await readFile(join(out, 'boshan-2023.html'))).equals(before)).toBe(true);
    expect(await listTree(out)).toEqual(['boshan-2023.html', 'changji.html', 'index.html']);
    // with the output inside the input folder, a re-run does not review its own pages
    const inside = join(inputs, 'review');
    expect((await runCli(['review', inputs, '--out', inside])).code).toBe(0);
    const again = await runCli(['review', inputs, '--out', inside]);
    expect(again.stderr).toMatch(/2 pages and the index written/);
    expect(await listTree(inside)).toEqual(['boshan-2023.html', 'changji.html', 'index.html']);
  }, CLI_TIMEOUT);

  test('zhibiao JSON written with --keep-text is reviewed as it is; without its text, the file is named with the reason', async () => {
    const json = join(dir, 'json');
    expect((await runCli(['extract', SEED, '--out', join(json, 'kept'), '--keep-text'])).code).toBe(0);
    expect((await runCli(['extract', SEED, '--out', join(json, 'plain')])).code).toBe(0);
    const out = join(dir, 'json-out');
    const kept = join(json, 'kept', 'boshan-2023.json');
    const plain = join(json, 'plain', 'boshan-2023.json');
    const result = await runCli(['review', kept, plain, '--out', out]);
    expect(result.code).toBe(1);
    const errors = result.stderr.split('\n').filter((line) => line.startsWith('zhibiao:'));
    expect(errors).toEqual([`zhibiao: ${plain}: has no text: write it with \`zhibiao extract --keep-text\`, or review the report file itself`]);
    expect(await listTree(out)).toEqual(['boshan-2023.html', 'index.html']);
    // the page from the JSON is the page from the report: the review never re-extracts
    const fromReport = join(dir, 'report-out');
    expect((await runCli(['review', SEED, '--out', fromReport])).code).toBe(0);
    const pageOf = async (folder: string): Promise<string> => (await readFile(join(folder, 'boshan-2023.html'), 'utf8'));
    expect(await pageOf(out)).toBe(await pageOf(fromReport));
  }, CLI_TIMEOUT);

  test('bad inputs: each named on one line with its reason, the good ones still written', async () => {
    const out = join(dir, 'bad-out');
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{"schemaVersion": "1", "text": "x"');
    const shifted = join(dir, 'shifted.json');
    const doc = JSON.parse(await readFile(join(dir, 'json', 'kept', 'boshan-2023.json'), 'utf8')) as { text: string };
    await writeFile(shifted, JSON.stringify({ ...doc, text: `前言${doc.text}` }));
    const result = await runCli(['review', SEED, join(dir, 'missing.txt'), broken, shifted, 'test/fixtures/inputs/empty.txt', '--out', out]);
    expect(result.code).toBe(1);
    const errors = result.stderr.split('\n').filter((line) => line.startsWith('zhibiao:'));
    expect(errors).toHaveLength(4);
    expect(errors).toContain(`zhibiao: ${join(dir, 'missing.txt')}: no such file or directory`);
    expect(errors.find((e) => e.includes('broken.json'))).toMatch(/: not valid JSON \(/);
    expect(errors.find((e) => e.includes('shifted.json'))).toMatch(/: its spans do not fit its text \(indicator boshan-2023:1: the text at \d+–\d+ is not "/);
    expect(errors).toContain('zhibiao: test/fixtures/inputs/empty.txt: empty file (0 bytes)');
    expect(await listTree(out)).toEqual(['boshan-2023.html', 'index.html']);
  }, CLI_TIMEOUT);

  test('usage: no input is a usage error', async () => {
    expect((await runCli(['review'])).code).toBe(2);
  }, CLI_TIMEOUT);
});

describe('pageName', () => {
  test.each([
    ['boshan-2023', 'boshan-2023.html'],
    ['../etc/passwd', '__etc_passwd.html'],
    ['a/b\\c:d', 'a_b_c_d.html'],
    ['index', 'index-doc.html'],
    ['报告#1 50%', '报告_1 50_.html'],
  ])('%s → %s', (id, expected) => {
    expect(pageName(id, new Set(['index.html']))).toBe(expected);
  });

  test('ids that meet get a counter, case-insensitively', () => {
    const taken = new Set<string>();
    expect([pageName('A', taken), pageName('a', taken), pageName('a/', taken), pageName('a_', taken)]).toEqual(['A.html', 'a-2.html', 'a_.html', 'a_-2.html']);
  });
});
