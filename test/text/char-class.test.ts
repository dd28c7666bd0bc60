import { describe, expect, it } from 'vitest';
import { CharClass, WHITESPACE } from '../../src/text/char-class.js';

describe('CharClass', () => {
  it('tests code units of the text, and nothing past its ends', () => {
    const ends = new CharClass('。！？');
    expect(ends.at('增长5%。', 4)).toBe(true);
    expect(ends.at('增长5%。', 3)).toBe(false);
    expect(ends.at('增长5%。', 5)).toBe(false);
    expect(ends.at('增长5%。', -1)).toBe(false);
  });

  it('agrees with /\\s/ (plus U+3000) on every code unit', () => {
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      expect(WHITESPACE.has(code), `U+${code.toString(16)}`).toBe(/[\s\u3000]/.test(ch));
    }
  });
});
