import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { StoredDocument } from '../output/document-sink.js';

/** What the batch does with one input before any extraction. */
export interface FilePlan {
  readonly file: string;
  readonly id: string;
  /** The name the file goes by when not its path (`-` for standard input). */
  readonly source?: string;
  /** extract it; skip it (stored with the same content); refuse it (stored with other content). */
  readonly action: 'extract' | 'skip' | 'refuse';
  readonly reason: string;
}

export interface PlanOptions {
  readonly sources?: readonly (string | undefined)[];
  readonly force?: boolean;
  readonly replace?: boolean;
}

/** sha256 of a file's bytes, streamed; null when it cannot be read (its task will say why). */
async function fileHash(path: string): Promise<string | null> {
  try {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    return hash.digest('hex');
  } catch {
    return null;
  }
}

/**
 * Decides, for each input, whether to extract it: a file whose id the output already holds is
 * hashed (only those) and compared with what is stored. The same bytes are skipped unless
 * `force`; other bytes are refused unless `replace`, since writing them would replace a stored
 * document in silence.
 *
 * @example
 * await planFiles(['a/report.txt'], ['report'], new Map([['report', { sha256: 'ab…', source: 'a/report.txt' }]]), {});
 * // [{ file: 'a/report.txt', id: 'report', action: 'skip', reason: 'unchanged since stored as "report"' }]
 */
export async function planFiles(
  files: readonly string[],
  ids: readonly string[],
  stored: ReadonlyMap<string, StoredDocument>,
  options: PlanOptions,
): Promise<FilePlan[]> {
  const plans: FilePlan[] = [];
  for (let i = 0; i < files.length; i++) {
    const file = files[i] as string;
    const id = ids[i] as string;
    const source = options.sources?.[i];
    const base = { file, id, ...(source === undefined ? {} : { source }) };
    const held = stored.get(id);
    const sha = held ? await fileHash(file) : null;
    if (!held || sha === null) {
      plans.push({ ...base, action: 'extract', reason: '' });
    } else if (sha === held.sha256) {
      plans.push({ ...base, action: options.force ? 'extract' : 'skip', reason: `unchanged since stored as "${id}"` });
    } else {
      const from = held.source ? ` (from ${held.source})` : '';
      plans.push({
        ...base,
        action: options.replace ? 'extract' : 'refuse',
        reason: `the output holds a different document as "${id}"${from}; not replaced (--replace replaces it, --id stores this one under another id)`,
      });
    }
  }
  return plans;
}
