import type { ZhibiaoDocument } from '../schema/document.js';

/** Output formats of `zhibiao extract --format`. */
export const OUTPUT_FORMATS = ['json', 'jsonl', 'csv', 'sqlite', 'postgres'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** What an output already holds of a document: enough to tell a rerun from a different file. */
export interface StoredDocument {
  readonly sha256: string | null;
  readonly source: string | null;
}

/**
 * A write error that ends the whole output (a closed pipe, a stream that failed): the batch
 * stops instead of failing every later document one by one. Any other write error fails
 * only the document being written.
 */
export class OutputBrokenError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OutputBrokenError';
  }
}

/**
 * Where finished documents go. The batch runner calls {@link DocumentSink.write} in input
 * order, one call at a time, then exactly one of `close` (success) or `abort` (interrupted or
 * failed). Each `write` is all-or-nothing for its document.
 */
export interface DocumentSink {
  /** Documents the output held when it was opened, by id (empty for standard output). */
  readonly stored?: ReadonlyMap<string, StoredDocument>;
  write(doc: ZhibiaoDocument): Promise<void>;
  /**
   * Writes a document given as its serialised JSON (`serializeDocument`) in UTF-8, when the
   * sink needs nothing else; the batch runner then has workers serialise, sparing the main thread.
   */
  writeSerialized?(id: string, utf8: Uint8Array): Promise<void>;
  /** Makes the output final: renames temp files, commits, closes connections. */
  close(): Promise<void>;
  /** Removes what is not final yet and releases resources; documents already written stay. Never throws. */
  abort(): Promise<void>;
}

/** Where a sink writes: a directory (or `-` for stdout) and, for PostgreSQL, a connection URL. */
export interface SinkTarget {
  readonly out: string;
  readonly pgUrl?: string;
}

/**
 * Opens the writer of `format`. Writers are imported on demand so a json run never loads
 * the SQLite or PostgreSQL drivers.
 *
 * @example
 * const sink = await openSink('sqlite', { out: 'output' }); // output/zhibiao.sqlite
 * await sink.write(doc);
 * await sink.close();
 */
export async function openSink(format: OutputFormat, target: SinkTarget): Promise<DocumentSink> {
  switch (format) {
    case 'json':
      return (await import('./json-writer.js')).openJsonWriter(target.out);
    case 'jsonl':
      return (await import('./jsonl-writer.js')).openJsonlWriter(target.out);
    case 'csv':
      return (await import('./csv-writer.js')).openCsvWriter(target.out);
    case 'sqlite':
      return (await import('./sqlite-writer.js')).openSqliteWriter(target.out);
    case 'postgres': {
      if (!target.pgUrl) throw new Error('--format postgres needs --pg URL (or ZHIBIAO_PG_URL / DATABASE_URL)');
      return (await import('./postgres-writer.js')).openPostgresWriter(target.pgUrl);
    }
  }
}
