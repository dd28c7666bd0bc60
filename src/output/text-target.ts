import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createAtomicStream, type AtomicStream } from './atomic-file.js';

let stdoutError: Error | null = null;
let watchingStdout = false;

/**
 * Writes to standard output and resolves once the text is handed to the OS, which keeps
 * memory flat when stdout is slow. A closed reader (`zhibiao … --out - | head`) rejects with
 * EPIPE instead of crashing the process with an unhandled 'error' event.
 *
 * @example
 * await writeToStdout('{"id":"boshan-2023:1"}\n');
 */
export function writeToStdout(text: string): Promise<void> {
  if (!watchingStdout) {
    watchingStdout = true;
    process.stdout.on('error', (error) => {
      stdoutError = error;
    });
  }
  if (stdoutError) return Promise.reject(stdoutError);
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

/** Standard output as an {@link AtomicStream}: nothing to rename or delete. */
const STDOUT_STREAM: AtomicStream = {
  write: writeToStdout,
  async commit() {},
  async discard() {},
};

/**
 * The destination of a whole-batch text output: `-` is standard output, anything else a
 * directory (created if missing) that receives `fileName` atomically.
 *
 * @example
 * const target = await openTextTarget('output', 'zhibiao.csv'); // writes output/.zhibiao.csv.<pid>.1.tmp
 * await target.commit();                                        // … renamed to output/zhibiao.csv
 */
export async function openTextTarget(out: string, fileName: string): Promise<AtomicStream> {
  if (out === '-') return STDOUT_STREAM;
  await mkdir(out, { recursive: true });
  return createAtomicStream(join(out, fileName));
}
