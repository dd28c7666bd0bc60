import { performance } from 'node:perf_hooks';
import { basename, extname } from 'node:path';
import { assignDocumentIds } from '../batch/assign-document-ids.js';
import { createProgressReporter } from '../batch/progress-reporter.js';
import { runBatch, type BatchSummary } from '../batch/run-batch.js';
import { shortReason } from '../io/input-error.js';
import { listInputs } from '../io/load-document.js';
import { openSink, type DocumentSink, type OutputFormat } from '../output/document-sink.js';
import { UsageError } from './usage-error.js';

/** Parsed options of `zhibiao extract`. */
export interface ExtractCommandOptions {
  readonly out: string;
  readonly format: OutputFormat;
  readonly pg?: string;
  readonly jobs: number;
  readonly keepText: boolean;
  readonly maxBytes?: number;
  readonly id?: string;
}

/** Exit status after an interrupt, as shells report a process ended by SIGINT. */
const EXIT_INTERRUPTED = 130;

function pgUrlFor(options: ExtractCommandOptions): string | undefined {
  if (options.format !== 'postgres') return undefined;
  const url = options.pg ?? process.env['ZHIBIAO_PG_URL'] ?? process.env['DATABASE_URL'];
  if (!url) throw new UsageError('--format postgres needs --pg URL (or ZHIBIAO_PG_URL / DATABASE_URL in the environment)');
  return url;
}

function checkUsage(options: ExtractCommandOptions, fileCount: number): void {
  if (options.out === '-' && options.format === 'sqlite') throw new UsageError('--format sqlite writes a file: give --out DIR, not -');
  if (options.out === '-' && options.format === 'json' && fileCount > 1) {
    throw new UsageError(`--out - prints one document, but ${fileCount} input files were found; use --out DIR or --format jsonl`);
  }
  if (options.id !== undefined && fileCount > 1) throw new UsageError(`--id names one document, but ${fileCount} input files were found`);
}

/**
 * Ctrl-C stops dispatching and lets the document being written finish; a second Ctrl-C
 * exits at once (SQLite transactions are synchronous and temp files are removed on exit,
 * so even that leaves no half-written document).
 */
function interruptOnSigint(controller: AbortController): () => void {
  const onSigint = (): void => {
    if (controller.signal.aborted) process.exit(EXIT_INTERRUPTED);
    // On a terminal the progress bar owns the current line; start a fresh one.
    const lead = process.stderr.isTTY ? '\n' : '';
    process.stderr.write(`${lead}zhibiao: interrupted, finishing the document being written (Ctrl-C again to quit now)\n`);
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  // Once interrupted, the handler stays until the process ends: a second Ctrl-C while the
  // batch winds down (workers stopping, the sink aborting) must still quit with 130, not be
  // taken by the default action, which ends the process by the signal.
  return () => {
    if (!controller.signal.aborted) process.off('SIGINT', onSigint);
  };
}

/** `--id` for the single file, else distinct ids; a file that cannot have its basename is told why. */
function documentIds(files: readonly string[], options: ExtractCommandOptions): string[] {
  if (options.id !== undefined) return [options.id];
  const ids = assignDocumentIds(files);
  ids.forEach((id, i) => {
    const file = files[i] as string;
    if (id !== basename(file, extname(file))) {
      process.stderr.write(`zhibiao: note: ${file} is written as "${id}": another input already has its name\n`);
    }
  });
  return ids;
}

async function writeBatch(
  files: readonly string[],
  ids: readonly string[],
  options: ExtractCommandOptions,
  sink: DocumentSink,
  onOutcome: Parameters<typeof runBatch>[1]['onOutcome'],
): Promise<BatchSummary> {
  const controller = new AbortController();
  const stopListening = interruptOnSigint(controller);
  try {
    const summary = await runBatch(
      files,
      {
        jobs: Math.min(options.jobs, files.length),
        keepText: options.keepText,
        ids,
        signal: controller.signal,
        ...(onOutcome ? { onOutcome } : {}),
        ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
      },
      sink,
    );
    if (summary.interrupted) await sink.abort();
    else await sink.close();
    return summary;
  } catch (error) {
    await sink.abort();
    throw error;
  } finally {
    stopListening();
  }
}

/**
 * `zhibiao extract <paths...>`: lists the inputs, runs the batch into the chosen output and
 * resolves to the exit code — 0 all written, 1 some inputs failed (each named on stderr) or the
 * output could not be written, 130 interrupted. Usage problems throw {@link UsageError}.
 *
 * @example
 * await runExtractCommand(['corpus'], { out: 'output', format: 'sqlite', jobs: 4, keepText: false }); // 0
 */
export async function runExtractCommand(paths: readonly string[], options: ExtractCommandOptions): Promise<number> {
  const pgUrl = pgUrlFor(options);
  const started = performance.now();
  const { files, errors } = await listInputs([...paths]);
  checkUsage(options, files.length);

  const progress = createProgressReporter(process.stderr);
  const seconds = (): number => (performance.now() - started) / 1000;
  for (const error of errors) progress.outcome({ ok: false, file: error.file, reason: error.reason });
  if (files.length === 0) {
    if (errors.length === 0) process.stderr.write(`zhibiao: no supported input files in ${paths.join(' ')}\n`);
    progress.finish(seconds());
    return 1;
  }

  let sink: DocumentSink;
  try {
    sink = await openSink(options.format, { out: options.out, ...(pgUrl ? { pgUrl } : {}) });
  } catch (error) {
    process.stderr.write(`zhibiao: cannot open ${options.format} output: ${shortReason(error, 300)}\n`);
    return 1;
  }

  const ids = documentIds(files, options);
  progress.start(files.length);
  let summary: BatchSummary;
  try {
    summary = await writeBatch(files, ids, options, sink, (event) => progress.outcome(event));
  } catch (error) {
    progress.finish(seconds());
    process.stderr.write(`zhibiao: batch stopped: ${shortReason(error, 300)}\n`);
    return 1;
  }
  progress.finish(seconds());
  if (summary.interrupted) {
    const left = files.length - summary.ok - summary.failed;
    process.stderr.write(`zhibiao: interrupted with ${left} of ${files.length} files not written; run the same command again to finish\n`);
    return EXIT_INTERRUPTED;
  }
  return summary.failed + errors.length > 0 ? 1 : 0;
}
