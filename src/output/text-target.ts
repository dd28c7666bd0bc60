import { mkdir } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { removeStaleTemps, type AtomicStream } from './atomic-file.js';
import { OutputBrokenError } from './document-sink.js';

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

/** Standard output as an {@link AtomicStream}: nothing to rename or delete; a failed write ends the output. */
export const STDOUT_STREAM: AtomicStream = {
  tempPath: null,
  async finish() {},
  write: (text) =>
    writeToStdout(text).catch((error: unknown) => {
      throw new OutputBrokenError(`cannot write to standard output: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }),
  async commit() {},
  async discard() {},
};

/**
 * The file a whole-batch output goes to: `--out` itself when it ends in the format's own
 * extension (`--out x.jsonl`), else `fileName` inside the directory `--out`.
 *
 * @example
 * outputFile('output', 'zhibiao.jsonl'); // 'output/zhibiao.jsonl'
 * outputFile('exports/run-7.jsonl', 'zhibiao.jsonl'); // 'exports/run-7.jsonl'
 */
export function outputFile(out: string, fileName: string): string {
  return extname(out).toLowerCase() === extname(fileName) ? out : join(out, fileName);
}

/**
 * Prepares the file a whole-batch output goes to: creates its directory and removes temp
 * files that killed runs left there. Returns the file's path.
 *
 * @example
 * await prepareOutputFile('output', 'zhibiao.csv'); // 'output/zhibiao.csv'
 */
export async function prepareOutputFile(out: string, fileName: string): Promise<string> {
  const target = outputFile(out, fileName);
  await mkdir(dirname(target), { recursive: true });
  await removeStaleTemps(dirname(target));
  return target;
}
