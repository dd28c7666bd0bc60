import { shortReason } from '../io/input-error.js';
import { claimForStop, newNativeGuard, startedAt } from '../segment/native-guard.js';
import type { FileOutcome, FileTask } from './process-file.js';

/** Limits every document runs under, whatever the number of workers. */
export interface DocumentLimits {
  /** Wall-clock time one document may take, in milliseconds. */
  readonly timeoutMs: number;
  /** Old-generation heap of each worker thread, in MB; a document that needs more fails alone. */
  readonly memoryMb: number;
}

/** Defaults of `--timeout` and `--max-memory`: generous, far above any real report (the largest corpus file takes ~1 s and ~150 MB). */
export const DEFAULT_LIMITS: DocumentLimits = { timeoutMs: 300_000, memoryMb: 2048 };

/** Runs one task in a worker; never rejects. */
export interface TaskRunner {
  readonly run: (task: FileTask) => Promise<FileOutcome>;
  readonly close: () => Promise<void>;
}

/**
 * Young generation of each worker, in MB. Against the default, 8 cut peak RSS by ~35 MB per
 * worker; 6 by ~6 MB more (three runs each of 1,000 documents, --jobs 2: 357–364 MB against
 * 372–382 MB), with no measurable cost in speed. 4 was no better.
 */
const YOUNG_GENERATION_MB = 6;

/**
 * The compiled worker module: beside this one in dist/, or dist/'s copy when this module runs
 * from its TypeScript source (tests); a worker thread loads JavaScript only.
 */
function workerUrl(): string {
  const here = import.meta.url;
  return new URL(here.endsWith('.ts') ? '../../dist/batch/worker.js' : './worker.js', here).href;
}

/** How often a queued or running task's clock is looked at. */
const CHECK_MS = 250;

/** How often a stop waits for a worker to leave native code (see native-guard.ts). */
const STOP_RETRY_MS = 20;

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

/** The one-line reason for a task the worker did not finish. */
function workerFailure(error: unknown, timedOut: boolean, limits: DocumentLimits): string {
  if (timedOut) return `time limit reached: stopped after ${seconds(limits.timeoutMs)} (--timeout)`;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return `memory limit reached: the document needs more than ${limits.memoryMb} MB (--max-memory)`;
  return `worker failed: ${shortReason(error, 200)}`;
}

/**
 * A pool of `jobs` worker threads (piscina), used for every batch, even of one file with
 * `--jobs 1`: only a worker can be stopped when a document exceeds its time, or fail alone
 * when it exceeds its memory (a heap limit in the main thread ends the whole process).
 * A stopped or crashed worker is replaced by a fresh one; the others keep their state.
 *
 * @example
 * const runner = await poolRunner(2, DEFAULT_LIMITS);
 * await runner.run({ file: 'corpus/boshan-2023.txt', keepText: false }); // { ok: true, … }
 * await runner.close();
 */
export async function poolRunner(jobs: number, limits: DocumentLimits): Promise<TaskRunner> {
  const { Piscina } = await import('piscina');
  const { sharedPosLexiconData } = await import('../segment/jieba.js');
  // The compiled worker sits beside this module (dist/batch/worker.js); min = max threads keeps
  // every worker, and the dictionary it loaded, alive until the batch ends.
  const pool = new Piscina({
    filename: workerUrl(),
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: Number.MAX_SAFE_INTEGER,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: limits.memoryMb },
    // built once here on shared memory instead of once per worker (~25 MB and ~90 ms each)
    workerData: { posLexicon: sharedPosLexiconData() },
  });
  const run = async (task: FileTask): Promise<FileOutcome> => {
    const guard = newNativeGuard();
    const controller = new AbortController();
    let timedOut = false;
    // the clock starts when the worker starts the task; a task is stopped only when its
    // worker is outside jieba's native code (see native-guard.ts)
    const check = (): void => {
      const started = startedAt(guard);
      const left = started === 0 ? limits.timeoutMs : started + limits.timeoutMs - Date.now();
      if (left > 0) {
        timer = setTimeout(check, Math.min(left, CHECK_MS));
      } else if (claimForStop(guard)) {
        timedOut = true;
        controller.abort();
      } else {
        timer = setTimeout(check, STOP_RETRY_MS);
      }
    };
    let timer = setTimeout(check, Math.min(limits.timeoutMs, CHECK_MS));
    try {
      return (await pool.run({ ...task, guard }, { name: 'processFile', signal: controller.signal })) as FileOutcome;
    } catch (error) {
      return { ok: false, file: task.source ?? task.file, reason: workerFailure(error, timedOut, limits) };
    } finally {
      clearTimeout(timer);
    }
  };
  return { run, close: () => pool.destroy() };
}
