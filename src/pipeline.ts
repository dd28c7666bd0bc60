import { createHash } from 'node:crypto';
import { ZhibiaoDocumentSchema, type ZhibiaoDocument } from './schema/document.js';

/** What the caller knows about the text it hands to {@link extract}. */
export interface ExtractOptions {
  /** Document id; defaults to the sha256 prefix of the text. */
  readonly id?: string;
  /** Path of the input file, as given. */
  readonly source?: string | null;
  /** sha256 of the raw input bytes (the text's own hash when not given). */
  readonly sha256?: string | null;
  /** Encoding the bytes were decoded from. */
  readonly encoding?: string;
  /** Input format: txt, html, docx, pdf. */
  readonly format?: string;
  /** Keep the decoded text in the output so spans can be checked. */
  readonly keepText?: boolean;
}

/**
 * Turns one report's decoded text into the document of CONTRACT §2.
 * TEMPORARY STUB while the stages are being built: returns a valid empty document.
 */
export function extract(text: string, options: ExtractOptions = {}): ZhibiaoDocument {
  const sha = options.sha256 ?? createHash('sha256').update(text).digest('hex');
  const doc: ZhibiaoDocument = {
    schemaVersion: '1',
    document: {
      id: options.id ?? sha.slice(0, 12),
      source: options.source ?? null,
      sha256: sha,
      encoding: options.encoding ?? 'utf-8',
      title: null,
      region: null,
      reportYear: null,
    },
    sections: [],
    indicators: [],
    coverage: { numbers: 0, claimed: 0, ratio: 1 },
    unclaimed: [],
    warnings: [],
    ...(options.keepText ? { text } : {}),
  };
  return ZhibiaoDocumentSchema.parse(doc);
}
