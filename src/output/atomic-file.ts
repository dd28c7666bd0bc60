import { createWriteStream, openSync, unlinkSync, writeFileSync, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

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
  // Same directory as the target, so the final rename never crosses a file system.
  const path = join(dirname(target), `.${basename(target)}.${process.pid}.${tempCounter}.tmp`);
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
  /** Appends text, waiting when the OS buffer is full so memory stays flat. */
  write(text: string): Promise<void>;
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
    async write(text) {
      if (failure) throw failure;
      if (!stream.write(text)) {
        await new Promise<void>((resolve, reject) => {
          stream.once('drain', resolve);
          stream.once('error', reject);
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
