import { extractFile } from '../api/extract-file.js';
import { InputError, shortReason } from '../io/input-error.js';
import { serializeDocument } from '../output/serialize-json.js';
import type { ZhibiaoDocument } from '../schema/document.js';
import { ZodError } from 'zod';

/** One input file to turn into a document; plain data, so it crosses into a worker thread. */
export interface FileTask {
  readonly file: string;
  readonly keepText: boolean;
  /** Largest input accepted, in bytes; the loader's default when absent. */
  readonly maxBytes?: number;
  /** Document id (see assignDocumentIds, or `--id`); the file's basename when absent. */
  readonly id?: string;
  /** Return the document as its JSON text (the sink writes text only). */
  readonly serialize?: boolean;
  /** The name the file goes by in the document and in messages when `file` is a stand-in (`-` for standard input). */
  readonly source?: string;
  /** Shared cell that lets the batch stop this task safely (see segment/native-guard.ts). */
  readonly guard?: Int32Array;
}

/** What became of one input: its document, or a one-line reason it failed. */
export type FileOutcome =
  | { readonly ok: true; readonly file: string; readonly doc: ZhibiaoDocument }
  | {
      readonly ok: true;
      readonly file: string;
      readonly serialized: { readonly id: string; readonly sha256: string | null; readonly utf8: Uint8Array; readonly indicators: number };
    }
  | { readonly ok: false; readonly file: string; readonly reason: string };

/** One line for any error: a zod error names its first issue and where it is, not just its opening `[`. */
function failureReason(error: unknown): string {
  if (error instanceof InputError) return error.reason;
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    const where = issue ? issue.path.join('.') : '';
    return `extraction failed: output does not fit the schema: ${issue?.message ?? 'invalid'}${where ? ` at ${where}` : ''}`;
  }
  if (error instanceof RangeError && /string length|call stack/i.test(error.message)) {
    return `extraction failed: input too large to process (${shortReason(error, 80)})`;
  }
  return `extraction failed: ${shortReason(error, 200)}`;
}

/**
 * Loads one file and extracts its document. Never throws: every failure, from an unreadable
 * file to a bug in a rule, becomes `{ ok: false, reason }` so one bad input cannot stop a batch.
 * Runs in a worker thread (see worker.ts) or, with `--jobs 1`, in the main thread.
 *
 * @example
 * await processFile({ file: 'corpus/boshan-2023.txt', keepText: false });
 * // { ok: true, file: 'corpus/boshan-2023.txt', doc: { schemaVersion: '1', … } }
 */
export async function processFile(task: FileTask): Promise<FileOutcome> {
  const file = task.source ?? task.file;
  try {
    const doc = await extractFile(task.file, {
      source: file,
      keepText: task.keepText,
      ...(task.id === undefined ? {} : { id: task.id }),
      ...(task.maxBytes === undefined ? {} : { maxBytes: task.maxBytes }),
    });
    // a report with no indicator is not a result a batch should pass over in silence
    if (doc.indicators.length === 0) {
      const n = doc.coverage.numbers;
      return { ok: false, file, reason: `no indicators found (${n} number${n === 1 ? '' : 's'} in the text, none of them an indicator)` };
    }
    if (task.serialize) {
      // as UTF-8 bytes: they cross to the main thread as a plain copy, outside its JS heap, and
      // the encoding is done here in parallel rather than in the thread that writes every file
      const utf8 = Buffer.from(serializeDocument(doc), 'utf8');
      return { ok: true, file, serialized: { id: doc.document.id, sha256: doc.document.sha256, utf8, indicators: doc.indicators.length } };
    }
    return { ok: true, file, doc };
  } catch (error) {
    return { ok: false, file, reason: failureReason(error) };
  }
}
