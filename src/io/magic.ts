/**
 * File signatures ("magic numbers") that tell binary containers from text before any decoding.
 * Rules are data: each row names the bytes at offset 0 and a sample that starts with them.
 */

export type MagicKind = 'png' | 'jpeg' | 'gif' | 'zip' | 'elf' | 'pdf' | 'ole' | 'gzip' | 'riff';

export interface MagicRule {
  readonly id: MagicKind;
  /** Bytes expected at offset 0. */
  readonly bytes: readonly number[];
  /** Some containers put the signature after a short prefix (%PDF may follow junk bytes). */
  readonly searchWithin?: number;
  readonly examples: readonly string[];
}

const ascii = (text: string): number[] => Array.from(text, (ch) => ch.charCodeAt(0));

/** Known binary signatures. `examples` are hex dumps of real file starts. */
export const MAGIC_RULES: readonly MagicRule[] = [
  { id: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], examples: ['89504e470d0a1a0a0000000d49484452'] },
  { id: 'jpeg', bytes: [0xff, 0xd8, 0xff], examples: ['ffd8ffe000104a464946'] },
  { id: 'gif', bytes: ascii('GIF8'), examples: ['474946383961'] },
  { id: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04], examples: ['504b0304140006000800'] },
  { id: 'elf', bytes: [0x7f, 0x45, 0x4c, 0x46], examples: ['7f454c46020101000000'] },
  { id: 'pdf', bytes: ascii('%PDF-'), searchWithin: 1024, examples: ['255044462d312e370a'] },
  // OLE2 compound file: legacy .doc/.xls, frequent in government archives.
  { id: 'ole', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], examples: ['d0cf11e0a1b11ae10000'] },
  { id: 'gzip', bytes: [0x1f, 0x8b], examples: ['1f8b0800000000000003'] },
  { id: 'riff', bytes: ascii('RIFF'), examples: ['52494646a000000057454250'] },
];

function startsAt(bytes: Uint8Array, at: number, sig: readonly number[]): boolean {
  if (at + sig.length > bytes.length) return false;
  return sig.every((b, i) => bytes[at + i] === b);
}

/**
 * The binary container a byte buffer starts with, or null for anything else (text included).
 *
 * @example
 * sniffMagic(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])); // 'pdf'
 * sniffMagic(new TextEncoder().encode('地区生产总值')); // null
 */
export function sniffMagic(bytes: Uint8Array): MagicKind | null {
  for (const rule of MAGIC_RULES) {
    const last = Math.min(rule.searchWithin ?? 0, Math.max(0, bytes.length - rule.bytes.length));
    for (let at = 0; at <= last; at++) {
      if (startsAt(bytes, at, rule.bytes)) return rule.id;
    }
  }
  return null;
}

/**
 * True when a ZIP archive holds a Word body part: its local headers store entry names
 * uncompressed, so the name appears verbatim in the bytes.
 *
 * @example
 * isDocxZip(docxBytes); // true for any .docx written by Word, LibreOffice or the docx package
 */
export function isDocxZip(bytes: Uint8Array): boolean {
  if (sniffMagic(bytes) !== 'zip') return false;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml', 0, 'latin1');
}
