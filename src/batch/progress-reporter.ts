import cliProgress from 'cli-progress';
import type { BatchEvent } from './run-batch.js';
import { terminalName } from './terminal-name.js';

/** Shows a batch's progress on stderr and names every failure once. */
export interface ProgressReporter {
  start(total: number): void;
  outcome(event: BatchEvent): void;
  /** Prints the summary line (counted from the outcomes seen); on a terminal, then each failure as `zhibiao: <file>: <reason>`. */
  finish(seconds: number): void;
}

/** The stream a reporter writes to: stderr, or a stand-in in tests. */
export interface ReportStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

export interface ReporterOptions {
  /** `-q`: failures only, no progress, no summary. */
  readonly quiet?: boolean;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * A progress display for `stream`: on a terminal a bar (files done/total, indicators, docs/s,
 * ETA) and the failures listed after it; otherwise one plain line per file, which reads well in
 * CI logs and `2> log.txt`. Each failure is printed exactly once, in the form scripts grep for
 * (`zhibiao: <file>: <reason>`); file names are escaped so control characters stay inert.
 *
 * @example
 * const progress = createProgressReporter(process.stderr);
 * progress.start(2);
 * progress.outcome({ ok: true, file: 'corpus/x.txt', indicators: 121 }); // "ok  corpus/x.txt  121 indicators"
 * progress.outcome({ ok: false, file: 'corpus/y.txt', reason: 'empty file (0 bytes)' }); // "zhibiao: corpus/y.txt: empty file (0 bytes)"
 * progress.finish(1.2); // "1 ok, 1 failed, 121 indicators, 1.2 s"
 */
export function createProgressReporter(stream: ReportStream, options: ReporterOptions = {}): ProgressReporter {
  const quiet = options.quiet === true;
  const failures: string[] = [];
  let bar: cliProgress.SingleBar | null = null;
  let ok = 0;
  let unchanged = 0;
  let duplicates = 0;
  let indicators = 0;
  let startedAt = 0;

  const payload = (): Record<string, string | number> => {
    const seconds = (Date.now() - startedAt) / 1000;
    const done = ok + failures.length + unchanged + duplicates;
    return { indicators, rate: seconds > 0 ? (done / seconds).toFixed(1) : '0.0' };
  };

  return {
    start(total) {
      startedAt = Date.now();
      if (quiet || !stream.isTTY || total === 0) return;
      bar = new cliProgress.SingleBar({
        stream: stream as NodeJS.WritableStream,
        format: '{bar} {value}/{total} files | {indicators} indicators | {rate} docs/s | ETA {eta_formatted}',
        hideCursor: true,
        etaBuffer: 50,
      });
      bar.start(total, 0, payload());
    },
    outcome(event) {
      const file = terminalName(event.file);
      let line: string | null;
      if (event.ok === true) {
        ok += 1;
        indicators += event.indicators;
        line = quiet ? null : `ok  ${file}  ${plural(event.indicators, 'indicator')}\n`;
      } else if (event.ok === false) {
        line = `zhibiao: ${file}: ${event.reason}\n`;
        failures.push(line);
      } else {
        if (event.skip === 'unchanged') unchanged += 1;
        else duplicates += 1;
        line = quiet ? null : `${event.skip === 'unchanged' ? 'skip' : 'dup '} ${file}: ${event.reason}\n`;
      }
      if (bar) bar.increment(1, payload());
      else if (line !== null) stream.write(line);
    },
    finish(seconds) {
      const onBar = bar !== null;
      bar?.stop();
      bar = null;
      const parts = [`${ok} ok`, `${failures.length} failed`];
      if (unchanged > 0) parts.push(`${unchanged} unchanged (skipped; --force redoes them)`);
      if (duplicates > 0) parts.push(plural(duplicates, 'duplicate'));
      parts.push(plural(indicators, 'indicator'), `${seconds.toFixed(1)} s`);
      if (!quiet) stream.write(`${parts.join(', ')}\n`);
      // without a bar each failure was printed as it came
      if (onBar) for (const line of failures) stream.write(line);
    },
  };
}
