import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { assignDocumentIds } from '../batch/assign-document-ids.js';
import { createProgressReporter, type ProgressReporter } from '../batch/progress-reporter.js';
import { runBatch, type BatchSummary } from '../batch/run-batch.js';
import { terminalName } from '../batch/terminal-name.js';
import { assertSize, DEFAULT_MAX_BYTES } from '../io/decode.js';
import { InputError, shortReason } from '../io/input-error.js';
import { listInputs, REPORT_EXTENSIONS } from '../io/load-document.js';
import { openSink, OutputBrokenError, type DocumentSink, type OutputFormat } from '../output/document-sink.js';
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
  /** Per-document limits (defaults in batch/pool-runner.ts). */
  readonly timeoutMs?: number;
  readonly memoryMb?: number;
  readonly force?: boolean;
  readonly replace?: boolean;
  readonly quiet?: boolean;
  readonly include?: readonly string[];
  readonly followSymlinks?: boolean;
}

/** Exit statuses after a signal, as shells report a process ended by it (128 + signal number). */
const EXIT_ON_SIGNAL: Readonly<Record<'SIGINT' | 'SIGTERM', number>> = { SIGINT: 130, SIGTERM: 143 };
/** A reader that closed the pipe (`| head`): the status of a process ended by SIGPIPE, with no message. */
const EXIT_CLOSED_PIPE = 141;
/** The id of a document read from standard input, unless `--id` gives one. */
const STDIN_ID = 'stdin';

function pgUrlFor(options: ExtractCommandOptions): string | undefined {
  if (options.format !== 'postgres') return undefined;
  const url = options.pg ?? process.env['ZHIBIAO_PG_URL'] ?? process.env['DATABASE_URL'];
  if (!url) throw new UsageError('--format postgres needs --pg URL (or ZHIBIAO_PG_URL / DATABASE_URL in the environment)');
  return url;
}

function checkUsage(options: ExtractCommandOptions, paths: readonly string[], fileCount: number): void {
  if (options.out === '-' && options.format === 'sqlite') throw new UsageError('--format sqlite writes a file: give --out DIR, not -');
  if (options.out === '-' && options.format === 'json' && fileCount > 1) {
    throw new UsageError(`--out - prints one document, but ${fileCount} input files were found; use --out DIR or --format jsonl`);
  }
  if (options.id !== undefined && fileCount > 1) throw new UsageError(`--id names one document, but ${fileCount} input files were found`);
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('- (standard input) can be given once');
}

/** `--jobs` above the machine's cores only adds memory (each worker holds a document): capped, with a warning. */
function effectiveJobs(options: ExtractCommandOptions, files: number, warn: (text: string) => void): number {
  const cores = availableParallelism();
  if (options.jobs > cores) warn(`zhibiao: warning: --jobs ${options.jobs} is more than the ${cores} cores here; using ${cores}\n`);
  return Math.max(1, Math.min(options.jobs, cores, files));
}

/**
 * Ctrl-C or SIGTERM stops dispatching and lets the document being written finish; what is
 * written stays and a rerun skips it. A second signal exits at once (SQLite transactions are
 * synchronous and temp files are removed on exit, so even that leaves no half-written document).
 */
function interruptOnSignals(controller: AbortController, received: { signal: 'SIGINT' | 'SIGTERM' | null }): () => void {
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((signal) => {
    const handler = (): void => {
      if (controller.signal.aborted) process.exit(EXIT_ON_SIGNAL[signal]);
      received.signal = signal;
      // On a terminal the progress bar owns the current line; start a fresh one.
      const lead = process.stderr.isTTY ? '\n' : '';
      const again = signal === 'SIGINT' ? 'Ctrl-C' : 'SIGTERM';
      process.stderr.write(`${lead}zhibiao: interrupted, finishing the document being written (${again} again to quit now)\n`);
      controller.abort();
    };
    process.on(signal, handler);
    return [signal, handler] as const;
  });
  // Once interrupted, the handlers stay until the process ends: a second signal while the
  // batch winds down must still quit with its status, not be taken by the default action.
  return () => {
    if (!controller.signal.aborted) for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}

/** Standard input, read whole (up to the size limit) into a temp file the batch reads like any other. */
async function stdinToFile(maxBytes: number): Promise<{ path: string; cleanup: () => Promise<void> }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    assertSize('-', size, maxBytes);
    chunks.push(chunk as Buffer);
  }
  const dir = await mkdtemp(join(tmpdir(), 'zhibiao-stdin-'));
  const path = join(dir, STDIN_ID);
  await writeFile(path, Buffer.concat(chunks));
  return { path, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Ids: `--id` for the single file, else distinct ids that keep clear of the output's other documents. */
function documentIds(
  files: readonly string[],
  sources: readonly (string | undefined)[],
  options: ExtractCommandOptions,
  sink: DocumentSink,
  note: (text: string) => void,
): string[] {
  if (options.id !== undefined) return [options.id];
  const named = files.map((file, i) => (sources[i] === '-' ? STDIN_ID : file));
  const ids = assignDocumentIds(named, { stored: sink.stored ?? new Map(), sources });
  ids.forEach((id, i) => {
    const plain = assignDocumentIds([named[i] as string])[0];
    if (id !== plain && sink.stored?.get(id)?.source !== (sources[i] ?? files[i])) {
      note(`zhibiao: note: ${terminalName(sources[i] ?? (files[i] as string))} is written as "${terminalName(id)}": another document already has its name\n`);
    }
  });
  return ids;
}

function isClosedPipe(error: unknown): boolean {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return error instanceof OutputBrokenError && cause?.code === 'EPIPE';
}

interface Prepared {
  readonly files: string[];
  readonly sources: (string | undefined)[];
  readonly cleanup: () => Promise<void>;
}

/** Lists the inputs; `-` becomes a temp file holding standard input. */
async function prepareInputs(paths: readonly string[], options: ExtractCommandOptions, progress: ProgressReporter, note: (text: string) => void): Promise<Prepared & { listingFailures: number }> {
  const listing = await listInputs([...paths], { include: options.include ?? [], followSymlinks: options.followSymlinks === true });
  for (const error of listing.errors) progress.outcome({ ok: false, file: error.file, reason: error.reason });
  if (listing.outsideLinks.length > 0) {
    const n = listing.outsideLinks.length;
    note(`zhibiao: note: ${n} symbolic link${n === 1 ? '' : 's'} leading outside the input folders not followed (--follow-symlinks follows them), e.g. ${terminalName(listing.outsideLinks[0] as string)}\n`);
  }
  let cleanup = async (): Promise<void> => {};
  let listingFailures = listing.errors.length;
  const files = [...listing.files];
  const sources: (string | undefined)[] = files.map(() => undefined);
  const stdinAt = files.indexOf('-');
  if (stdinAt >= 0) {
    try {
      const input = await stdinToFile(options.maxBytes ?? DEFAULT_MAX_BYTES);
      files[stdinAt] = input.path;
      sources[stdinAt] = '-';
      cleanup = input.cleanup;
    } catch (error) {
      progress.outcome({ ok: false, file: '-', reason: error instanceof InputError ? error.reason : `cannot read standard input: ${shortReason(error)}` });
      files.splice(stdinAt, 1);
      sources.splice(stdinAt, 1);
      listingFailures += 1;
    }
  }
  return { files, sources, cleanup, listingFailures };
}

/**
 * `zhibiao extract <paths...>`: lists the inputs, runs the batch into the chosen output and
 * resolves to the exit code — 0 all written (or skipped as unchanged or duplicate), 1 some
 * inputs failed (each named once on stderr) or the output could not be written, 130/143
 * interrupted by SIGINT/SIGTERM, 141 the reader of standard output went away. Usage problems
 * throw {@link UsageError}.
 *
 * @example
 * await runExtractCommand(['corpus'], { out: 'output', format: 'sqlite', jobs: 4, keepText: false }); // 0
 */
export async function runExtractCommand(paths: readonly string[], options: ExtractCommandOptions): Promise<number> {
  const pgUrl = pgUrlFor(options);
  const started = performance.now();
  const quiet = options.quiet === true;
  const note = (text: string): void => {
    if (!quiet) process.stderr.write(text);
  };
  const progress = createProgressReporter(process.stderr, { quiet });
  const seconds = (): number => (performance.now() - started) / 1000;
  const prepared = await prepareInputs(paths, options, progress, note);
  try {
    return await extractPrepared(paths, prepared, options, progress, note, seconds, pgUrl);
  } finally {
    await prepared.cleanup();
  }
}

async function extractPrepared(
  paths: readonly string[],
  prepared: Prepared & { listingFailures: number },
  options: ExtractCommandOptions,
  progress: ProgressReporter,
  note: (text: string) => void,
  seconds: () => number,
  pgUrl: string | undefined,
): Promise<number> {
  const { files, sources } = prepared;
  checkUsage(options, paths, files.length);
  if (files.length === 0) {
    if (prepared.listingFailures === 0) process.stderr.write(`zhibiao: no supported input files (${REPORT_EXTENSIONS.join(' ')}) in ${terminalName(paths.join(' '))}; --include adds extensions\n`);
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

  const ids = documentIds(files, sources, options, sink, note);
  const jobs = effectiveJobs(options, files.length, note);
  const controller = new AbortController();
  const received: { signal: 'SIGINT' | 'SIGTERM' | null } = { signal: null };
  const stopListening = interruptOnSignals(controller, received);
  progress.start(files.length);
  let summary: BatchSummary;
  try {
    summary = await runBatch(
      files,
      {
        jobs,
        keepText: options.keepText,
        ids,
        sources,
        signal: controller.signal,
        force: options.force === true,
        replace: options.replace === true,
        onOutcome: (event) => progress.outcome(event),
        ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
        ...(options.timeoutMs === undefined || options.memoryMb === undefined
          ? {}
          : { limits: { timeoutMs: options.timeoutMs, memoryMb: options.memoryMb } }),
      },
      sink,
    );
    // an interrupted run keeps what it finished, in every format, so a rerun can skip it
    await sink.close();
  } catch (error) {
    await sink.abort();
    progress.finish(seconds());
    if (isClosedPipe(error)) return EXIT_CLOSED_PIPE;
    process.stderr.write(`zhibiao: batch stopped: ${shortReason(error, 300)}\n`);
    return 1;
  } finally {
    stopListening();
  }
  progress.finish(seconds());
  if (summary.interrupted) {
    const left = files.length - summary.ok - summary.failed - summary.unchanged - summary.duplicates;
    process.stderr.write(
      `zhibiao: interrupted with ${left} of ${files.length} files not written; run the same command again to finish (documents written are skipped)\n`,
    );
    return EXIT_ON_SIGNAL[received.signal ?? 'SIGINT'];
  }
  return summary.failed + prepared.listingFailures > 0 ? 1 : 0;
}
