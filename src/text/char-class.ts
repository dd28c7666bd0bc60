/**
 * A set of UTF-16 code units, tested by code. Scans over a whole report test one character
 * at a time; `set.has(text[i])` would make V8 allocate a one-character string for every
 * character outside Latin-1, i.e. for nearly every character of Chinese text.
 *
 * @example
 * const ends = new CharClass('。！？');
 * ends.at('增长5%。', 4); // true
 */
export class CharClass {
  private readonly members = new Uint8Array(0x10000);

  constructor(chars: Iterable<string>) {
    for (const ch of chars) this.members[ch.charCodeAt(0)] = 1;
  }

  /** Whether the code unit is in the set; false for NaN (a position past the end). */
  has(code: number): boolean {
    return this.members[code] === 1;
  }

  /** Whether `text[index]` is in the set; false outside the text. */
  at(text: string, index: number): boolean {
    return this.members[text.charCodeAt(index)] === 1;
  }
}

/** Whitespace as `/\s/` sees it, plus the ideographic space. */
export const WHITESPACE = new CharClass([
  ' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005',
  '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff',
]);

/** Whether the code unit is an ASCII digit. */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
