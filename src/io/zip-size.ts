/**
 * The inflated size of a ZIP archive (a .docx), read from its central directory without
 * inflating anything, so a small file that expands to gigabytes is refused before it is
 * opened. Record layouts: PKWARE APPNOTE 4.3.12 (central header) and 4.3.16 (end record).
 */

const END_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
/** End record: 22 bytes, then a comment of up to 65,535 bytes. */
const END_MIN = 22;
const END_SEARCH = END_MIN + 0xffff;
/** A size field of all ones: the real size is in a ZIP64 record, so at least 4 GiB. */
const ZIP64_MARK = 0xffffffff;

function findEnd(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - END_SEARCH);
  for (let at = view.byteLength - END_MIN; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_SIGNATURE) return at;
  }
  return -1;
}

/**
 * Sum of the uncompressed sizes the archive declares, in bytes; null when no central
 * directory is found (the reader then reports the archive as corrupt).
 *
 * @example
 * inflatedSize(await readFile('test/fixtures/inputs/boshan.docx')); // e.g. 61_412
 */
export function inflatedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return null;
    const size = view.getUint32(at + 24, true);
    total += size === ZIP64_MARK ? 2 ** 32 : size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}
