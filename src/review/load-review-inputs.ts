import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { z } from 'zod';
import { InputError, shortReason } from '../io/input-error.js';
import { listInputs, loadDocument } from '../io/load-document.js';
import { extract } from '../pipeline.js';
import { ReviewDocumentSchema, spanMismatch, type ReviewDocument } from './review-document.js';

/** What `zhibiao review` was given, listed: report files to extract and document JSON files to read. */
export interface ReviewInputs {
  readonly files: string[];
  /** The `.json` files met in a directory walk rather than named: other JSON there is skipped. */
  readonly walked: ReadonlySet<string>;
  readonly errors: InputError[];
}

const isJson = (file: string): boolean => extname(file).toLowerCase() === '.json';
const hidden = (relative: string): boolean => relative.split(sep).some((part) => part.startsWith('.'));

/** `.json` files below a directory (hidden entries skipped), sorted. */
async function jsonFilesBelow(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true });
  return names.filter((name) => isJson(name) && !hidden(name)).map((name) => join(dir, name)).sort();
}

/**
 * Report files as `extract` lists them (directories recursively, explicitly named files always),
 * plus the `.json` files inside directories: zhibiao documents written with `--keep-text`.
 *
 * @example
 * await listReviewInputs(['corpus', 'output/qinglan-2023.json']);
 * // { files: ['corpus/boshan-2023.txt', 'output/qinglan-2023.json'], walked: Set {}, errors: [] }
 */
export async function listReviewInputs(paths: readonly string[]): Promise<ReviewInputs> {
  const { files, errors } = await listInputs(paths);
  const walked = new Set<string>();
  for (const path of paths) {
    try {
      if ((await stat(path)).isDirectory()) for (const file of await jsonFilesBelow(path)) if (!files.includes(file)) walked.add(file);
    } catch {
      // listInputs has already reported a path that cannot be read
    }
  }
  return { files: [...files, ...walked].sort(), walked, errors };
}

/** A `.json` found in a directory walk that is some other JSON file (a report, a config): not ours to read. */
export class NotADocument extends Error {}

const LooksLikeDocument = z.object({ schemaVersion: z.unknown() });

async function readDocumentJson(file: string, fromDirectory: boolean): Promise<ReviewDocument> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    if (fromDirectory) throw new NotADocument();
    throw new InputError(file, `not valid JSON (${shortReason(error, 120)})`);
  }
  if (fromDirectory && !LooksLikeDocument.safeParse(raw).success) throw new NotADocument();
  if (typeof raw === 'object' && raw !== null && !('text' in raw) && 'indicators' in raw) {
    throw new InputError(file, 'has no text: write it with `zhibiao extract --keep-text`, or review the report file itself');
  }
  const parsed = ReviewDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new InputError(file, `not a zhibiao document${where}: ${issue?.message ?? 'invalid'}`);
  }
  const mismatch = spanMismatch(parsed.data);
  if (mismatch) throw new InputError(file, `its spans do not fit its text (${mismatch})`);
  return parsed.data;
}

/**
 * One input as a review document: a zhibiao JSON file is read and checked; a report file is
 * read and extracted with its text kept. A report without any indicator still gets its page
 * (its numbers are all in the ledger, marked by reason). Failures are InputErrors with a
 * one-line reason; a non-document `.json` met in a directory throws NotADocument.
 *
 * @example
 * await loadReviewDocument('corpus/boshan-2023.txt', { fromDirectory: false }); // { document: { id: 'boshan-2023', … }, text: '关于博山区…', … }
 */
export async function loadReviewDocument(file: string, options: { readonly fromDirectory: boolean; readonly maxBytes?: number }): Promise<ReviewDocument> {
  if (isJson(file)) return readDocumentJson(file, options.fromDirectory);
  const loaded = await loadDocument(file, options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes });
  try {
    const doc = extract(loaded.text, {
      id: loaded.id,
      source: loaded.path,
      sha256: loaded.sha256,
      encoding: loaded.encoding,
      format: loaded.format,
      keepText: true,
    });
    return ReviewDocumentSchema.parse(doc);
  } catch (error) {
    throw new InputError(file, `extraction failed: ${shortReason(error, 200)}`);
  }
}
