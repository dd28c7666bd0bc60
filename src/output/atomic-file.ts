import { createWriteStream, openSync, unlinkSync, writeFileSync, type WriteStream } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Temp files alive in this process. They are removed on any exit (a second Ctrl-C, a crash),
 * so an interrupted run never leaves `*.tmp` files behind; renamed ones are forgotten first.
 */
const liveTempFiles = new Set<string>();
let exitHookInstalled = false;
let tempCounter = 0;

function newTempPath(target: string): string {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const path of liveTempFiles) {
        try {
          unlinkSync(path);
        } catch {
          // already gone
        }
      }
    });
  }
  tempCounter += 1;
  // Same directory as the target, so the final rename never crosses a file system; a short
  // name of its own, since the target's name may already be near the 255-byte limit.
  const path = join(dirname(target), `.zhibiao-${process.pid}-${tempCounter}.tmp`);
  liveTempFiles.add(path);
  return path;
}

async function discardTemp(path: string): Promise<void> {
  await rm(path, { force: true });
  liveTempFiles.delete(path);
}

async function commitTemp(path: string, target: string): Promise<void> {
  await rename(path, target);
  liveTempFiles.delete(path);
}

/** Temp names of this module: `.zhibiao-<pid>-<n>.tmp`, and the `.<target>.<pid>.<n>.tmp` of earlier versions. */
const TEMP_NAME = /^\.(?:zhibiao-(\d+)-\d+|.+\.(\d+)\.\d+)\.tmp$/;

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, owned by someone else
    return (error as { code?: unknown }).code === 'EPERM';
  }
}

/**
 * Deletes temp files left in `dir` by runs that were killed (kill -9, a power cut): those
 * whose process is gone. Files of a live process, another run writing now, are left alone.
 * Returns how many were removed.
 *
 * @example
 * await removeStaleTemps('output'); // 2, after a `kill -9` mid-batch
 */
export async function removeStaleTemps(dir: string): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    const pid = Number(match?.[1] ?? match?.[2]);
    if (!match || !Number.isSafeInteger(pid) || isAlive(pid)) continue;
    await rm(join(dir, name), { force: true });
    removed += 1;
  }
  return removed;
}

/**
 * Writes `data` to `target` so that readers see either the old file or the whole new one:
 * the data goes to a temp file beside it, which is then renamed over the target.
 *
 * @example
 * await writeFileAtomic('output/boshan-2023.json', JSON.stringify(doc, null, 2) + '\n');
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const temp = newTempPath(target);
  try {
    // created synchronously: a quit-at-once Ctrl-C runs the exit hook, which must find the file
    // already there to delete (an async create could land just after it)
    writeFileSync(temp, data, 'utf8');
    await commitTemp(temp, target);
  } catch (error) {
    await discardTemp(temp);
    throw error;
  }
}

/** A file written piece by piece that appears under its name only on {@link AtomicStream.commit}. */
export interface AtomicStream {
  /** The temp file being written (null for standard output). */
  readonly tempPath: string | null;
  /** Appends text, waiting when the OS buffer is full so memory stays flat. */
  write(text: string): Promise<void>;
  /** Closes the temp file without renaming it, to read it back; discard() still deletes it. */
  finish(): Promise<void>;
  /** Closes the temp file and renames it over the target. */
  commit(): Promise<void>;
  /** Closes and deletes the temp file; the target keeps its previous content. Never throws. */
  discard(): Promise<void>;
}

function endStream(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    if (stream.closed) {
      resolve();
      return;
    }
    stream.once('error', reject);
    stream.end(() => resolve());
  });
}

/**
 * Opens a temp file beside `target` for streaming output (jsonl, csv of a whole batch).
 *
 * @example
 * const out = createAtomicStream('output/zhibiao.jsonl');
 * await out.write('{"id":"boshan-2023:1"}\n');
 * await out.commit(); // output/zhibiao.jsonl now holds exactly that line
 */
export function createAtomicStream(target: string): AtomicStream {
  const temp = newTempPath(target);
  // opened synchronously, for the same reason as in writeFileAtomic
  const stream = createWriteStream(temp, { encoding: 'utf8', fd: openSync(temp, 'w') });
  let failure: Error | null = null;
  stream.on('error', (error) => {
    failure = error;
  });
  return {
    tempPath: temp,
    async finish() {
      await endStream(stream);
      if (failure) throw failure;
    },
    async write(text) {
      if (failure) throw failure;
      if (!stream.write(text)) {
        // both listeners go once either fires: one left per wait piled up past the
        // MaxListeners warning on long batches
        await new Promise<void>((resolve, reject) => {
          const onDrain = (): void => {
            stream.off('error', onError);
            resolve();
          };
          const onError = (error: Error): void => {
            stream.off('drain', onDrain);
            reject(error);
          };
          stream.once('drain', onDrain);
          stream.once('error', onError);
        });
      }
    },
    async commit() {
      await endStream(stream);
      if (failure) throw failure;
      await commitTemp(temp, target);
    },
    async discard() {
      try {
        await endStream(stream);
      } catch {
        // the file is deleted either way
      }
      await discardTemp(temp);
    },
  };
}
