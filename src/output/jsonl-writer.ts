import type { DocumentSink } from './document-sink.js';
import { flatIndicators } from './flat-indicators.js';
import { openTextTarget } from './text-target.js';

/** Name of the batch's jsonl file inside the output directory. */
const FILE_NAME = 'zhibiao.jsonl';

/**
 * Writes `DIR/zhibiao.jsonl`: one flat indicator record per line (see `FLAT_COLUMNS`),
 * documents in the order they are written. Lines go to a temp file that replaces the old
 * file on close, so a re-run replaces the output and an interrupted one leaves it untouched.
 *
 * @example
 * const sink = await openJsonlWriter('output');
 * await sink.write(doc);
 * await sink.close(); // output/zhibiao.jsonl
 */
export async function openJsonlWriter(out: string): Promise<DocumentSink> {
  const target = await openTextTarget(out, FILE_NAME);
  return {
    async write(doc) {
      const lines = flatIndicators(doc).map((record) => `${JSON.stringify(record)}\n`);
      if (lines.length > 0) await target.write(lines.join(''));
    },
    close: () => target.commit(),
    abort: () => target.discard(),
  };
}
