import { basename, extname, resolve } from 'node:path';
import type { StoredDocument } from '../output/document-sink.js';

/** The id a file gets when nothing else claims it: its basename without extension (CONTRACT §2). */
function plainId(file: string): string {
  return basename(file, extname(file));
}

/** Paths compared as absolute paths; `-` (standard input) only equals itself. */
function sourceKey(source: string): string {
  return source === '-' ? '-' : resolve(source);
}

/** What the output already holds, so ids stay unique across runs into one output. */
export interface IdContext {
  readonly stored?: ReadonlyMap<string, StoredDocument>;
  /** The source each file is stored under, when not its path (`-` for standard input). */
  readonly sources?: readonly (string | undefined)[] | undefined;
}

/**
 * Gives every input of a batch a distinct document id, in input order, that also differs from
 * every id the output holds for another file. Ids name the output files (`<id>.json`) and key
 * the database rows, so two inputs with one id would overwrite each other — common when a
 * report comes as both `.docx` and `.pdf`, or two folders each have a `report.txt`.
 *
 * The rule: a file the output already holds (same source path) keeps the id it was stored
 * under. Otherwise the file's basename, unless an earlier input has it or the output holds it
 * for another file; then the basename with the extension (`boshan-pdf`), then with a counter
 * (`boshan-pdf-2`). Plain basenames of this batch are reserved up front, so a suffixed id never
 * takes a later file's own name. Deterministic for a given input list and output.
 *
 * @example
 * assignDocumentIds(['in/boshan.docx', 'in/boshan.pdf', 'other/boshan.pdf']);
 * // ['boshan', 'boshan-pdf', 'boshan-pdf-2']
 */
export function assignDocumentIds(files: readonly string[], context: IdContext = {}): string[] {
  const stored = context.stored ?? new Map<string, StoredDocument>();
  const sourceOf = (i: number): string => context.sources?.[i] ?? (files[i] as string);
  const storedIdOf = new Map<string, string>();
  for (const [id, doc] of stored) if (doc.source !== null) storedIdOf.set(sourceKey(doc.source), id);

  const plain = files.map(plainId);
  const plainOwner = new Map<string, number>();
  plain.forEach((id, i) => {
    if (!plainOwner.has(id)) plainOwner.set(id, i);
  });
  const given = new Set<string>();
  // files already stored keep their ids, before anyone else picks
  const kept = files.map((_, i) => {
    const id = storedIdOf.get(sourceKey(sourceOf(i)));
    if (id === undefined || given.has(id)) return undefined;
    given.add(id);
    return id;
  });
  const free = (id: string, i: number): boolean =>
    !given.has(id) && !stored.has(id) && (plainOwner.get(id) ?? i) === i;

  return files.map((file, i) => {
    const keptId = kept[i];
    if (keptId !== undefined) return keptId;
    const id = plain[i] as string;
    let candidate = id;
    if (!free(candidate, i)) {
      const ext = extname(file).slice(1).toLowerCase();
      candidate = ext === '' ? `${id}-2` : `${id}-${ext}`;
      for (let n = 2; !free(candidate, i); n += 1) candidate = ext === '' ? `${id}-${n + 1}` : `${id}-${ext}-${n}`;
    }
    given.add(candidate);
    return candidate;
  });
}
