import type { DocumentSink } from './document-sink.js';
import { flatIndicators } from './flat-indicators.js';
import { openRecordStore, type RecordFormat } from './record-store.js';
import { prepareOutputFile, STDOUT_STREAM } from './text-target.js';

/** Name of the batch's jsonl file inside the output directory. */
const FILE_NAME = 'zhibiao.jsonl';

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** jsonl records are lines; each carries its document's id, hash and source. */
export const JSONL_RECORDS: RecordFormat = {
  header: '',
  isHeader: () => false,
  split(chunk) {
    const end = chunk.lastIndexOf('\n') + 1;
    const records = chunk.slice(0, end).split(/(?<=\n)/).filter((line) => line !== '');
    return { records, rest: chunk.slice(end) };
  },
  documentOf(record) {
    try {
      const parsed = JSON.parse(record) as Record<string, unknown>;
      const id = text(parsed['document_id']);
      return id === null ? null : { id, sha256: text(parsed['sha256']), source: text(parsed['source']) };
    } catch {
      return null;
    }
  },
};

function linesOf(doc: Parameters<DocumentSink['write']>[0]): string {
  // built whole before anything is written: a document too large to serialise fails alone
  return flatIndicators(doc)
    .map((record) => `${JSON.stringify(record)}\n`)
    .join('');
}

/**
 * Writes `DIR/zhibiao.jsonl` (or `--out FILE.jsonl`): one flat indicator record per line (see
 * `FLAT_COLUMNS`). The file is a store: documents from earlier runs stay, this run's are added
 * after them, and a document written again replaces its earlier lines (see record-store.ts).
 * The file is replaced atomically on close; an interrupted run keeps the documents it finished.
 * `-` writes the lines to standard output.
 *
 * @example
 * const sink = await openJsonlWriter('output');
 * await sink.write(doc);
 * await sink.close(); // output/zhibiao.jsonl
 */
export async function openJsonlWriter(out: string): Promise<DocumentSink> {
  if (out === '-') {
    return {
      async write(doc) {
        const lines = linesOf(doc);
        if (lines !== '') await STDOUT_STREAM.write(lines);
      },
      async close() {},
      async abort() {},
    };
  }
  const store = await openRecordStore(await prepareOutputFile(out, FILE_NAME), JSONL_RECORDS);
  return {
    stored: store.stored,
    async write(doc) {
      const lines = linesOf(doc);
      if (lines !== '') await store.write(doc.document.id, lines);
    },
    close: () => store.commit(),
    abort: () => store.discard(),
  };
}
