import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, relative, resolve, isAbsolute } from 'node:path';
import { InputError } from './input-error.js';

/**
 * File extensions a directory walk picks up: the report formats. Anything else in a folder
 * (notes in .md, data in .json) is left alone unless `--include` names its extension; a file
 * named on the command line is always tried.
 */
export const REPORT_EXTENSIONS: readonly string[] = ['.txt', '.html', '.htm', '.xhtml', '.docx', '.pdf'];

export interface ListOptions {
  /** More extensions to walk (`md`, `.text`), case-insensitive. */
  readonly include?: readonly string[];
  /** Follow symbolic links that lead outside the directories given. */
  readonly followSymlinks?: boolean;
}

export interface InputListing {
  /** Files to load, sorted and without duplicates. */
  readonly files: string[];
  /** Arguments or directories that could not be listed. */
  readonly errors: InputError[];
  /** Symbolic links not followed because they lead outside the directories given. */
  readonly outsideLinks: string[];
}

const FS_REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'no such file or directory',
  ENOTDIR: 'no such file or directory',
  EISDIR: 'is a directory',
  ELOOP: 'too many levels of symbolic links',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'file name too long',
};

/** An fs error as an InputError with a short reason. */
export function fsError(path: string, error: unknown): InputError {
  if (error instanceof InputError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const reason = typeof code === 'string' ? (FS_REASONS[code] ?? `cannot read (${code})`) : 'cannot read';
  return new InputError(path, reason, { cause: error });
}

const isHidden = (name: string): boolean => name.startsWith('.');

function normaliseExtension(raw: string): string {
  const trimmed = raw.trim().toLowerCase();
  return trimmed.startsWith('.') ? trimmed : `.${trimmed}`;
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

interface Walk {
  readonly extensions: ReadonlySet<string>;
  readonly roots: readonly string[];
  readonly follow: boolean;
  readonly seen: Set<string>;
  readonly files: string[];
  readonly errors: InputError[];
  readonly outsideLinks: string[];
}

async function walk(dir: string, w: Walk): Promise<void> {
  let entries: string[];
  try {
    const real = await realpath(dir);
    // A symlink cycle would otherwise recurse forever.
    if (w.seen.has(real)) return;
    w.seen.add(real);
    entries = await readdir(dir);
  } catch (error) {
    w.errors.push(fsError(dir, error));
    return;
  }
  for (const name of entries.sort()) {
    if (isHidden(name)) continue;
    const child = join(dir, name);
    try {
      const link = await lstat(child);
      if (link.isSymbolicLink() && !w.follow) {
        const target = await realpath(child);
        if (!w.roots.some((root) => isInside(root, target))) {
          w.outsideLinks.push(child);
          continue;
        }
      }
      const info = link.isSymbolicLink() ? await stat(child) : link;
      if (info.isDirectory()) await walk(child, w);
      else if (info.isFile() && w.extensions.has(extname(name).toLowerCase())) w.files.push(child);
    } catch (error) {
      w.errors.push(fsError(child, error));
    }
  }
}

/**
 * Expands command-line paths into input files: directories recursively (report formats and
 * `include`d extensions only, hidden entries skipped, links leading outside the directories
 * given not followed), files named explicitly always, `-` (standard input) as is. Paths that
 * do not exist become error entries, one each; the listing never throws.
 *
 * @example
 * await listInputs(['corpus', 'missing.txt']);
 * // { files: ['corpus/boshan-2023.txt'], errors: [InputError('missing.txt: no such file or directory')], outsideLinks: [] }
 */
export async function listInputs(paths: readonly string[], options: ListOptions = {}): Promise<InputListing> {
  const extensions = new Set([...REPORT_EXTENSIONS, ...(options.include ?? []).map(normaliseExtension)]);
  const files: string[] = [];
  const errors: InputError[] = [];
  const outsideLinks: string[] = [];
  const seen = new Set<string>();
  const reported = new Set<string>();
  for (const path of paths) {
    if (path === '-') {
      files.push(path);
      continue;
    }
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        const roots = [await realpath(path)];
        await walk(path, { extensions, roots, follow: options.followSymlinks === true, seen, files, errors, outsideLinks });
      } else {
        files.push(path);
      }
    } catch (error) {
      // the same missing path given twice is one message
      if (!reported.has(resolve(path))) errors.push(fsError(path, error));
      reported.add(resolve(path));
    }
  }
  const unique = new Map<string, string>();
  for (const file of files) {
    const key = file === '-' ? '-' : resolve(file);
    if (!unique.has(key)) unique.set(key, file);
  }
  return { files: [...unique.values()].sort(), errors, outsideLinks };
}
