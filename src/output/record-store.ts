import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createAtomicStream } from './atomic-file.js';
import { OutputBrokenError, type StoredDocument } from './document-sink.js';

/** How records of one text format are told apart and traced to their document. */
export interface RecordFormat {
  /** Text before the first record (a CSV header), written once at the top of the file. */
  readonly header: string;
  /** Splits text into records; returns the complete ones and the unfinished rest. */
  split(text: string): { records: string[]; rest: string };
  /** The document a record belongs to, or null for a header or a line that is not a record. */
  documentOf(record: string): ({ id: string } & StoredDocument) | null;
  /** The format's own header, which the new file writes afresh; other lines that are no record are kept. */
  isHeader(record: string): boolean;
}

/**
 * A whole-batch text file (zhibiao.jsonl, zhibiao.csv) used as a store: documents already in
 * it stay, a run adds its documents after them, and a document written again (same id)
 * replaces its earlier records. The new file is built beside the old one and renamed over it
 * on commit, so readers see the old file or the new one, never a mix.
 */
export interface RecordStore {
  readonly stored: ReadonlyMap<string, StoredDocument>;
  /** Appends one document's records. */
  write(id: string, records: string): Promise<void>;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

async function* recordsOf(path: string, format: RecordFormat): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of createReadStream(path, { encoding: 'utf8' })) {
    const split = format.split(rest + (chunk as string));
    rest = split.rest;
    yield* split.records;
  }
  if (rest !== '') yield rest;
}

async function exists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** A failed write to the file itself ends the output: every later document would fail the same way. */
function broken(target: string, error: unknown): OutputBrokenError {
  const reason = error instanceof Error ? error.message : String(error);
  return new OutputBrokenError(`cannot write ${target}: ${reason}`, { cause: error });
}

/**
 * Opens `target` as a record store: reads the documents it holds (ids, hashes, sources),
 * then collects this run's records in a temp file until commit.
 *
 * @example
 * const store = await openRecordStore('output/zhibiao.jsonl', JSONL_RECORDS);
 * store.stored.get('boshan-2023'); // { sha256: '…', source: 'corpus/boshan-2023.txt' }
 * await store.write('yunwu-2023', '{"document_id":"yunwu-2023",…}\n');
 * await store.commit(); // boshan-2023's records, then yunwu-2023's
 */
export async function openRecordStore(target: string, format: RecordFormat): Promise<RecordStore> {
  const stored = new Map<string, StoredDocument>();
  const hadFile = await exists(target);
  if (hadFile) {
    for await (const record of recordsOf(target, format)) {
      const doc = format.documentOf(record);
      if (doc && !stored.has(doc.id)) stored.set(doc.id, { sha256: doc.sha256, source: doc.source });
    }
  }
  // this run's records; commit copies the kept old records, then these, into the final file
  const added = createAtomicStream(target);
  const rewritten = new Set<string>();
  return {
    stored,
    async write(id, records) {
      rewritten.add(id);
      try {
        await added.write(records);
      } catch (error) {
        throw broken(target, error);
      }
    },
    async commit() {
      const final = createAtomicStream(target);
      try {
        await added.finish();
        if (format.header !== '') await final.write(format.header);
        if (hadFile) {
          for await (const record of recordsOf(target, format)) {
            const doc = format.documentOf(record);
            if (doc ? !rewritten.has(doc.id) : !format.isHeader(record)) await final.write(record);
          }
        }
        for await (const chunk of createReadStream(added.tempPath as string, { encoding: 'utf8' })) await final.write(chunk as string);
        await final.commit();
      } catch (error) {
        await final.discard();
        throw broken(target, error);
      } finally {
        await added.discard();
      }
    },
    async discard() {
      await added.discard();
    },
  };
}
