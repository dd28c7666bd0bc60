import type { ZhibiaoDocument } from '../schema/document.js';

/**
 * The text of a document's JSON file: pretty-printed, with a final newline. Worker threads
 * call it too, so that a json batch hands the main thread a string to write instead of a
 * document to copy across threads and serialise there.
 *
 * @example
 * serializeDocument(doc).startsWith('{\n  "schemaVersion": "1"') // true
 */
export function serializeDocument(doc: ZhibiaoDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
