import { availableParallelism } from 'node:os';
import { runBatch } from '../batch/run-batch.js';
import { listInputs } from '../io/load-document.js';
import type { DocumentSink } from '../output/document-sink.js';
import type { ZhibiaoDocument } from '../schema/document.js';
import { ResultQueue } from './result-queue.js';

/** One input of {@link extractAll}: its document, or the one-line reason it has none. */
export type ExtractResult =
  | { readonly ok: true; readonly file: string; readonly document: ZhibiaoDocument }
  | { readonly ok: false; readonly file: string; readonly reason: string };

/** How {@link extractAll} runs. */
export interface ExtractAllOptions {
  /** Worker threads; the number of cores when absent (never more than the files); 1 runs in this thread. */
  readonly jobs?: number;
  readonly keepText?: boolean;
  readonly maxBytes?: number;
  /** Stops the batch: files under way finish, nothing new starts, the iteration ends. */
  readonly signal?: AbortSignal;
}

/**
 * Extracts every report in `paths` (files, and directories walked for .txt, .html, .docx and
 * .pdf) on a pool of worker threads — the command line's batch, as an async iterable. Paths
 * that do not exist come first, then one result per file in the command line's order (sorted,
 * duplicates dropped), each as soon as it and those before it are done. A bad file never stops
 * the batch: it yields `{ ok: false, reason }` (a file with no indicator at all counts as one,
 * as on the command line). Ids are distinct within a batch (`boshan`, `boshan-pdf`). Breaking
 * out of the loop stops the batch and its threads.
 *
 * @example
 * for await (const result of extractAll(['corpus', 'reports/a.pdf'], { jobs: 2 })) {
 *   if (result.ok) console.log(result.file, result.document.indicators.length);
 *   else console.error(`${result.file}: ${result.reason}`);
 * }
 */
export async function* extractAll(paths: string | Iterable<string>, options: ExtractAllOptions = {}): AsyncGenerator<ExtractResult, void, undefined> {
  const { files, errors } = await listInputs(typeof paths === 'string' ? [paths] : [...paths]);
  for (const error of errors) yield { ok: false, file: error.file, reason: error.reason };
  if (files.length === 0) return;

  const queue = new ResultQueue<ExtractResult>();
  const stop = new AbortController();
  const stopWithCaller = (): void => stop.abort();
  options.signal?.addEventListener('abort', stopWithCaller, { once: true });
  if (options.signal?.aborted) stop.abort();
  // The batch hands documents over in input order; write() waits for the loop to take each
  // one, so no more documents pile up than the pool has under way.
  const sink: DocumentSink = {
    write: (doc) => queue.push({ ok: true, file: doc.document.source ?? doc.document.id, document: doc }),
    close: async () => {},
    abort: async () => {},
  };
  const batch = runBatch(
    files,
    {
      jobs: Math.min(options.jobs ?? availableParallelism(), files.length),
      keepText: options.keepText ?? false,
      ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
      signal: stop.signal,
      onOutcome: (event) => {
        if (!event.ok) void queue.push({ ok: false, file: event.file, reason: event.reason });
      },
    },
    sink,
  ).then(
    () => queue.end(),
    (error: unknown) => queue.fail(error),
  );
  try {
    for (let next = await queue.take(); next !== undefined; next = await queue.take()) yield next;
  } finally {
    stop.abort();
    queue.release();
    options.signal?.removeEventListener('abort', stopWithCaller);
    await batch;
  }
}
