import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { assertSize, decodeBytes, DEFAULT_MAX_BYTES, type TextEncoding } from './decode.js';
import { InputError } from './input-error.js';
import { fsError } from './list-inputs.js';
import { isDocxZip, sniffMagic } from './magic.js';
import type { InputFormat, Warning } from '../schema/document.js';
import { repairWarnings, validText } from './valid-text.js';

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
  /** The decoded text, BOM removed, NUL and lone surrogates replaced; output offsets index into it. */
  readonly text: string;
  /** Bytes that were not text and were replaced, for the document's warnings. */
  readonly warnings: readonly Warning[];
}

export interface LoadOptions {
  /** Larger files fail with `file too large`; default DEFAULT_MAX_BYTES (32 MiB). */
  readonly maxBytes?: number;
}

/** File extensions with the format each implies, for a file whose content does not tell (see REPORT_EXTENSIONS for what a walk picks up). */
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

/** Legacy Office files (OLE2 containers) by extension, for a reason that says what the file is. */
const LEGACY_OFFICE: Readonly<Record<string, string>> = {
  '.doc': 'legacy Word document (.doc)',
  '.xls': 'legacy Excel workbook (.xls)',
  '.ppt': 'legacy PowerPoint file (.ppt)',
  '.wps': 'WPS document (.wps)',
};

/**
 * Why an OLE2 file (a .doc, .xls, …, whatever its name) cannot be read; null for anything else.
 *
 * @example
 * legacyOfficeReason(oleBytes, 'report.doc');
 * // 'legacy Word document (.doc): not supported; save it as .docx or PDF'
 */
export function legacyOfficeReason(bytes: Uint8Array, path: string): string | null {
  if (sniffMagic(bytes) !== 'ole') return null;
  const kind = LEGACY_OFFICE[extname(path).toLowerCase()] ?? 'legacy Office file (OLE2: .doc, .xls, .ppt)';
  return `${kind}: not supported; save it as .docx or PDF`;
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
  const decoded = await loadRaw(path, options);
  const { text, repairs } = validText(decoded.text);
  return { ...decoded, text, warnings: repairWarnings(repairs, decoded.replacedBytes ?? 0) };
}

async function loadRaw(path: string, options?: LoadOptions): Promise<Omit<LoadedDocument, 'warnings'> & { replacedBytes?: number }> {
  const maxBytes = options?.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = await readBytes(path, maxBytes);
  if (bytes.length === 0) throw new InputError(path, 'empty file (0 bytes)');
  const legacy = legacyOfficeReason(bytes, path);
  if (legacy !== null) throw new InputError(path, legacy);
  const format = detectFormat(bytes, path);
  const base = { path, id: basename(path, extname(path)), sha256: createHash('sha256').update(bytes).digest('hex'), format };
  switch (format) {
    case 'docx':
      // readers load on first use: a batch of .txt never pays for mammoth, cheerio or pdf.js
      return { ...base, encoding: 'utf-8', text: await (await import('./read-docx.js')).readDocx(bytes, path, maxBytes) };
    case 'pdf':
      return { ...base, encoding: 'utf-8', text: await (await import('./read-pdf.js')).readPdf(bytes, path) };
    case 'html':
      return { ...base, ...(await import('./read-html.js')).readHtml(bytes, path) };
    case 'txt':
      return { ...base, ...decodeBytes(bytes, path) };
  }
}

export { listInputs, REPORT_EXTENSIONS, type InputListing, type ListOptions } from './list-inputs.js';
