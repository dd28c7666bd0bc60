import { describe, expect, test } from 'vitest';
import { createProgressReporter } from '../../src/batch/progress-reporter.js';
import type { BatchEvent } from '../../src/batch/run-batch.js';

function fakeStream(isTTY: boolean): { isTTY: boolean; text: () => string; write: (s: string) => boolean } {
  const chunks: string[] = [];
  return { isTTY, text: () => chunks.join(''), write: (s) => chunks.push(s) > 0 };
}

const events: BatchEvent[] = [
  { ok: true, file: 'corpus/x.txt', indicators: 121 },
  { ok: false, file: 'corpus/y.txt', reason: 'empty file (0 bytes)' },
  { ok: true, file: 'corpus/z.txt', indicators: 4 },
];

describe('createProgressReporter', () => {
  test('without a terminal: one plain line per file, then the summary, then the failures', () => {
    const stream = fakeStream(false);
    const progress = createProgressReporter(stream);
    progress.start(events.length);
    for (const event of events) progress.outcome(event);
    progress.finish(2.345);
    expect(stream.text().split('\n')).toEqual([
      'ok  corpus/x.txt  121 indicators',
      'FAIL corpus/y.txt: empty file (0 bytes)',
      'ok  corpus/z.txt  4 indicators',
      '2 ok, 1 failed, 125 indicators, 2.3 s',
      'zhibiao: corpus/y.txt: empty file (0 bytes)',
      '',
    ]);
  });

  test('on a terminal: a bar instead of per-file lines; summary and failures still plain', () => {
    const stream = fakeStream(true);
    const progress = createProgressReporter(stream);
    progress.start(events.length);
    for (const event of events) progress.outcome(event);
    progress.finish(1);
    const text = stream.text();
    expect(text).not.toContain('ok  corpus/x.txt');
    expect(text).toContain('3/3 files');
    expect(text).toContain('125 indicators');
    expect(text).toMatch(/2 ok, 1 failed, 125 indicators, 1\.0 s\nzhibiao: corpus\/y\.txt: empty file \(0 bytes\)\n$/);
  });

  test('a run with no failures ends on the summary line', () => {
    const stream = fakeStream(false);
    const progress = createProgressReporter(stream);
    progress.start(1);
    progress.outcome({ ok: true, file: 'a.txt', indicators: 0 });
    progress.finish(0);
    expect(stream.text()).toBe('ok  a.txt  0 indicators\n1 ok, 0 failed, 0 indicators, 0.0 s\n');
  });
});
