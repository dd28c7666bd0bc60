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
  test('without a terminal: one plain line per file (a failure in its one-line form, printed once), then the summary', () => {
    const stream = fakeStream(false);
    const progress = createProgressReporter(stream);
    progress.start(events.length);
    for (const event of events) progress.outcome(event);
    progress.finish(2.345);
    expect(stream.text().split('\n')).toEqual([
      'ok  corpus/x.txt  121 indicators',
      'zhibiao: corpus/y.txt: empty file (0 bytes)',
      'ok  corpus/z.txt  4 indicators',
      '2 ok, 1 failed, 125 indicators, 2.3 s',
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

  test('skipped and duplicate files are counted apart; -q prints failures only; control characters in names are escaped', () => {
    const stream = fakeStream(false);
    const progress = createProgressReporter(stream);
    progress.start(3);
    progress.outcome({ ok: 'skipped', file: 'a.txt', skip: 'unchanged', reason: 'unchanged since stored as "a"' });
    progress.outcome({ ok: 'skipped', file: 'b.txt', skip: 'duplicate', reason: 'same content as a.txt; not written again' });
    progress.outcome({ ok: false, file: 'c\u001b[31m\n.txt', reason: 'empty file (0 bytes)' });
    progress.finish(0);
    expect(stream.text().split('\n')).toEqual([
      'skip a.txt: unchanged since stored as "a"',
      'dup  b.txt: same content as a.txt; not written again',
      'zhibiao: c\\x1b[31m\\n.txt: empty file (0 bytes)',
      '0 ok, 1 failed, 1 unchanged (skipped; --force redoes them), 1 duplicate, 0 indicators, 0.0 s',
      '',
    ]);
    const quiet = fakeStream(false);
    const silent = createProgressReporter(quiet, { quiet: true });
    silent.start(2);
    silent.outcome({ ok: true, file: 'a.txt', indicators: 3 });
    silent.outcome({ ok: false, file: 'b.txt', reason: 'empty file (0 bytes)' });
    silent.finish(1);
    expect(quiet.text()).toBe('zhibiao: b.txt: empty file (0 bytes)\n');
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
