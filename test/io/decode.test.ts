import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import {
  BINARY_CONTENT,
  DEFAULT_MAX_BYTES,
  EMPTY_FILE,
  InputError,
  UNDECODABLE,
  assertSize,
  decodeBytes,
  legacyScore,
  sniffMagic,
  MAGIC_RULES,
} from '../../src/io/index.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/inputs/${name}`, import.meta.url));
const seed = readFileSync(new URL('../../corpus/boshan-2023.txt', import.meta.url), 'utf8');
const traditional = '去年全市地區生產總值完成282億元，同比增長6%。一般公共預算收入完成18.95億元。';
const simplifiedShort = '预计全区地区生产总值完成282亿元，同比增长6%；固定资产投资完成93.8亿元。';

const withBom = (bom: number[], body: Buffer): Buffer => Buffer.concat([Buffer.from(bom), body]);

/** Catches the InputError a call throws; fails the test on any other outcome. */
function inputErrorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError, nothing was thrown');
}

describe('decodeBytes: encodings', () => {
  test.each([
    { name: 'seed report (UTF-8)', bytes: readFileSync(new URL('../../corpus/boshan-2023.txt', import.meta.url)), encoding: 'utf-8', text: seed },
    { name: 'boshan-gb18030.txt', bytes: fixture('boshan-gb18030.txt'), encoding: 'gb18030', text: seed },
    { name: 'boshan-utf16.txt (LE with BOM)', bytes: fixture('boshan-utf16.txt'), encoding: 'utf-16le', text: seed },
    { name: 'UTF-8 with BOM', bytes: withBom([0xef, 0xbb, 0xbf], Buffer.from(simplifiedShort)), encoding: 'utf-8', text: simplifiedShort },
    { name: 'UTF-16BE with BOM', bytes: withBom([0xfe, 0xff], iconv.encode(seed, 'utf-16be')), encoding: 'utf-16be', text: seed },
    { name: 'UTF-16LE without BOM', bytes: iconv.encode(seed, 'utf-16le'), encoding: 'utf-16le', text: seed },
    { name: 'UTF-16BE without BOM', bytes: iconv.encode(seed, 'utf-16be'), encoding: 'utf-16be', text: seed },
    { name: 'short GBK sentence', bytes: iconv.encode(simplifiedShort, 'gbk'), encoding: 'gb18030', text: simplifiedShort },
    { name: 'short Big5 sentence', bytes: iconv.encode(traditional, 'big5'), encoding: 'big5', text: traditional },
    // Big5 bytes of 完成 read as GB's Greek/Cyrillic rows (ЧΘ); byte statistics reject that.
    { name: 'two Big5 characters', bytes: iconv.encode('<p>完成</p>', 'big5'), encoding: 'big5', text: '<p>完成</p>' },
    { name: 'two GBK characters', bytes: iconv.encode('<p>全区</p>', 'gbk'), encoding: 'gb18030', text: '<p>全区</p>' },
    { name: 'pure ASCII', bytes: Buffer.from('GDP 28.2 billion, +6%\n'), encoding: 'utf-8', text: 'GDP 28.2 billion, +6%\n' },
  ])('$name → $encoding', ({ bytes, encoding, text }) => {
    const decoded = decodeBytes(new Uint8Array(bytes), 'x.txt');
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(text);
    expect(decoded.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  test('big5.txt fixture decodes as big5 with its traditional characters intact', () => {
    const decoded = decodeBytes(fixture('big5.txt'), 'big5.txt');
    expect(decoded.encoding).toBe('big5');
    expect(decoded.text).toContain('地區生產總值完成282億元，同比增長6%');
  });
});

describe('decodeBytes: failures', () => {
  const noisy = Buffer.alloc(600);
  for (let i = 0; i < noisy.length; i++) noisy[i] = (i * 73 + 11) % 256; // covers 0x00 regularly
  test.each([
    { name: 'empty', bytes: Buffer.alloc(0), reason: EMPTY_FILE },
    { name: 'PNG image', bytes: fixture('binary.txt'), reason: BINARY_CONTENT },
    { name: 'bytes with NULs', bytes: noisy, reason: BINARY_CONTENT },
    { name: 'ELF header', bytes: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), reason: BINARY_CONTENT },
    { name: 'ZIP in a .txt', bytes: Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.from('word/document.xml')]), reason: BINARY_CONTENT },
    { name: 'PDF in a .txt', bytes: Buffer.from('%PDF-1.7\n1 0 obj'), reason: BINARY_CONTENT },
    { name: 'Latin-1 prose', bytes: Buffer.from('Café crème brûlée à la française, été.', 'latin1'), reason: UNDECODABLE },
    { name: 'control characters', bytes: Buffer.from('\x01\x02\x03\x04\x05\x06 abc \x07\x08\x0e\x0f\x10\x11'), reason: UNDECODABLE },
    { name: 'high bytes outside GB and Big5', bytes: Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? 0x80 : 0xff))), reason: UNDECODABLE },
  ])('$name → $reason', ({ bytes, reason }) => {
    const error = inputErrorOf(() => decodeBytes(new Uint8Array(bytes), 'in/file.txt'));
    expect(error.reason).toBe(reason);
    expect(error.file).toBe('in/file.txt');
    expect(error.message).toBe(`in/file.txt: ${reason}`);
    expect(error.message).not.toMatch(/\n/);
  });
});

describe('legacyScore separates GB from Big5', () => {
  test.each([
    { name: 'seed in gb18030', bytes: iconv.encode(seed, 'gb18030'), better: 'gb18030' as const },
    { name: 'traditional in big5', bytes: iconv.encode(traditional, 'big5'), better: 'big5' as const },
  ])('$name scores higher as $better', ({ bytes, better }) => {
    const other = better === 'gb18030' ? 'big5' : 'gb18030';
    expect(legacyScore(bytes, better)).toBeGreaterThan(0.8);
    expect(legacyScore(bytes, better)).toBeGreaterThan(legacyScore(bytes, other) + 0.2);
  });
});

describe('assertSize', () => {
  test.each([
    { size: 50 * 1024 * 1024, max: DEFAULT_MAX_BYTES, reason: 'file too large: 50.0 MB > 32 MB limit (--max-bytes)' },
    { size: 3 * 1024 * 1024, max: 2.5 * 1024 * 1024, reason: 'file too large: 3.0 MB > 2.5 MB limit (--max-bytes)' },
    { size: DEFAULT_MAX_BYTES, max: DEFAULT_MAX_BYTES, reason: null },
    { size: 0, max: DEFAULT_MAX_BYTES, reason: null },
  ])('$size bytes against $max', ({ size, max, reason }) => {
    if (reason === null) expect(() => assertSize('a.txt', size, max)).not.toThrow();
    else expect(inputErrorOf(() => assertSize('a.txt', size, max)).reason).toBe(reason);
  });
});

describe('sniffMagic', () => {
  test.each(MAGIC_RULES.flatMap((rule) => rule.examples.map((hex) => ({ id: rule.id, hex }))))('$id example', ({ id, hex }) => {
    expect(sniffMagic(Buffer.from(hex, 'hex'))).toBe(id);
  });
  test.each(['地区生产总值', 'PK but not a zip', 'GIF is a word', '<html><body>'])('text %s is no container', (text) => {
    expect(sniffMagic(Buffer.from(text))).toBeNull();
  });
});
