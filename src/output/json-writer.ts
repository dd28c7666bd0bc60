import { open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { removeStaleTemps, writeFileAtomic } from './atomic-file.js';
import type { DocumentSink, StoredDocument } from './document-sink.js';
import { serializeDocument as serialize } from './serialize-json.js';
import { STDOUT_STREAM } from './text-target.js';
import { mkdir } from 'node:fs/promises';

/** The document fields sit in the first lines of every file this writer makes; this much covers them. */
const HEAD_BYTES = 4 * 1024;

function field(head: string, name: string): string | null {
  const match = new RegExp(`"${name}": ("(?:[^"\\\\]|\\\\.)*"|null)`).exec(head);
  return match?.[1] ? (JSON.parse(match[1]) as string | null) : null;
}

/** What a stored document file says of itself, read from its head (no full parse of large files). */
async function storedDocument(path: string): Promise<(StoredDocument & { id: string }) | null> {
  let handle;
  try {
    handle = await open(path, 'r');
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    const head = buffer.subarray(0, bytesRead).toString('utf8');
    const documentAt = head.indexOf('"document": {');
    if (documentAt < 0) return null;
    const meta = head.slice(documentAt);
    const id = field(meta, 'id');
    return id === null ? null : { id, sha256: field(meta, 'sha256'), source: field(meta, 'source') };
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}

/** The documents a json output directory holds, by id. */
async function storedDocuments(dir: string): Promise<Map<string, StoredDocument>> {
  const stored = new Map<string, StoredDocument>();
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.json') || name.startsWith('.')) continue;
    const doc = await storedDocument(join(dir, name));
    if (doc && `${doc.id}.json` === name) stored.set(doc.id, { sha256: doc.sha256, source: doc.source });
  }
  return stored;
}

/**
 * Writes each document to `DIR/<id>.json`, pretty-printed, replacing the file atomically;
 * `-` prints the document to standard output instead (the CLI allows that for one input only).
 * On opening, removes temp files of killed runs and reads which documents the directory holds.
 *
 * @example
 * const sink = await openJsonWriter('output');
 * await sink.write(doc); // output/boshan-2023.json
 */
export async function openJsonWriter(out: string): Promise<DocumentSink> {
  if (out === '-') {
    return {
      write: (doc) => STDOUT_STREAM.write(serialize(doc)),
      async close() {},
      async abort() {},
    };
  }
  await mkdir(out, { recursive: true });
  await removeStaleTemps(out);
  return {
    stored: await storedDocuments(out),
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
