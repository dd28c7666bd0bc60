import { createHash } from 'node:crypto';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { assertSize, decodeBytes, DEFAULT_MAX_BYTES, type TextEncoding } from './decode.js';
import { InputError } from './input-error.js';
import { isDocxZip, sniffMagic } from './magic.js';
import type { InputFormat } from '../schema/document.js';

export type { InputFormat };

export interface LoadedDocument {
  readonly path: string;
  /** Basename without extension: `corpus/boshan-2023.txt` → `boshan-2023`. */
  readonly id: string;
  /** Hex SHA-256 of the raw bytes. */
  readonly sha256: string;
  /** Encoding of the text as stored; docx and pdf carry their own Unicode, reported as utf-8. */
  readonly encoding: TextEncoding;
  readonly format: InputFormat;
  /** The decoded text, BOM removed; output offsets index into it. */
  readonly text: string;
}

export interface LoadOptions {
  /** Larger files fail with `file too large`; default DEFAULT_MAX_BYTES (32 MiB). */
  readonly maxBytes?: number;
}

/** File extensions a directory walk picks up, with the format each implies. */
export const EXTENSION_FORMATS: Readonly<Record<string, InputFormat>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'txt',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

const FS_REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'no such file or directory',
  ENOTDIR: 'no such file or directory',
  EISDIR: 'is a directory',
  ELOOP: 'too many levels of symbolic links',
  EMFILE: 'too many open files',
};

function fsError(path: string, error: unknown): InputError {
  if (error instanceof InputError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const reason = typeof code === 'string' ? (FS_REASONS[code] ?? `cannot read (${code})`) : 'cannot read';
  return new InputError(path, reason, { cause: error });
}

/** Markup at the start of a file: optional BOM, XML declaration, comments, then an HTML tag. */
const HTML_START = /^(?:\ufeff|\u00ef\u00bb\u00bf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta)\b/i;

/**
 * The format of a file, judged by content first (ZIP with word/document.xml, %PDF, an
 * HTML tag at the start) and by extension second; anything else is tried as text.
 *
 * @example
 * detectFormat(Buffer.from('<!DOCTYPE html><p>…</p>'), 'report.txt'); // 'html'
 * detectFormat(Buffer.from('地区生产总值'), 'report.htm'); // 'html'
 */
export function detectFormat(bytes: Uint8Array, path: string): InputFormat {
  if (isDocxZip(bytes)) return 'docx';
  if (sniffMagic(bytes) === 'pdf') return 'pdf';
  // UTF-16 markup shows as tag characters separated by NULs in a latin1 view.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048))
    .toString('latin1')
    .replace(/\u0000/g, '');
  if (HTML_START.test(head) || /<html[\s>]/i.test(head.slice(0, 512))) return 'html';
  return EXTENSION_FORMATS[extname(path).toLowerCase()] ?? 'txt';
}

async function readBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(path, 'is a directory');
    if (!info.isFile()) throw new InputError(path, 'not a regular file');
    assertSize(path, info.size, maxBytes);
    const bytes = await readFile(path);
    // The file may have grown between stat and read.
    assertSize(path, bytes.byteLength, maxBytes);
    return bytes;
  } catch (error) {
    throw fsError(path, error);
  }
}

/**
 * Reads one input file into text. Every failure is an InputError with a one-line reason.
 *
 * @example
 * const doc = await loadDocument('corpus/boshan-2023.txt');
 * // { path: 'corpus/boshan-2023.txt', id: 'boshan-2023', sha256: '…', encoding: 'utf-8', format: 'txt', text: '关于博山区…' }
 */
export async function loadDocument(path: string, options?: LoadOptions): Promise<LoadedDocument> {
  const bytes = await readBytes(path, options?.maxBytes ?? DEFAULT_MAX_BYTES);
  if (bytes.length === 0) throw new InputError(path, 'empty file (0 bytes)');
  const format = detectFormat(bytes, path);
  const base = { path, id: basename(path, extname(path)), sha256: createHash('sha256').update(bytes).digest('hex'), format };
  switch (format) {
    case 'docx':
      // readers load on first use: a batch of .txt never pays for mammoth, cheerio or pdf.js
      return { ...base, encoding: 'utf-8', text: await (await import('./read-docx.js')).readDocx(bytes, path) };
    case 'pdf':
      return { ...base, encoding: 'utf-8', text: await (await import('./read-pdf.js')).readPdf(bytes, path) };
    case 'html':
      return { ...base, ...(await import('./read-html.js')).readHtml(bytes, path) };
    case 'txt':
      return { ...base, ...decodeBytes(bytes, path) };
  }
}

export interface InputListing {
  /** Files to load, sorted and without duplicates. */
  readonly files: string[];
  /** Arguments or directories that could not be listed. */
  readonly errors: InputError[];
}

const isHidden = (name: string): boolean => name.startsWith('.');

async function walk(dir: string, seen: Set<string>, files: string[], errors: InputError[]): Promise<void> {
  let real: string;
  let entries: string[];
  try {
    real = await realpath(dir);
    // A symlink cycle would otherwise recurse forever.
    if (seen.has(real)) return;
    seen.add(real);
    entries = await readdir(dir);
  } catch (error) {
    errors.push(fsError(dir, error));
    return;
  }
  for (const name of entries.sort()) {
    if (isHidden(name)) continue;
    const child = join(dir, name);
    try {
      const info = await stat(child);
      if (info.isDirectory()) await walk(child, seen, files, errors);
      else if (info.isFile() && Object.hasOwn(EXTENSION_FORMATS, extname(name).toLowerCase())) files.push(child);
    } catch (error) {
      errors.push(fsError(child, error));
    }
  }
}

/**
 * Expands command-line paths into input files: directories recursively (supported
 * extensions only, hidden entries skipped), files named explicitly always. Paths that do not
 * exist become error entries; the listing never throws.
 *
 * @example
 * await listInputs(['corpus', 'missing.txt']);
 * // { files: ['corpus/boshan-2023.txt'], errors: [InputError('missing.txt: no such file or directory')] }
 */
export async function listInputs(paths: readonly string[]): Promise<InputListing> {
  const files: string[] = [];
  const errors: InputError[] = [];
  const seenDirs = new Set<string>();
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) await walk(path, seenDirs, files, errors);
      else files.push(path);
    } catch (error) {
      errors.push(fsError(path, error));
    }
  }
  const unique = new Map<string, string>();
  for (const file of files) {
    const key = resolve(file);
    if (!unique.has(key)) unique.set(key, file);
  }
  return { files: [...unique.values()].sort(), errors };
}
