import { basename, extname } from 'node:path';

/** The id a file gets when nothing else claims it: its basename without extension (CONTRACT §2). */
function plainId(file: string): string {
  return basename(file, extname(file));
}

/**
 * Gives every input of a batch a distinct document id, in input order. Ids name the output
 * files (`<id>.json`) and key the database rows, so two inputs with one id would overwrite
 * each other — common when a report comes as both `.docx` and `.pdf`. The first file keeps
 * its plain basename; a later one adds its extension (`boshan-pdf`), then a counter if even
 * that is taken. Deterministic for a given input list.
 *
 * @example
 * assignDocumentIds(['in/boshan.docx', 'in/boshan.pdf', 'other/boshan.pdf']);
 * // ['boshan', 'boshan-pdf', 'boshan-pdf-2']
 */
export function assignDocumentIds(files: readonly string[]): string[] {
  const plain = files.map(plainId);
  // Plain ids are reserved up front so a suffixed id never takes a later file's own name.
  const taken = new Set<string>();
  const firstOwner = new Map<string, number>();
  plain.forEach((id, i) => {
    if (!firstOwner.has(id)) firstOwner.set(id, i);
    taken.add(id);
  });
  return files.map((file, i) => {
    const id = plain[i] as string;
    if (firstOwner.get(id) === i) return id;
    const ext = extname(file).slice(1).toLowerCase();
    let candidate = ext === '' ? `${id}-2` : `${id}-${ext}`;
    for (let n = 2; taken.has(candidate); n += 1) candidate = ext === '' ? `${id}-${n + 1}` : `${id}-${ext}-${n}`;
    taken.add(candidate);
    return candidate;
  });
}
