import cliProgress from 'cli-progress';
import type { BatchEvent } from './run-batch.js';

/** Shows a batch's progress on stderr and names every failure at the end. */
export interface ProgressReporter {
  start(total: number): void;
  outcome(event: BatchEvent): void;
  /** Prints the summary line (counted from the outcomes seen), then each failure as `zhibiao: <file>: <reason>`. */
  finish(seconds: number): void;
}

/** The stream a reporter writes to: stderr, or a stand-in in tests. */
export interface ReportStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/**
 * A progress display for `stream`: on a terminal a bar (files done/total, indicators, docs/s,
 * ETA); otherwise one plain line per file, which reads well in CI logs and `2> log.txt`.
 * Failures are also collected and repeated at the end in the one-line form scripts grep for.
 *
 * @example
 * const progress = createProgressReporter(process.stderr);
 * progress.start(2);
 * progress.outcome({ ok: true, file: 'corpus/x.txt', indicators: 121 }); // "ok  corpus/x.txt  121 indicators"
 * progress.outcome({ ok: false, file: 'corpus/y.txt', reason: 'empty file (0 bytes)' });
 * progress.finish(1.2);
 * // "1 ok, 1 failed, 121 indicators, 1.2 s" then "zhibiao: corpus/y.txt: empty file (0 bytes)"
 */
export function createProgressReporter(stream: ReportStream): ProgressReporter {
  const failures: string[] = [];
  let bar: cliProgress.SingleBar | null = null;
  let ok = 0;
  let indicators = 0;
  let startedAt = 0;

  const payload = (): Record<string, string | number> => {
    const seconds = (Date.now() - startedAt) / 1000;
    return { indicators, rate: seconds > 0 ? ((ok + failures.length) / seconds).toFixed(1) : '0.0' };
  };

  return {
    start(total) {
      startedAt = Date.now();
      if (!stream.isTTY || total === 0) return;
      bar = new cliProgress.SingleBar({
        stream: stream as NodeJS.WritableStream,
        format: '{bar} {value}/{total} files | {indicators} indicators | {rate} docs/s | ETA {eta_formatted}',
        hideCursor: true,
        etaBuffer: 50,
      });
      bar.start(total, 0, payload());
    },
    outcome(event) {
      if (event.ok) {
        ok += 1;
        indicators += event.indicators;
      } else {
        failures.push(`zhibiao: ${event.file}: ${event.reason}\n`);
      }
      if (bar) {
        bar.increment(1, payload());
      } else if (event.ok) {
        stream.write(`ok  ${event.file}  ${event.indicators} indicators\n`);
      } else {
        stream.write(`FAIL ${event.file}: ${event.reason}\n`);
      }
    },
    finish(seconds) {
      bar?.stop();
      bar = null;
      stream.write(`${ok} ok, ${failures.length} failed, ${indicators} indicators, ${seconds.toFixed(1)} s\n`);
      for (const line of failures) stream.write(line);
    },
  };
}
