import { readFileSync } from 'node:fs';

/**
 * The part-of-speech tag of every dictionary word, read from the same files jieba loads, so
 * that `cut` plus a lookup here gives exactly what jieba's `tag` gives. `tag` returns one
 * object per word through N-API, which costs more than the segmentation itself; `cut`
 * returns plain strings. test/segment/jieba.test.ts holds the two equal on every fixture.
 *
 * Why typed arrays and not a Map<string, string>: 250,000 words as strings and map entries
 * cost ~75 MB and ~250 ms per thread. Here the words' UTF-16 code units sit in one array and
 * an open-addressing table of entry numbers finds them (~6 MB). Built on SharedArrayBuffers,
 * one lexicon serves every worker thread of a batch (see src/batch/run-batch.ts).
 */
export interface PosLexiconData {
  /** Code units of all words, back to back. */
  readonly units: Uint16Array;
  /** Per entry: where its word starts in `units`, its length, its tag number. */
  readonly starts: Int32Array;
  readonly lengths: Uint16Array;
  readonly tags: Uint16Array;
  /** Open addressing: entry number + 1, 0 for empty; its length is a power of two. */
  readonly slots: Int32Array;
  /** Tag number → tag; number 0 is "no tag". */
  readonly tagNames: readonly string[];
}

type Allocate = (bytes: number) => ArrayBufferLike;

/**
 * Reads dictionaries in jieba's order; a later entry of a word replaces an earlier one, as in
 * jieba's trie. Main dictionary lines are `word freq tag`; user lines `word`, `word tag` or
 * `word freq tag` (a word alone has no tag). With `shared`, the arrays can be handed to other
 * threads without copying.
 */
export function buildPosLexiconData(files: readonly string[], options: { shared?: boolean } = {}): PosLexiconData {
  const allocate: Allocate = options.shared ? (n) => new SharedArrayBuffer(n) : (n) => new ArrayBuffer(n);
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  let lines = 0;
  let chars = 0;
  for (const text of texts) {
    chars += text.length;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
    lines++;
  }
  let slotCount = 1;
  while (slotCount < lines * 2) slotCount *= 2;
  const data = {
    units: new Uint16Array(allocate(chars * 2)),
    starts: new Int32Array(allocate(lines * 4)),
    lengths: new Uint16Array(allocate(lines * 2)),
    tags: new Uint16Array(allocate(lines * 2)),
    slots: new Int32Array(allocate(slotCount * 4)),
    tagNames: [''],
  };
  const tagIds = new Map<number | string, number>();
  let unitCount = 0;
  let entryCount = 0;
  for (const text of texts) {
    for (let at = 0; at < text.length; ) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const lineEnd = text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
      if (lineEnd > at) {
        const firstSpace = text.indexOf(' ', at);
        const wordEnd = firstSpace < 0 || firstSpace >= lineEnd ? lineEnd : firstSpace;
        const tag = wordEnd === lineEnd ? 0 : tagNumber(data.tagNames, tagIds, text, text.lastIndexOf(' ', lineEnd - 1) + 1, lineEnd);
        const entry = entryCount++;
        for (let i = at; i < wordEnd; i++) data.units[unitCount + i - at] = text.charCodeAt(i);
        data.starts[entry] = unitCount;
        data.lengths[entry] = wordEnd - at;
        data.tags[entry] = tag;
        unitCount += wordEnd - at;
        place(data, entry);
      }
      at = end + 1;
    }
  }
  return data;
}

/**
 * The number of the tag text[start, end). Tags are short ASCII (n, vn, nrfg): those are keyed
 * exactly by their codes, so no string is made per line; anything else goes by its text.
 */
function tagNumber(names: string[], ids: Map<number | string, number>, text: string, start: number, end: number): number {
  if (end <= start) return 0; // `word ` with nothing after the space: no tag, as in jieba
  let key: number | string = end - start;
  for (let i = start; i < end && typeof key === 'number'; i++) {
    const code = text.charCodeAt(i);
    key = end - start <= 6 && code < 0x80 ? key * 0x80 + code : text.slice(start, end);
  }
  let id = ids.get(key);
  if (id === undefined) {
    id = names.push(text.slice(start, end)) - 1;
    ids.set(key, id);
  }
  return id;
}

/** Puts an entry in the table, over an earlier entry of the same word. */
function place(data: PosLexiconData, entry: number): void {
  const { units, starts, lengths, slots } = data;
  const start = starts[entry] as number;
  const length = lengths[entry] as number;
  const mask = slots.length - 1;
  for (let slot = hashUnits(units, start, length) & mask; ; slot = (slot + 1) & mask) {
    const held = slots[slot] as number;
    if (held === 0 || sameWord(data, held - 1, units, start, length)) {
      slots[slot] = entry + 1;
      return;
    }
  }
}

function sameWord(data: PosLexiconData, entry: number, units: Uint16Array, start: number, length: number): boolean {
  if (data.lengths[entry] !== length) return false;
  const at = data.starts[entry] as number;
  for (let i = 0; i < length; i++) if (data.units[at + i] !== units[start + i]) return false;
  return true;
}

/** FNV-1a over UTF-16 code units; the same for a word in `units` and as a string. */
function hashUnits(units: Uint16Array, start: number, length: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < start + length; i++) h = Math.imul(h ^ (units[i] as number), 0x01000193);
  return h >>> 0;
}

function hashString(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Looks words up in {@link PosLexiconData}. */
export class PosLexicon {
  constructor(readonly data: PosLexiconData) {}

  /** The tag of a word as jieba's tagger gives it. */
  tagOf(word: string): string {
    const { units, starts, lengths, tags, slots, tagNames } = this.data;
    const mask = slots.length - 1;
    for (let slot = hashString(word) & mask; ; slot = (slot + 1) & mask) {
      const held = slots[slot] as number;
      if (held === 0) return tagOfUnknown(word);
      const entry = held - 1;
      if (lengths[entry] !== word.length) continue;
      const at = starts[entry] as number;
      let same = true;
      for (let i = 0; i < word.length && same; i++) same = units[at + i] === word.charCodeAt(i);
      if (!same) continue;
      const tag = tags[entry] as number;
      return tag === 0 ? tagOfUnknown(word) : (tagNames[tag] as string);
    }
  }
}

/**
 * The tag jieba gives a word that is in no dictionary, or has no tag there: `x` when it has no
 * ASCII, `m` when its ASCII is all digits, else `eng`. Like jieba it counts code points and
 * stops looking once half of them were ASCII (so a lone `5` is `x`).
 *
 * @example
 * tagOfUnknown('鲁中'); // 'x'
 * tagOfUnknown('2023'); // 'm'
 * tagOfUnknown('GDP'); // 'eng'
 * tagOfUnknown('5G'); // 'm' (it looked at the 5 only)
 */
export function tagOfUnknown(word: string): string {
  const codePoints = [...word];
  const half = Math.floor(codePoints.length / 2);
  let ascii = 0;
  let digits = 0;
  for (let i = 0; i < codePoints.length && ascii < half; i++) {
    const code = (codePoints[i] as string).codePointAt(0) as number;
    if (code < 0x80) {
      ascii++;
      if (code >= 0x30 && code <= 0x39) digits++;
    }
  }
  if (ascii === 0) return 'x';
  return digits === ascii ? 'm' : 'eng';
}
