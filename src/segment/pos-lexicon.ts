import { readFileSync } from 'node:fs';

/**
 * The part-of-speech tag of every dictionary word, read from the same files jieba loads, so
 * that `cut` plus a lookup here gives exactly what jieba's `tag` gives. `tag` returns one
 * object per word through N-API, which costs more than the segmentation itself; `cut`
 * returns plain strings. test/segment/jieba.test.ts holds the two equal on every fixture.
 *
 * Why not a Map<string, string>: 250,000 words as separate strings and map entries cost
 * ~75 MB and ~250 ms per worker thread. Here the words stay inside the dictionary texts
 * and an open-addressing table of entry numbers finds them (~7 MB, a few ms to build).
 */
export class PosLexicon {
  private readonly texts: string[] = [];
  private readonly tagNames: string[] = [''];
  private readonly tagIds = new Map<number | string, number>();
  private starts = new Int32Array(1 << 16);
  private lengths = new Uint16Array(1 << 16);
  private sources = new Uint8Array(1 << 16);
  private tags = new Uint16Array(1 << 16);
  private size = 0;
  private slots = new Int32Array(1 << 17); // entry number + 1; 0 is empty

  /**
   * Adds a dictionary file in jieba's format; a later entry of a word replaces an earlier
   * one, as in jieba's trie. Main dictionary lines are `word freq tag`; user lines `word`,
   * `word tag` or `word freq tag` (a word alone has no tag).
   */
  addFile(file: string): void {
    const text = readFileSync(file, 'utf8');
    const source = this.texts.push(text) - 1;
    for (let at = 0; at < text.length; ) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const lineEnd = text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
      if (lineEnd > at) {
        const firstSpace = text.indexOf(' ', at);
        const wordEnd = firstSpace < 0 || firstSpace >= lineEnd ? lineEnd : firstSpace;
        const tag = wordEnd === lineEnd ? 0 : this.tagId(text, text.lastIndexOf(' ', lineEnd - 1) + 1, lineEnd);
        this.insert(source, at, wordEnd - at, tag);
      }
      at = end + 1;
    }
  }

  /** The tag of a word as jieba's tagger gives it. */
  tagOf(word: string): string {
    const entry = this.find(word);
    const tag = entry < 0 ? 0 : (this.tags[entry] as number);
    return tag === 0 ? tagOfUnknown(word) : (this.tagNames[tag] as string);
  }

  /**
   * The number of the tag text[start, end). Tags are short ASCII (n, vn, nrfg): those are keyed
   * exactly by their codes, so no string is made per line; anything else goes by its text.
   */
  private tagId(text: string, start: number, end: number): number {
    let key: number | string = end - start;
    for (let i = start; i < end && typeof key === 'number'; i++) {
      const code = text.charCodeAt(i);
      key = end - start <= 6 && code < 0x80 ? key * 0x80 + code : text.slice(start, end);
    }
    let id = this.tagIds.get(key);
    if (id === undefined) {
      id = this.tagNames.push(text.slice(start, end)) - 1;
      this.tagIds.set(key, id);
    }
    return id;
  }

  private insert(source: number, start: number, length: number, tag: number): void {
    const text = this.texts[source] as string;
    const mask = this.slots.length - 1;
    for (let slot = hashOf(text, start, length) & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot] as number;
      if (held === 0) {
        const entry = this.append(source, start, length, tag);
        this.slots[slot] = entry + 1;
        if (this.size * 2 > this.slots.length) this.rehash();
        return;
      }
      if (this.entryEquals(held - 1, text, start, length)) {
        this.slots[slot] = this.append(source, start, length, tag) + 1;
        return;
      }
    }
  }

  private append(source: number, start: number, length: number, tag: number): number {
    if (this.size === this.starts.length) {
      const grow = <T extends Int32Array | Uint16Array | Uint8Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.starts = grow(this.starts, (n) => new Int32Array(n));
      this.lengths = grow(this.lengths, (n) => new Uint16Array(n));
      this.sources = grow(this.sources, (n) => new Uint8Array(n));
      this.tags = grow(this.tags, (n) => new Uint16Array(n));
    }
    const entry = this.size++;
    this.starts[entry] = start;
    this.lengths[entry] = length;
    this.sources[entry] = source;
    this.tags[entry] = tag;
    return entry;
  }

  private rehash(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    const mask = this.slots.length - 1;
    for (const held of old) {
      if (held === 0) continue;
      const entry = held - 1;
      const text = this.texts[this.sources[entry] as number] as string;
      let slot = hashOf(text, this.starts[entry] as number, this.lengths[entry] as number) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = held;
    }
  }

  private find(word: string): number {
    const mask = this.slots.length - 1;
    for (let slot = hashOf(word, 0, word.length) & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot] as number;
      if (held === 0) return -1;
      if (this.entryEquals(held - 1, word, 0, word.length)) return held - 1;
    }
  }

  private entryEquals(entry: number, text: string, start: number, length: number): boolean {
    if (this.lengths[entry] !== length) return false;
    const own = this.texts[this.sources[entry] as number] as string;
    const at = this.starts[entry] as number;
    for (let i = 0; i < length; i++) if (own.charCodeAt(at + i) !== text.charCodeAt(start + i)) return false;
    return true;
  }
}

/** FNV-1a over UTF-16 code units. */
function hashOf(text: string, start: number, length: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < start + length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
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

/** Reads the dictionaries in jieba's order into one lexicon. */
export function readPosLexicon(mainDictionary: string, userDictionaries: readonly string[]): PosLexicon {
  const lexicon = new PosLexicon();
  for (const file of [mainDictionary, ...userDictionaries]) lexicon.addFile(file);
  return lexicon;
}
