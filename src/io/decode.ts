import chardet from 'chardet';
import iconv from 'iconv-lite';
import { InputError } from './input-error.js';
import { sniffMagic } from './magic.js';

/** The encodings zhibiao reports, lower-case as in the output's `document.encoding`. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface DecodedText {
  /** The decoded text, byte-order mark removed. Offsets in the output index into this. */
  readonly text: string;
  readonly encoding: TextEncoding;
  /** Invalid byte sequences decoded as U+FFFD in an otherwise good UTF-8 text. */
  readonly replacedBytes?: number;
}

/**
 * How many flaws (invalid byte sequences, NUL bytes) a text may have and still be read, with
 * each replaced by U+FFFD and a warning: a stray byte from a bad copy should not cost a
 * whole report, while a binary file or a text in another encoding has far more.
 *
 * @example
 * flawTolerance(60_000); // 60
 * flawTolerance(300); // 1
 */
export function flawTolerance(length: number): number {
  return Math.max(1, Math.floor(length / 1000));
}

/** Default input size limit (32 MiB); the CLI's --max-bytes overrides it. */
export const DEFAULT_MAX_BYTES: number = 32 * 1024 * 1024;


/** One-line reasons shared with the readers and the tests. */
export const UNDECODABLE: string = 'not decodable as text (tried utf-8, gb18030, big5)';
export const BINARY_CONTENT: string = 'binary content: NUL bytes / not text';
export const EMPTY_FILE: string = 'empty file (0 bytes)';

/** Share of bad characters (U+FFFD, control characters) above which a decoding is rejected. */
const MAX_BAD_RATIO = 0.01;
/** Share of frequent-character byte pairs a legacy CJK decoding must reach to be believed. */
const MIN_LEGACY_SCORE = 0.5;

interface Bom {
  readonly encoding: TextEncoding;
  readonly bytes: readonly number[];
}

const BOMS: readonly Bom[] = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

/**
 * Throws the `file too large` InputError when `size` exceeds `maxBytes`.
 *
 * @example
 * assertSize('big.txt', 50 * 1024 * 1024, DEFAULT_MAX_BYTES);
 * // throws "big.txt: file too large: 50.0 MB > 32 MB limit (--max-bytes)"
 */
export function assertSize(path: string, size: number, maxBytes: number = DEFAULT_MAX_BYTES): void {
  if (size <= maxBytes) return;
  throw new InputError(path, `file too large: ${approxBytes(size)} > ${formatBytes(maxBytes)} limit (--max-bytes)`);
}

/**
 * Throws when a container (a .docx) would inflate to more than `maxBytes`.
 *
 * @example
 * assertInflatedSize('bomb.docx', 418 * 1024 * 1024);
 * // throws "bomb.docx: inflates to 418.0 MB > 32 MB limit (--max-bytes)"
 */
export function assertInflatedSize(path: string, size: number, maxBytes: number = DEFAULT_MAX_BYTES): void {
  if (size <= maxBytes) return;
  throw new InputError(path, `inflates to ${approxBytes(size)} > ${formatBytes(maxBytes)} limit (--max-bytes)`);
}

/** Binary units, in the form `--max-bytes` accepts back. */
const BYTE_UNITS: readonly (readonly [string, number])[] = [
  ['GB', 1024 ** 3],
  ['MB', 1024 ** 2],
  ['KB', 1024],
];

/** A measured size, to one decimal in the largest unit it reaches: `12.0 MB`, `418.3 MB`, `100 bytes`. */
function approxBytes(size: number): string {
  const unit = BYTE_UNITS.find(([, factor]) => size >= factor);
  return unit ? `${(size / unit[1]).toFixed(1)} ${unit[0]}` : `${size} byte${size === 1 ? '' : 's'}`;
}

/**
 * A byte count for a message: exact when it is a whole number of a unit, else one decimal.
 *
 * @example
 * formatBytes(100); // '100 bytes'
 * formatBytes(32 * 1024 * 1024); // '32 MB'
 * formatBytes(1536); // '1.5 KB'
 */
export function formatBytes(size: number): string {
  for (const [unit, factor] of BYTE_UNITS) {
    if (size >= factor) return size % factor === 0 ? `${size / factor} ${unit}` : `${(size / factor).toFixed(1)} ${unit}`;
  }
  return `${size} byte${size === 1 ? '' : 's'}`;
}

/**
 * The byte-order mark a buffer starts with, if any.
 *
 * @example
 * detectBom(new Uint8Array([0xff, 0xfe, 0x30, 0x57]))?.encoding; // 'utf-16le'
 */
export function detectBom(bytes: Uint8Array): Bom | null {
  return BOMS.find((bom) => bom.bytes.every((b, i) => bytes[i] === b)) ?? null;
}

/**
 * UTF-16 without a BOM shows NULs in the high byte of every ASCII character (digits,
 * newlines), mostly at odd offsets (little-endian) or mostly at even offsets (big-endian).
 *
 * @example
 * detectUtf16ByNuls(iconv.encode('2023年\n增长6%', 'utf-16le')); // 'utf-16le'
 */
export function detectUtf16ByNuls(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 64 * 1024) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  // CJK code units such as U+4E00 (一) put a NUL on the other side too, so compare, don't demand zero.
  const minimum = Math.max(2, (n / 2) * 0.01);
  if (odd >= minimum && even * 4 <= odd) return 'utf-16le';
  if (even >= minimum && odd * 4 <= even) return 'utf-16be';
  return null;
}

/** More NUL bytes than a damaged text would have: the mark of a binary file. */
function hasManyNulBytes(bytes: Uint8Array): boolean {
  let nuls = 0;
  for (const b of bytes) if (b === 0) nuls++;
  return nuls > flawTolerance(bytes.length);
}

/**
 * UTF-8 with a few invalid sequences (a stray 0xFF), decoded with each one as U+FFFD; null
 * when there are more than {@link flawTolerance} allows, i.e. the text is not UTF-8.
 */
function lenientUtf8(bytes: Uint8Array): DecodedText | null {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let replaced = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) replaced++;
  // U+FFFD written as such in the file (EF BF BD) is not a replacement
  let genuine = 0;
  for (let i = bytes.indexOf(0xef); i !== -1; i = bytes.indexOf(0xef, i + 1)) if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) genuine++;
  const invalid = replaced - genuine;
  return invalid <= flawTolerance(bytes.length) ? { text, encoding: 'utf-8', replacedBytes: invalid } : null;
}

/** Characters that never appear in a readable report: U+FFFD, C0/C1 controls, private use. */
function isBadChar(code: number): boolean {
  if (code === 0xfffd) return true;
  if (code < 0x20) return !(code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c || code === 0x0b || code === 0x1a);
  if (code >= 0x7f && code <= 0x9f) return true;
  return code >= 0xe000 && code <= 0xf8ff;
}

/**
 * Share of bad characters (U+FFFD, control characters, private use) in a decoded text.
 *
 * @example
 * badCharRatio('增长\ufffd6%'); // 0.2
 */
export function badCharRatio(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) if (isBadChar(text.charCodeAt(i))) bad++;
  return bad / text.length;
}

/**
 * True when the bytes are well-formed UTF-8 (checked by a fatal TextDecoder).
 *
 * @example
 * isStrictUtf8(iconv.encode('增长', 'gbk')); // false
 */
export function isStrictUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Share of double-byte characters that fall in the frequent block of a legacy CJK code:
 * GB2312 level 1 (lead B0–D7) plus punctuation and full-width forms (A1–A3; not the
 * kana, Greek and Cyrillic rows, which Big5 text turns into) for gb18030; the frequent block
 * (lead A4–C6) plus symbols (A1–A3) for Big5. Each code reads the other's text as
 * mostly rare characters, which is what separates them and garbage from both.
 *
 * @example
 * legacyScore(iconv.encode('地区生产总值', 'gbk'), 'gb18030'); // 1
 */
export function legacyScore(bytes: Uint8Array, encoding: 'gb18030' | 'big5'): number {
  let good = 0;
  let total = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    total++;
    const trail = bytes[i + 1] ?? -1;
    if (lead === 0x80 || lead === 0xff) {
      i++;
    } else if (encoding === 'gb18030' && trail >= 0x30 && trail <= 0x39) {
      i += 4; // four-byte gb18030 sequence: valid but rare in reports
    } else if (trail >= 0x40 && trail !== 0x7f && trail !== 0xff) {
      if (encoding === 'gb18030') {
        if (trail >= 0xa1 && ((lead >= 0xa1 && lead <= 0xa3) || (lead >= 0xb0 && lead <= 0xd7))) good++;
      } else if ((trail <= 0x7e || trail >= 0xa1) && lead >= 0xa1 && lead <= 0xc6) {
        good++;
      }
      i += 2;
    } else {
      i++;
    }
  }
  return total === 0 ? 0 : good / total;
}

const CHARDET_NAMES: Readonly<Record<string, 'gb18030' | 'big5'>> = {
  GB18030: 'gb18030',
  GBK: 'gb18030',
  GB2312: 'gb18030',
  Big5: 'big5',
};

function decodeLegacy(bytes: Uint8Array, path: string): DecodedText {
  const confidence: Record<'gb18030' | 'big5', number> = { gb18030: 0, big5: 0 };
  for (const match of chardet.analyse(bytes)) {
    const name = CHARDET_NAMES[match.name];
    if (name !== undefined) confidence[name] = Math.max(confidence[name], match.confidence / 100);
  }
  const candidates = (['gb18030', 'big5'] as const)
    .map((encoding) => {
      const score = legacyScore(bytes, encoding);
      return { encoding, score, rank: score + confidence[encoding] };
    })
    .sort((a, b) => b.rank - a.rank);
  for (const { encoding, score } of candidates) {
    if (score < MIN_LEGACY_SCORE) continue;
    const text = iconv.decode(Buffer.from(bytes), encoding, { stripBOM: false });
    if (badCharRatio(text) <= MAX_BAD_RATIO) return { text, encoding };
  }
  throw new InputError(path, UNDECODABLE);
}

/**
 * Decodes with a known encoding (a BOM's, or an HTML page's declared charset); throws the
 * undecodable InputError when the result is full of U+FFFD or control characters.
 *
 * @example
 * decodeAs(iconv.encode('同比增长6%', 'gb18030'), 'gb18030', 'a.html'); // { text: '同比增长6%', encoding: 'gb18030' }
 */
export function decodeAs(bytes: Uint8Array, encoding: TextEncoding, path: string): DecodedText {
  const text =
    encoding === 'utf-8'
      ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
      : iconv.decode(Buffer.from(bytes), encoding, { stripBOM: false });
  if (badCharRatio(text) > MAX_BAD_RATIO) {
    throw new InputError(path, UNDECODABLE);
  }
  return { text, encoding };
}

/**
 * Throws InputError for an empty buffer or one with a binary signature (PNG, ZIP, PDF, …).
 *
 * @example
 * assertTextLike(new Uint8Array(0), 'a.txt'); // throws "a.txt: empty file (0 bytes)"
 */
export function assertTextLike(bytes: Uint8Array, path: string): void {
  if (bytes.length === 0) throw new InputError(path, EMPTY_FILE);
  if (sniffMagic(bytes) !== null) throw new InputError(path, BINARY_CONTENT);
}

/**
 * Decodes a text file's bytes: BOM first, then strict UTF-8, then UTF-16 recognised by its
 * NUL pattern, then UTF-8 with a few invalid bytes, then gb18030 or Big5 (chardet's ranking checked against byte statistics).
 *
 * @example
 * decodeBytes(iconv.encode('地区生产总值完成282亿元', 'gb18030'), 'a.txt');
 * // { text: '地区生产总值完成282亿元', encoding: 'gb18030' }
 */
export function decodeBytes(bytes: Uint8Array, path: string): DecodedText {
  assertTextLike(bytes, path);
  const bom = detectBom(bytes);
  if (bom !== null) return decodeAs(bytes.subarray(bom.bytes.length), bom.encoding, path);

  const utf16 = detectUtf16ByNuls(bytes);
  if (utf16 !== null) {
    const text = iconv.decode(Buffer.from(bytes), utf16, { stripBOM: false });
    // A NUL pattern alone could be a binary record format; real UTF-16 text decodes cleanly.
    if (badCharRatio(text) <= MAX_BAD_RATIO) return { text, encoding: utf16 };
    throw new InputError(path, BINARY_CONTENT);
  }
  if (hasManyNulBytes(bytes)) throw new InputError(path, BINARY_CONTENT);

  // a few NULs are left in and replaced with the other flaws (see load-document's validText)
  if (isStrictUtf8(bytes)) return decodeAs(bytes, 'utf-8', path);
  // a legacy encoding first: text in one has few bytes that would pass as UTF-8, while UTF-8
  // with a stray byte never reaches a legacy code's score
  try {
    return decodeLegacy(bytes, path);
  } catch (error) {
    const damaged = lenientUtf8(bytes);
    if (damaged) return damaged;
    throw error;
  }
}
