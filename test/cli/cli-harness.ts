import { spawn, type ChildProcess } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

/** Repository root; the CLI tests run the built `bin/zhibiao.js` (npm test builds first). */
export const REPO = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(REPO, 'bin', 'zhibiao.js');

/**
 * Per-test limit for tests that spawn the CLI: each run starts Node, the readers and the
 * segmenter (about a second on a quiet machine) and CI machines run test files side by side.
 */
export const CLI_TIMEOUT = 120_000;

export interface CliResult {
  readonly code: number | null;
  /** The signal that ended the process, when one did (then `code` is null). */
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  readonly cwd?: string;
  /** Variables to set (a value of undefined removes the variable). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Called with the child and each stderr chunk as it arrives (to interrupt mid-batch). */
  readonly onStderr?: (child: ChildProcess, chunk: string, soFar: string) => void;
  /** Written to the child's standard input, which is then closed (no input: stdin ignored). */
  readonly input?: string | Uint8Array;
  /** Called with each stdout chunk as it arrives (to close the pipe early, like `| head`). */
  readonly onStdout?: (child: ChildProcess, chunk: string) => void;
}

/** Runs `zhibiao ...args` with piped (non-TTY) stdio and collects its output. */
export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  // without input, standard input is closed at once (the CLI sees end of file, as with </dev/null)
  child.stdin.end(options.input ?? '');
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    options.onStdout?.(child, chunk);
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    options.onStderr?.(child, chunk, stderr);
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Every file name below `dir`, hidden ones included, relative to it. */
export async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();
}

/** Child-table row counts per document id, from a SQLite output. */
export function sqliteCounts(path: string): Record<string, Record<string, number>> {
  const db = new Database(path, { fileMustExist: true });
  try {
    const result: Record<string, Record<string, number>> = {};
    for (const { id } of db.prepare('SELECT id FROM documents ORDER BY id').all() as { id: string }[]) {
      const perTable: Record<string, number> = {};
      for (const table of ['sections', 'indicators', 'unclaimed']) {
        perTable[table] = (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE document_id = ?`).get(id) as { n: number }).n;
      }
      result[id] = perTable;
    }
    return result;
  } finally {
    db.close();
  }
}

/** All rows of every table except the write time, in key order: what must not depend on --jobs. */
export function sqliteContent(path: string): Record<string, unknown[]> {
  const db = new Database(path, { fileMustExist: true });
  try {
    return {
      documents: db.prepare('SELECT * FROM documents ORDER BY id').all().map((row) => ({ ...(row as object), created_at: null })),
      sections: db.prepare('SELECT * FROM sections ORDER BY document_id, seq').all(),
      indicators: db.prepare('SELECT * FROM indicators ORDER BY document_id, seq').all(),
      unclaimed: db.prepare('SELECT * FROM unclaimed ORDER BY document_id, seq').all(),
    };
  } finally {
    db.close();
  }
}

/** The counts a document's JSON says each table must hold for it. */
export function jsonCounts(doc: { sections: unknown[]; indicators: unknown[]; unclaimed: unknown[] }): Record<string, number> {
  return { sections: doc.sections.length, indicators: doc.indicators.length, unclaimed: doc.unclaimed.length };
}
