import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-file.js';
import type { DocumentSink } from './document-sink.js';
import { serializeDocument as serialize } from './serialize-json.js';
import { writeToStdout } from './text-target.js';


/**
 * Writes each document to `DIR/<id>.json`, pretty-printed, replacing the file atomically;
 * `-` prints the document to standard output instead (the CLI allows that for one input only).
 *
 * @example
 * const sink = await openJsonWriter('output');
 * await sink.write(doc); // output/boshan-2023.json
 */
export async function openJsonWriter(out: string): Promise<DocumentSink> {
  if (out === '-') {
    return {
      write: (doc) => writeToStdout(serialize(doc)),
      async close() {},
      async abort() {},
    };
  }
  await mkdir(out, { recursive: true });
  return {
    async write(doc) {
      await writeFileAtomic(join(out, `${doc.document.id}.json`), serialize(doc));
    },
    async writeSerialized(id, utf8) {
      await writeFileAtomic(join(out, `${id}.json`), utf8);
    },
    async close() {},
    async abort() {},
  };
}
