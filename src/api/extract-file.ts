import { loadDocument } from '../io/load-document.js';
import { extract } from '../pipeline.js';
import type { ZhibiaoDocument } from '../schema/document.js';

/** What {@link extractFile} needs beyond the path. */
export interface ExtractFileOptions {
  /** Document id; the file's basename without extension when absent. */
  readonly id?: string;
  /** Keep the decoded text in the document (`text`), so spans can be checked. */
  readonly keepText?: boolean;
  /** Larger files fail with `file too large`; 32 MiB when absent. */
  readonly maxBytes?: number;
  /** The name the document gives as its source (`-` for standard input); the path when absent. */
  readonly source?: string;
}

/**
 * Reads one report file the way the command line does — format by content then extension
 * (.txt, .html, .docx, .pdf), encoding detected (UTF-8, GB18030, Big5, UTF-16) — and extracts
 * its document. A file that cannot be read rejects with an `InputError` whose message names
 * the file and the reason (`corpus/x.txt: empty file (0 bytes)`).
 *
 * @example
 * const doc = await extractFile('corpus/boshan-2023.txt');
 * doc.document; // { id: 'boshan-2023', source: 'corpus/boshan-2023.txt', encoding: 'utf-8', format: 'txt', … }
 */
export async function extractFile(path: string, options: ExtractFileOptions = {}): Promise<ZhibiaoDocument> {
  if (typeof path !== 'string') throw new TypeError(`extractFile() takes a file path as a string, not ${describe(path)}`);
  const loaded = await loadDocument(path, options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes });
  return extract(loaded.text, {
    id: options.id ?? loaded.id,
    source: options.source ?? loaded.path,
    warnings: loaded.warnings,
    sha256: loaded.sha256,
    encoding: loaded.encoding,
    format: loaded.format,
    keepText: options.keepText ?? false,
  });
}

function describe(value: unknown): string {
  if (Buffer.isBuffer(value)) return 'a Buffer';
  return value === null ? 'null' : `a ${typeof value}`;
}
