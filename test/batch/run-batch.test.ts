import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, test } from 'vitest';
import { runBatch, type BatchEvent } from '../../src/batch/run-batch.js';
import { OutputBrokenError, type DocumentSink } from '../../src/output/document-sink.js';
import type { ZhibiaoDocument } from '../../src/schema/document.js';

/** A sink that remembers the ids written, and can be told to fail. */
function recordingSink(failOn?: string): DocumentSink & { readonly ids: string[] } {
  const ids: string[] = [];
  return {
    ids,
    async write(doc: ZhibiaoDocument) {
      if (doc.document.id === failOn) throw new Error('disk full');
      ids.push(doc.document.id);
    },
    async close() {},
    async abort() {},
  };
}

let dir: string;
const good = (name: string): string => join(dir, `${name}.txt`);
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zhibiao-batch-'));
  for (const name of ['a', 'b', 'c', 'd', 'e', 'f']) await writeFile(good(name), `${name}：全区地区生产总值完成282亿元，同比增长6%。\n`);
  await writeFile(join(dir, 'empty.txt'), '');
});

// Every document runs in a worker thread, even with jobs 1: the worker is the compiled
// dist/batch/worker.js (npm test builds first).
describe('runBatch', () => {
  test('writes documents in input order and reports failures without stopping', async () => {
    const sink = recordingSink();
    const events: BatchEvent[] = [];
    const files = [good('c'), join(dir, 'empty.txt'), good('a'), join(dir, 'missing.txt'), good('b')];
    const summary = await runBatch(files, { jobs: 1, keepText: false, onOutcome: (e) => events.push(e) }, sink);
    expect(sink.ids).toEqual(['c', 'a', 'b']);
    expect(events.map((e) => [e.file, e.ok])).toEqual(files.map((f) => [f, !/empty|missing/.test(f)]));
    expect(events.filter((e) => !e.ok).map((e) => (e.ok ? '' : e.reason))).toEqual([
      expect.stringMatching(/empty/),
      expect.stringMatching(/no such file/),
    ]);
    expect(summary).toMatchObject({ ok: 3, failed: 2, interrupted: false });
  });

  test('given ids replace the basenames', async () => {
    const sink = recordingSink();
    await runBatch([good('a'), good('b')], { jobs: 1, keepText: false, ids: ['first', 'second'] }, sink);
    expect(sink.ids).toEqual(['first', 'second']);
  });

  test('ids must match the files one to one', async () => {
    await expect(runBatch([good('a')], { jobs: 1, keepText: false, ids: [] }, recordingSink())).rejects.toThrow(/0 ids for 1 files/);
  });

  test.each([
    ['before the first file', 0, []],
    ['after the first file', 1, ['a']],
  ])('an abort %s stops the batch and says so', async (_name, after, written) => {
    const controller = new AbortController();
    if (after === 0) controller.abort();
    const sink = recordingSink();
    const summary = await runBatch(
      [good('a'), good('b'), good('c')],
      { jobs: 1, keepText: false, signal: controller.signal, onOutcome: () => controller.abort() },
      sink,
    );
    expect(sink.ids).toEqual(written);
    expect(summary.interrupted).toBe(true);
  });

  test("a sink's error fails that document alone, naming the cause; the batch goes on", async () => {
    const events: BatchEvent[] = [];
    const sink = recordingSink('b');
    const summary = await runBatch([good('a'), good('b'), good('c')], { jobs: 1, keepText: false, onOutcome: (e) => events.push(e) }, sink);
    expect(sink.ids).toEqual(['a', 'c']);
    expect(events[1]).toEqual({ ok: false, file: good('b'), reason: 'cannot write to the output: disk full' });
    expect(summary).toMatchObject({ ok: 2, failed: 1, interrupted: false });
  });

  test('an OutputBrokenError (the output itself is gone) stops the batch', async () => {
    const sink: DocumentSink = {
      async write() {
        throw new OutputBrokenError('cannot write to standard output: EPIPE');
      },
      async close() {},
      async abort() {},
    };
    await expect(runBatch([good('a'), good('b')], { jobs: 1, keepText: false }, sink)).rejects.toThrow(/EPIPE/);
  });

  test('a written document is not kept in memory while the batch goes on', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const written: WeakRef<ZhibiaoDocument>[] = [];
    let firstCollected: boolean | null = null;
    const sink: DocumentSink = {
      async write(doc) {
        written.push(new WeakRef(doc));
        if (written.length === 5) {
          gc();
          firstCollected = written[0]?.deref() === undefined;
        }
      },
      async close() {},
      async abort() {},
    };
    // six different texts: the same bytes twice would be a duplicate, not written
    const files = ['a', 'b', 'c', 'd', 'e', 'f'].map(good);
    await runBatch(files, { jobs: 1, keepText: false, ids: ['1', '2', '3', '4', '5', '6'], signal: new AbortController().signal }, sink);
    expect(firstCollected).toBe(true);
  });
});
