import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { InputError, detectFormat, listInputs, loadDocument, type LoadedDocument } from '../../src/io/index.js';

const dir = 'test/fixtures/inputs';
const seedPath = 'corpus/boshan-2023.txt';
const seed = readFileSync(seedPath, 'utf8');
const strip = (text: string): string => text.replace(/\s+/g, '');

/** The seed's sentences without whitespace: split after 。；！？ so wrapping cannot hide a loss. */
const seedSentences = strip(seed)
  .split(/(?<=[。；！？])/)
  .filter((s) => s.length > 0);

const scratch = mkdtempSync(join(tmpdir(), 'zhibiao-io-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function rejection(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError, the promise resolved');
}

describe('loadDocument: the six good variants of the seed', () => {
  test.each([
    { path: seedPath, id: 'boshan-2023', format: 'txt', encoding: 'utf-8' },
    { path: `${dir}/boshan-gb18030.txt`, id: 'boshan-gb18030', format: 'txt', encoding: 'gb18030' },
    { path: `${dir}/boshan-utf16.txt`, id: 'boshan-utf16', format: 'txt', encoding: 'utf-16le' },
    { path: `${dir}/boshan.html`, id: 'boshan', format: 'html', encoding: 'gb18030' },
    { path: `${dir}/boshan.docx`, id: 'boshan', format: 'docx', encoding: 'utf-8' },
    { path: `${dir}/boshan.pdf`, id: 'boshan', format: 'pdf', encoding: 'utf-8' },
  ])('$path ($format, $encoding) holds every seed sentence', async ({ path, id, format, encoding }) => {
    const doc: LoadedDocument = await loadDocument(path);
    expect({ path: doc.path, id: doc.id, format: doc.format, encoding: doc.encoding }).toEqual({ path, id, format, encoding });
    expect(doc.sha256).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'));
    const loaded = strip(doc.text);
    const missing = seedSentences.filter((sentence) => !loaded.includes(sentence));
    expect(missing).toEqual([]);
    // Sentences also come in the seed's order.
    let at = 0;
    for (const sentence of seedSentences) {
      const found = loaded.indexOf(sentence, at);
      expect(found).toBeGreaterThanOrEqual(at);
      at = found + sentence.length;
    }
  });

  test('the seed sentence list is long enough to mean something', () => {
    expect(seedSentences.length).toBeGreaterThan(80);
  });
});

describe('loadDocument: failures are InputErrors with one-line reasons', () => {
  mkdirSync(join(scratch, 'a-dir.txt'));
  const big = join(scratch, 'big.txt');
  writeFileSync(big, '');
  truncateSync(big, 12 * 1024 * 1024);

  test.each([
    { path: `${dir}/empty.txt`, reason: /^empty file \(0 bytes\)$/ },
    { path: `${dir}/binary.txt`, reason: /^binary content: NUL bytes \/ not text$/ },
    { path: `${dir}/corrupt.docx`, reason: /^corrupt \.docx: \S/ },
    { path: `${dir}/corrupt.pdf`, reason: /^corrupt \.pdf: \S/ },
    { path: `${dir}/no-text.pdf`, reason: /^no text layer in PDF \(scanned\?\)$/ },
    { path: `${dir}/does-not-exist.txt`, reason: /^no such file or directory$/ },
    { path: join(scratch, 'a-dir.txt'), reason: /^is a directory$/ },
    { path: big, options: { maxBytes: 10 * 1024 * 1024 }, reason: /^file too large: 12\.0 MB > 10 MB limit \(--max-bytes\)$/ },
  ])('$path → $reason', async ({ path, reason, options }) => {
    const error = await rejection(loadDocument(path, options));
    expect(error.file).toBe(path);
    expect(error.reason).toMatch(reason);
    expect(error.message).toBe(`${path}: ${error.reason}`);
    expect(error.message).not.toMatch(/\n/);
  });

  test('the good odd ones load: malformed HTML and Big5 text', async () => {
    const html = await loadDocument(`${dir}/malformed.html`);
    expect([html.format, html.encoding]).toEqual(['html', 'utf-8']);
    const big5 = await loadDocument(`${dir}/big5.txt`);
    expect([big5.format, big5.encoding]).toEqual(['txt', 'big5']);
  });

  test('a file without read permission → permission denied', async (ctx) => {
    const locked = join(scratch, 'locked.txt');
    writeFileSync(locked, '地区生产总值');
    chmodSync(locked, 0o000);
    let readable = false;
    try {
      readFileSync(locked);
      readable = true;
    } catch {
      readable = false;
    }
    if (readable) {
      console.log('skipped: chmod 000 does not stop this user from reading (running as root?)');
      ctx.skip();
      return;
    }
    const error = await rejection(loadDocument(locked));
    expect(error.reason).toBe('permission denied');
  });
});

describe('detectFormat', () => {
  const docxBytes = readFileSync(`${dir}/boshan.docx`);
  test.each([
    { name: 'HTML content in a .txt', bytes: Buffer.from('\n  <!DOCTYPE html><p>正文</p>'), path: 'a.txt', format: 'html' },
    { name: 'HTML after a comment', bytes: Buffer.from('<!-- saved page --><html><body>正文'), path: 'a.txt', format: 'html' },
    { name: 'a PDF named .txt', bytes: Buffer.from('%PDF-1.4\n'), path: 'a.txt', format: 'pdf' },
    { name: 'a docx named .bin', bytes: docxBytes, path: 'a.bin', format: 'docx' },
    { name: 'a ZIP without a Word body, named .docx', bytes: Buffer.from('PK\x03\x04content.xml'), path: 'a.docx', format: 'docx' },
    { name: 'plain text named .htm', bytes: Buffer.from('地区生产总值'), path: 'a.htm', format: 'html' },
    { name: 'plain text named .md', bytes: Buffer.from('# 报告'), path: 'a.md', format: 'txt' },
    { name: 'prose mentioning <html> later on', bytes: Buffer.from(`${'正文'.repeat(300)}<html>`), path: 'a.txt', format: 'txt' },
    { name: 'unknown extension', bytes: Buffer.from('地区生产总值'), path: 'a.dat', format: 'txt' },
  ])('$name → $format', ({ bytes, path, format }) => {
    expect(detectFormat(bytes, path)).toBe(format);
  });
});

describe('listInputs', () => {
  const root = join(scratch, 'tree');
  const files: Record<string, string> = {
    'b.txt': 'b',
    'a.html': '<p>a</p>',
    '.hidden.txt': 'h',
    '.git/config.txt': 'g',
    'sub/c.docx': 'c',
    'sub/d.pdf': 'd',
    'sub/notes.json': '{}',
    'sub/deeper/e.htm': 'e',
    'sub/deeper/f.TXT': 'f',
  };
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), body);
  }

  test('walks directories: supported extensions only, hidden skipped, sorted', async () => {
    const { files: found, errors } = await listInputs([root]);
    expect(errors).toEqual([]);
    expect(found).toEqual(
      ['a.html', 'b.txt', 'sub/c.docx', 'sub/d.pdf', 'sub/deeper/e.htm', 'sub/deeper/f.TXT'].map((f) => join(root, f)),
    );
  });

  test('explicit files are always tried; duplicates collapse; missing paths become errors', async () => {
    const json = join(root, 'sub/notes.json');
    const missing = join(root, 'missing.txt');
    const { files: found, errors } = await listInputs([json, root, join(root, 'b.txt'), `${root}/./b.txt`, missing]);
    expect(found).toContain(json);
    expect(found.filter((f) => f.endsWith('b.txt'))).toHaveLength(1);
    expect(found).toEqual([...found].sort());
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(InputError);
    expect(errors[0]?.message).toBe(`${missing}: no such file or directory`);
  });
});
