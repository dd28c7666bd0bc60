import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The benchmark's corpus: real reports repeated with their figures changed, so a thousand
 * documents differ from each other (no cache or memo can shortcut them) while each still
 * reads like a report — same length, same layout, numbers of the same shape.
 */

/** A report the corpus is made from. */
export interface CorpusSource {
  /** Short name, used in the generated file names (`boshan`). */
  readonly name: string;
  readonly text: string;
}

/** How many documents to make and how. */
export interface CorpusOptions {
  readonly count: number;
  /** PRNG seed; the same seed gives byte-identical documents. */
  readonly seed: number;
  /**
   * Smallest UTF-8 size of one document. A source shorter than this is lengthened by
   * appending its own paragraphs (each with freshly perturbed figures) until it reaches it.
   */
  readonly minDocumentBytes?: number;
}

/** One generated document. */
export interface CorpusDocument {
  readonly index: number;
  /** File name, unique and sortable: `doc-00042-boshan.txt`. */
  readonly name: string;
  readonly text: string;
}

/**
 * A small, fast, seedable PRNG (mulberry32): numbers in [0, 1).
 *
 * @example
 * const random = seededRandom(7);
 * random(); // 0.7336…, and the same on every run
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Arabic numbers: thousands-grouped first (`5,126,480`), then plain (`18.95`, `0533`). */
const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;

/** Characters that join two years into a period (`2023—2025年`). */
const RANGE_JOINERS = '—–-－~～至到';

/**
 * A year stays as written: changing `2023年` to `1871年` would make the report about
 * another time, and the extractor's status and period rules read years.
 */
function isYear(digits: string, before: string, after: string): boolean {
  if (!/^(?:19|20)\d\d$/.test(digits)) return false;
  return after === '年' || after === '届' || RANGE_JOINERS.includes(after) || RANGE_JOINERS.includes(before);
}

function groupThousands(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * One number changed by up to ±20%, keeping its shape: the same count of integer digits
 * (leading zeros kept), the same decimals, the same thousands grouping.
 */
function perturbNumber(written: string, random: () => number): string {
  const grouped = written.includes(',');
  const plain = written.replace(/,/g, '');
  const [integer = '', fraction = ''] = plain.split('.');
  const decimals = fraction.length;
  const digits = integer.length;
  // Past 15 significant digits doubles lose the last ones; such strings are codes, not figures.
  if (digits + decimals > 15) return written;
  const scale = 10 ** decimals;
  const factor = 0.8 + 0.4 * random();
  const scaled = Math.round(Number(plain) * factor * scale);
  // Clamp in units of the last decimal so the digit count cannot change.
  const low = integer.startsWith('0') ? 0 : 10 ** (digits - 1) * scale;
  const high = 10 ** digits * scale - 1;
  const units = Math.min(high, Math.max(low, scaled));
  const newInteger = String(Math.floor(units / scale)).padStart(digits, '0');
  const newFraction = decimals > 0 ? `.${String(units % scale).padStart(decimals, '0')}` : '';
  return `${grouped ? groupThousands(newInteger) : newInteger}${newFraction}`;
}

/**
 * Changes every Arabic number in `text` except years, deterministically for a given
 * `random`. The result has exactly the same length as the input.
 *
 * @example
 * perturbNumbers('2023年完成282亿元，增长6.5%', seededRandom(1));
 * // '2023年完成305亿元，增长5.9%' (the year kept; 3 digits and 1 decimal kept)
 */
export function perturbNumbers(text: string, random: () => number): string {
  return text.replace(NUMBER, (match: string, offset: number) => {
    const before = text.charAt(offset - 1);
    const after = text.charAt(offset + match.length);
    if (isYear(match, before, after)) return match;
    return perturbNumber(match, random);
  });
}

function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Appends the source's paragraphs, perturbed again, until the document is long enough. */
function lengthen(text: string, source: string, minBytes: number, random: () => number): string {
  const paragraphs = source.split('\n').filter((p) => p.trim().length > 0);
  if (paragraphs.length === 0) return text;
  let out = text.endsWith('\n') ? text : `${text}\n`;
  let bytes = utf8Length(out);
  for (let i = 0; bytes < minBytes; i = (i + 1) % paragraphs.length) {
    const paragraph = `${perturbNumbers(paragraphs[i] as string, random)}\n`;
    out += paragraph;
    bytes += utf8Length(paragraph);
  }
  return out;
}

/**
 * Document `index` of the corpus: source `index mod sources`, its figures perturbed with a
 * PRNG seeded by (seed, index), so any document can be made alone and always comes out the same.
 *
 * @example
 * corpusDocument([{ name: 'boshan', text }], 3, { count: 1000, seed: 2023 }).name; // 'doc-00003-boshan.txt'
 */
export function corpusDocument(sources: readonly CorpusSource[], index: number, options: CorpusOptions): CorpusDocument {
  const source = sources[index % sources.length];
  if (!source) throw new Error('the corpus needs at least one source report');
  // Mixing the index through a multiplier keeps neighbouring documents' streams unrelated.
  const random = seededRandom((options.seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  let text = perturbNumbers(source.text, random);
  if (options.minDocumentBytes !== undefined && utf8Length(text) < options.minDocumentBytes) {
    text = lengthen(text, source.text, options.minDocumentBytes, random);
  }
  return { index, name: `doc-${String(index).padStart(5, '0')}-${source.name}.txt`, text };
}

/**
 * Documents `from` (inclusive) to `options.count` (exclusive), made one at a time so a
 * large corpus never sits in memory.
 *
 * @example
 * [...corpusDocuments(sources, { count: 3, seed: 2023 })].map((d) => d.name);
 * // ['doc-00000-boshan.txt', 'doc-00001-qinglan.txt', 'doc-00002-boshan.txt']
 */
export function* corpusDocuments(
  sources: readonly CorpusSource[],
  options: CorpusOptions,
  from = 0,
): Generator<CorpusDocument> {
  for (let index = from; index < options.count; index += 1) yield corpusDocument(sources, index, options);
}

/** A corpus written to disk. */
export interface WrittenCorpus {
  readonly dir: string;
  /** Absolute paths, in document order. */
  readonly files: string[];
  readonly bytes: number;
}

/**
 * Writes documents `from`..`count` into `dir` (which must exist) and returns their paths
 * and total size. Called again with a larger count and `from` = the old count, it extends
 * the same corpus.
 *
 * @example
 * const corpus = await writeCorpus('/tmp/zhibiao-bench-x', sources, { count: 100, seed: 2023 });
 * corpus.files.length; // 100
 */
export async function writeCorpus(
  dir: string,
  sources: readonly CorpusSource[],
  options: CorpusOptions,
  from = 0,
): Promise<WrittenCorpus> {
  const files: string[] = [];
  let bytes = 0;
  for (const doc of corpusDocuments(sources, options, from)) {
    const path = join(dir, doc.name);
    await writeFile(path, doc.text, 'utf8');
    files.push(path);
    bytes += utf8Length(doc.text);
  }
  return { dir, files, bytes };
}

/**
 * A fresh folder under the OS temp directory, and the function that removes it.
 *
 * @example
 * const { dir, remove } = await makeTempFolder('corpus');
 * try { … } finally { await remove(); }
 */
export async function makeTempFolder(label: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `zhibiao-bench-${label}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
