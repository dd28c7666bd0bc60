import { shortReason } from '../io/input-error.js';
import { OutputBrokenError, type DocumentSink, type StoredDocument } from '../output/document-sink.js';
import { assignDocumentIds } from './assign-document-ids.js';
import { planFiles, type FilePlan } from './plan-files.js';
import { DEFAULT_LIMITS, poolRunner, type DocumentLimits } from './pool-runner.js';
import type { FileOutcome, FileTask } from './process-file.js';

/** How a batch runs; everything but `jobs` is passed through to each file's task. */
export interface BatchOptions {
  /** Worker threads (at least 1: every document runs in a worker, see pool-runner.ts). */
  readonly jobs: number;
  readonly keepText: boolean;
  readonly maxBytes?: number;
  /** Time and memory each document may use; {@link DEFAULT_LIMITS} when absent. */
  readonly limits?: DocumentLimits;
  /** Document ids, one per file; {@link assignDocumentIds} of the files when absent. */
  readonly ids?: readonly string[];
  /** The name each file goes by in the output and in messages, when not its path (`-` for standard input). */
  readonly sources?: readonly (string | undefined)[];
  /** Redo documents the output already holds with the same content. */
  readonly force?: boolean;
  /** Replace a stored document of the same id whose content differs (refused otherwise). */
  readonly replace?: boolean;
  /**
   * Aborting stops the batch: the document being written finishes, files already dispatched
   * finish extracting (their documents are dropped), nothing new starts.
   */
  readonly signal?: AbortSignal;
  /** Told about every file as its outcome is written, in input order. */
  readonly onOutcome?: (outcome: BatchEvent) => void;
}

/**
 * A file's outcome as the progress display sees it: written, failed (with the reason), or
 * passed over — `unchanged` (stored before with the same content) or `duplicate` (the same
 * content as another input or stored document).
 */
export type BatchEvent =
  | { readonly ok: true; readonly file: string; readonly indicators: number }
  | { readonly ok: false; readonly file: string; readonly reason: string }
  | { readonly ok: 'skipped'; readonly file: string; readonly skip: 'unchanged' | 'duplicate'; readonly reason: string };

/** Totals of one batch; `ok + failed + unchanged + duplicates` is every file when not interrupted. */
export interface BatchSummary {
  readonly ok: number;
  readonly failed: number;
  readonly unchanged: number;
  readonly duplicates: number;
  readonly indicators: number;
  /** True when the signal stopped the batch before every file was written. */
  readonly interrupted: boolean;
}

type Written = Extract<FileOutcome, { ok: true }>;

function taskFor(plan: FilePlan, options: BatchOptions, serialize: boolean): FileTask {
  return {
    file: plan.file,
    id: plan.id,
    keepText: options.keepText,
    ...(plan.source === undefined ? {} : { source: plan.source }),
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    ...(serialize ? { serialize } : {}),
  };
}

function contentOf(outcome: Written): { id: string; sha256: string | null; indicators: number } {
  return 'doc' in outcome
    ? { id: outcome.doc.document.id, sha256: outcome.doc.document.sha256, indicators: outcome.doc.indicators.length }
    : outcome.serialized;
}

async function writeOutcome(sink: DocumentSink, outcome: Written): Promise<void> {
  if ('doc' in outcome) return sink.write(outcome.doc);
  return (sink.writeSerialized as NonNullable<DocumentSink['writeSerialized']>)(outcome.serialized.id, outcome.serialized.utf8);
}

/** Stored content by hash, so the same bytes under another name are known as a duplicate. */
function storedByHash(stored: ReadonlyMap<string, StoredDocument>): Map<string, { id: string; label: string }> {
  const byHash = new Map<string, { id: string; label: string }>();
  for (const [id, doc] of stored) if (doc.sha256) byHash.set(doc.sha256, { id, label: `the stored document "${id}"` });
  return byHash;
}

/**
 * Turns `files` into documents on `options.jobs` worker threads and writes each to `sink`
 * as it is ready. Documents are handed to the sink strictly in input order, so every output
 * format is the same whatever order the workers finish in; to bound memory, at most
 * 2 × jobs files are dispatched ahead of the next one to write. Documents are not kept after writing.
 *
 * Nothing is lost and nothing replaced in silence:
 * - a failure inside one document — an exception, a time or memory limit, a worker that
 *   died, a write the sink refuses — fails that document alone, with a one-line reason;
 *   only an {@link OutputBrokenError} (the output itself is gone) stops the batch;
 * - a document the output already holds with the same content is skipped (`force` redoes it);
 *   one with the same id and other content is refused unless `replace` (see plan-files.ts);
 * - a document with the same content as an earlier input, or as a stored document under
 *   another id, is reported as a duplicate and not written again.
 *
 * The sink is neither closed nor aborted here — the caller decides from the summary.
 *
 * @example
 * const sink = await openSink('sqlite', { out: 'output' });
 * const summary = await runBatch(['corpus/boshan-2023.txt'], { jobs: 1, keepText: false }, sink);
 * // { ok: 1, failed: 0, unchanged: 0, duplicates: 0, indicators: 121, interrupted: false }
 */
export async function runBatch(files: readonly string[], options: BatchOptions, sink: DocumentSink): Promise<BatchSummary> {
  const { signal } = options;
  const stored = sink.stored ?? new Map<string, StoredDocument>();
  const ids = options.ids ?? assignDocumentIds(files, { stored, sources: options.sources });
  if (ids.length !== files.length) throw new Error(`runBatch: ${ids.length} ids for ${files.length} files`);
  const plans = await planFiles(files, ids, stored, {
    ...(options.sources ? { sources: options.sources } : {}),
    force: options.force === true,
    replace: options.replace === true,
  });
  const jobs = Math.max(1, Math.floor(options.jobs));
  const runner = await poolRunner(jobs, options.limits ?? DEFAULT_LIMITS);
  const window = 2 * jobs;
  // workers serialise when the sink only writes text: the main thread then copies a string, not a document
  const serialize = sink.writeSerialized !== undefined;
  const inFlight = new Map<number, Promise<FileOutcome>>();
  const seenHashes = storedByHash(stored);
  const stamp = (sha: string | null, id: string, label: string): void => {
    if (sha) seenHashes.set(sha, { id, label });
  };
  const counts = { ok: 0, failed: 0, unchanged: 0, duplicates: 0, indicators: 0 };
  let settled = 0;
  const report = (event: BatchEvent): void => {
    settled += 1;
    if (event.ok === true) counts.ok += 1;
    else if (event.ok === false) counts.failed += 1;
    else if (event.skip === 'unchanged') counts.unchanged += 1;
    else counts.duplicates += 1;
    options.onOutcome?.(event);
  };
  let dispatched = 0;

  try {
    for (let next = 0; next < plans.length && !signal?.aborted; next += 1) {
      while (dispatched < plans.length && dispatched < next + window) {
        const plan = plans[dispatched] as FilePlan;
        if (plan.action === 'extract') inFlight.set(dispatched, runner.run(taskFor(plan, options, serialize)));
        dispatched += 1;
      }
      const plan = plans[next] as FilePlan;
      const name = plan.source ?? plan.file;
      if (plan.action !== 'extract') {
        if (plan.action === 'refuse') report({ ok: false, file: name, reason: plan.reason });
        else report({ ok: 'skipped', file: name, skip: 'unchanged', reason: plan.reason });
        continue;
      }
      const outcome = await (inFlight.get(next) as Promise<FileOutcome>);
      inFlight.delete(next);
      // Interrupted while this file was extracted: write nothing more.
      if (signal?.aborted) break;
      if (!outcome.ok) {
        report(outcome);
        continue;
      }
      const content = contentOf(outcome);
      const earlier = content.sha256 === null ? undefined : seenHashes.get(content.sha256);
      if (earlier !== undefined && earlier.id !== content.id) {
        report({ ok: 'skipped', file: name, skip: 'duplicate', reason: `same content as ${earlier.label}; not written again` });
        continue;
      }
      try {
        await writeOutcome(sink, outcome);
      } catch (error) {
        if (error instanceof OutputBrokenError) throw error;
        report({ ok: false, file: name, reason: `cannot write to the output: ${shortReason(error, 200)}` });
        continue;
      }
      stamp(content.sha256, content.id, name);
      counts.indicators += content.indicators;
      report({ ok: true, file: name, indicators: content.indicators });
    }
  } finally {
    // Dispatched files are let finish (at most 2 × jobs) so workers are only ever stopped idle.
    await Promise.allSettled(inFlight.values());
    await runner.close();
  }
  return { ...counts, interrupted: settled < plans.length };
}
