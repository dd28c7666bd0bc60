import { copyFileSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ZhibiaoDocument } from '../../src/schema/document.js';
import { CLI_TIMEOUT, REPO, runCli, sqliteCounts } from './cli-harness.js';

/**
 * The acceptance case of the real-world-inputs issue: the seed as UTF-8, GB18030, UTF-16
 * with BOM, HTML, DOCX and PDF, plus an empty and a binary file, in one directory.
 */
const VARIANTS: Readonly<Record<string, string>> = {
  'boshan-utf8.txt': 'corpus/boshan-2023.txt',
  'boshan-gb18030.txt': 'test/fixtures/inputs/boshan-gb18030.txt',
  'boshan-utf16.txt': 'test/fixtures/inputs/boshan-utf16.txt',
  'boshan.html': 'test/fixtures/inputs/boshan.html',
  'boshan.docx': 'test/fixtures/inputs/boshan.docx',
  'boshan.pdf': 'test/fixtures/inputs/boshan.pdf',
  'empty.txt': 'test/fixtures/inputs/empty.txt',
  'binary.txt': 'test/fixtures/inputs/binary.txt',
};

/** What a reader compares: name, value, unit and growth of each prose indicator. */
function proseIndicators(doc: ZhibiaoDocument): string[] {
  return doc.indicators
    .filter((i) => !i.ruleId.startsWith('table-'))
    .map((i) => JSON.stringify([i.name, i.value, i.unit, i.growth && [i.growth.value, i.growth.unit, i.growth.basis]]));
}

describe('the seed in six encodings and formats, with two bad files', { timeout: CLI_TIMEOUT }, () => {
  let dir = '';
  let out = '';
  let docs: Map<string, ZhibiaoDocument>;
  let stderr = '';
  let code: number | null = null;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zhibiao-six-'));
    for (const [name, from] of Object.entries(VARIANTS)) copyFileSync(join(REPO, from), join(dir, name));
    out = join(dir, 'out');
    const result = await runCli(['extract', dir, '--out', out, '--jobs', '2']);
    code = result.code;
    stderr = result.stderr;
    docs = new Map(
      readdirSync(out).map((f) => {
        const doc = JSON.parse(readFileSync(join(out, f), 'utf8')) as ZhibiaoDocument;
        return [doc.document.source?.split('/').pop() ?? f, doc] as const;
      }),
    );
  }, CLI_TIMEOUT);

  test('exit code 1 and exactly two named failures', () => {
    expect(code).toBe(1);
    const failures = stderr.split('\n').filter((l) => l.startsWith('zhibiao: ') && !l.startsWith('zhibiao: note:'));
    expect(failures).toHaveLength(2);
    expect(failures.some((l) => l.includes('empty.txt') && /empty/.test(l))).toBe(true);
    expect(failures.some((l) => l.includes('binary.txt') && /binary/.test(l))).toBe(true);
  });

  test('the six good variants give the same indicators (name, value, unit, growth)', () => {
    const reference = proseIndicators(docs.get('boshan-utf8.txt') as ZhibiaoDocument);
    expect(reference.length).toBeGreaterThan(100);
    for (const name of ['boshan-gb18030.txt', 'boshan-utf16.txt', 'boshan.html', 'boshan.docx', 'boshan.pdf']) {
      const doc = docs.get(name);
      expect(doc, `${name} was not written`).toBeDefined();
      expect(proseIndicators(doc as ZhibiaoDocument), name).toEqual(reference);
    }
  });

  test('each variant reports its encoding and format', () => {
    expect(docs.get('boshan-gb18030.txt')?.document.encoding).toBe('gb18030');
    expect(docs.get('boshan-utf16.txt')?.document.encoding).toBe('utf-16le');
    expect(docs.get('boshan.html')?.document.format).toBe('html');
    expect(docs.get('boshan.docx')?.document.format).toBe('docx');
    expect(docs.get('boshan.pdf')?.document.format).toBe('pdf');
  });

  test('the summary table the html, docx and pdf variants carry gives the same figures as the prose', () => {
    for (const name of ['boshan.html', 'boshan.docx', 'boshan.pdf']) {
      const cells = (docs.get(name) as ZhibiaoDocument).indicators.filter((i) => i.ruleId.startsWith('table-'));
      expect(cells.map((c) => c.value), name).toEqual(expect.arrayContaining([282, 18.95, 93.8, 48.5]));
    }
  });

  test('sqlite holds the same rows after a second run as after the first', async () => {
    const db = join(dir, 'db');
    await runCli(['extract', dir, '--out', db, '--format', 'sqlite', '--jobs', '2']);
    const first = sqliteCounts(join(db, 'zhibiao.sqlite'));
    const again = await runCli(['extract', dir, '--out', db, '--format', 'sqlite', '--jobs', '2']);
    expect(again.code).toBe(1);
    expect(sqliteCounts(join(db, 'zhibiao.sqlite'))).toEqual(first);
    expect(Object.keys(first)).toHaveLength(6);
  });
});
