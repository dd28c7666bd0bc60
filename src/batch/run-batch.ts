import { shortReason } from '../io/input-error.js';
import type { DocumentSink } from '../output/document-sink.js';
import { assignDocumentIds } from './assign-document-ids.js';
import type { FileOutcome, FileTask } from './process-file.js';

/** How a batch runs; everything but `jobs` is passed through to each file's task. */
export interface BatchOptions {
  /** Worker threads; 1 runs in the main thread without a pool (fast start for one file). */
  readonly jobs: number;
  readonly keepText: boolean;
  readonly maxBytes?: number;
  /** Document ids, one per file; {@link assignDocumentIds} of the files when absent. */
  readonly ids?: readonly string[];
  /**
   * Aborting stops the batch: the document being written finishes, files already dispatched
   * finish extracting (their documents are dropped), nothing new starts.
   */
  readonly signal?: AbortSignal;
  /** Told about every file as its outcome is written, in input order. */
  readonly onOutcome?: (outcome: BatchEvent) => void;
}

/** A file's outcome as the progress display sees it. */
export type BatchEvent =
  | { readonly ok: true; readonly file: string; readonly indicators: number }
  | { readonly ok: false; readonly file: string; readonly reason: string };

/** Totals of one batch. */
export interface BatchSummary {
  readonly ok: number;
  readonly failed: number;
  readonly indicators: number;
  /** True when the signal stopped the batch before every file was written. */
  readonly interrupted: boolean;
}

type RunTask = (task: FileTask) => Promise<FileOutcome>;

interface TaskRunner {
  readonly run: RunTask;
  readonly close: () => Promise<void>;
}

async function inProcessRunner(): Promise<TaskRunner> {
  const { processFile } = await import('./process-file.js');
  return { run: (task) => processFile(task), close: async () => {} };
}

/**
 * Young generation of each worker, in MB. Against the default, 8 cut peak RSS by ~35 MB per
 * worker; 6 by ~6 MB more (three runs each of 1,000 documents, --jobs 2: 357–364 MB against
 * 372–382 MB), with no measurable cost in speed. 4 was no better.
 */
const YOUNG_GENERATION_MB = 6;

async function poolRunner(jobs: number): Promise<TaskRunner> {
  const { Piscina } = await import('piscina');
  const { sharedPosLexiconData } = await import('../segment/jieba.js');
  // The compiled worker sits beside this module (dist/batch/worker.js); min = max threads keeps
  // every worker, and the dictionary it loaded, alive until the batch ends.
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: Number.MAX_SAFE_INTEGER,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    // built once here on shared memory instead of once per worker (~25 MB and ~90 ms each)
    workerData: { posLexicon: sharedPosLexiconData() },
  });
  return {
    // No abort signal goes to piscina: it would terminate a worker in the middle of a task, and
    // a thread killed inside the segmenter's native code takes the whole process down.
    run: (task) =>
      pool.run(task, { name: 'processFile' }).catch(
        (error: unknown): FileOutcome => ({
          ok: false,
          file: task.file,
          reason: `worker failed: ${shortReason(error, 200)}`,
        }),
      ) as Promise<FileOutcome>,
    close: () => pool.destroy(),
  };
}

function taskFor(file: string, id: string, options: BatchOptions, serialize: boolean): FileTask {
  return {
    file,
    id,
    keepText: options.keepText,
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    ...(serialize ? { serialize } : {}),
  };
}

/**
 * Turns `files` into documents on `options.jobs` worker threads and writes each to `sink`
 * as it is ready. Documents are handed to the sink strictly in input order, so every output
 * format is the same whatever order the workers finish in; to bound memory, at most
 * 2 × jobs files are dispatched ahead of the next one to write (a slow file holds the others
 * back rather than letting finished documents pile up). Documents are not kept after writing.
 * Every document gets a distinct id (see {@link assignDocumentIds}), so no output overwrites another.
 *
 * The sink is neither closed nor aborted here — the caller decides from the summary.
 * A sink error (disk full, lost connection) rejects naming the file; a failing input never does.
 *
 * @example
 * const sink = await openSink('sqlite', { out: 'output' });
 * const summary = await runBatch(['corpus/boshan-2023.txt'], { jobs: 1, keepText: false }, sink);
 * // { ok: 1, failed: 0, indicators: 121, interrupted: false }
 */
export async function runBatch(
  files: readonly string[],
  options: BatchOptions,
  sink: DocumentSink,
): Promise<BatchSummary> {
  const { signal } = options;
  const ids = options.ids ?? assignDocumentIds(files);
  if (ids.length !== files.length) throw new Error(`runBatch: ${ids.length} ids for ${files.length} files`);
  const jobs = Math.max(1, Math.floor(options.jobs));
  const runner = jobs === 1 ? await inProcessRunner() : await poolRunner(jobs);
  const window = jobs === 1 ? 1 : 2 * jobs;
  // workers serialise when the sink only writes text: the main thread then copies a string, not a document
  const serialize = jobs > 1 && sink.writeSerialized !== undefined;
  const inFlight = new Map<number, Promise<FileOutcome>>();
  let dispatched = 0;
  let ok = 0;
  let failed = 0;
  let indicators = 0;

  try {
    for (let next = 0; next < files.length && !signal?.aborted; next += 1) {
      while (dispatched < files.length && dispatched < next + window) {
        inFlight.set(dispatched, runner.run(taskFor(files[dispatched] as string, ids[dispatched] as string, options, serialize)));
        dispatched += 1;
      }
      const outcome = await (inFlight.get(next) as Promise<FileOutcome>);
      inFlight.delete(next);
      // Interrupted while this file was extracted: write nothing more.
      if (signal?.aborted) break;
      if (outcome.ok) {
        const count = 'doc' in outcome ? outcome.doc.indicators.length : outcome.serialized.indicators;
        const written =
          'doc' in outcome
            ? sink.write(outcome.doc)
            : (sink.writeSerialized as NonNullable<DocumentSink['writeSerialized']>)(outcome.serialized.id, outcome.serialized.utf8);
        await written.catch((error: unknown) => {
          throw new Error(`cannot write ${outcome.file}: ${shortReason(error, 300)}`, { cause: error });
        });
        ok += 1;
        indicators += count;
        options.onOutcome?.({ ok: true, file: outcome.file, indicators: count });
      } else {
        failed += 1;
        options.onOutcome?.(outcome);
      }
    }
  } finally {
    // Dispatched files are let finish (at most 2 × jobs) so workers are only ever stopped idle.
    await Promise.allSettled(inFlight.values());
    await runner.close();
  }
  return { ok, failed, indicators, interrupted: ok + failed < files.length };
}
