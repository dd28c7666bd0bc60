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
 * The uncompressed size from an entry's ZIP64 extra field (id 0x0001, whose first 8 bytes are
 * that size when the 32-bit field is all ones); at least 4 GiB when the field is missing.
 */
function zip64Size(view: DataView, start: number, length: number): number {
  for (let at = start; at + 4 <= start + length && at + 4 <= view.byteLength; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001 && size >= 8 && at + 12 <= view.byteLength) return Number(view.getBigUint64(at + 4, true));
    at += 4 + size;
  }
  return 2 ** 32;
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
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    total += size === ZIP64_MARK ? zip64Size(view, at + 46 + nameLength, extraLength) : size;
    at += 46 + nameLength + extraLength + view.getUint16(at + 32, true);
  }
  return total;
}
