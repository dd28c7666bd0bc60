import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createAtomicStream, type AtomicStream } from './atomic-file.js';

/** Standard output as an {@link AtomicStream}: nothing to rename or delete, only back-pressure. */
function stdoutStream(): AtomicStream {
  const stdout = process.stdout;
  return {
    async write(text) {
      if (!stdout.write(text)) await new Promise<void>((resolve) => stdout.once('drain', resolve));
    },
    async commit() {},
    async discard() {},
  };
}

/**
 * The destination of a whole-batch text output: `-` is standard output, anything else a
 * directory (created if missing) that receives `fileName` atomically.
 *
 * @example
 * const target = await openTextTarget('output', 'zhibiao.csv'); // writes output/.zhibiao.csv.<pid>.1.tmp
 * await target.commit();                                        // … renamed to output/zhibiao.csv
 */
export async function openTextTarget(out: string, fileName: string): Promise<AtomicStream> {
  if (out === '-') return stdoutStream();
  await mkdir(out, { recursive: true });
  return createAtomicStream(join(out, fileName));
}
