// Checks shared by the adjudication scripts (adjudicate-*.mjs). No dependencies, so each script
// still runs on its own with node.

/** `at(anchor, text)` over `src`: the unique occurrence of `text` inside the unique occurrence of `anchor`, as a new span. */
export function spanFinder(src) {
  return function at(anchor, text) {
    const a = src.indexOf(anchor);
    if (a < 0 || src.indexOf(anchor, a + 1) >= 0) throw new Error(`anchor not unique: ${anchor}`);
    const k = anchor.indexOf(text);
    if (k < 0 || anchor.indexOf(text, k + 1) >= 0) throw new Error(`text not unique in anchor: ${text}`);
    return { span: { start: a + k, end: a + k + text.length }, text };
  };
}

// Numbers written in a text: ASCII and full-width digits (thousands commas removed), each also with
// a following 万/亿 applied, and Chinese numerals (三百 → 300, 两万 → 20000, 一倍 → 1).
const CN_DIGITS = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_SMALL = { 十: 10, 百: 100, 千: 1000 };
const CN_BIG = { 万: 1e4, 亿: 1e8 };
function chinese(run) {
  let total = 0, section = 0, digit = null;
  for (const ch of run) {
    if (ch in CN_DIGITS) digit = CN_DIGITS[ch];
    else if (ch in CN_SMALL) { section += (digit ?? 1) * CN_SMALL[ch]; digit = null; }
    else if (ch in CN_BIG) { total = (total + section + (digit ?? 0)) * CN_BIG[ch]; section = 0; digit = null; }
    else return NaN;
  }
  return total + section + (digit ?? 0);
}
function numbersIn(text) {
  const ascii = text.replace(/[０-９．]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/(?<=\d),(?=\d{3})/gu, '');
  const out = [];
  for (const m of ascii.matchAll(/\d+(?:\.\d+)?/gu)) {
    const n = Number(m[0]);
    out.push(n);
    const after = ascii.slice(m.index + m[0].length);
    if (after.startsWith('万')) out.push(n * 1e4);
    if (after.startsWith('亿')) out.push(n * 1e8);
  }
  for (const m of ascii.matchAll(/[零〇一二两三四五六七八九十百千万亿]+/gu)) out.push(chinese(m[0]));
  return out.filter((n) => !Number.isNaN(n));
}
export const written = (text, v) => numbersIn(text).some((n) => Math.abs(n - Math.abs(v)) < 1e-9 * Math.max(1, Math.abs(v)));
