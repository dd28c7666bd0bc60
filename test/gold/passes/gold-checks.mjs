// Checks shared by the adjudication scripts (adjudicate-*.mjs). No dependencies, so each script
// still runs on its own with node.
import { writeFileSync } from 'node:fs';

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

export const STATUSES = new Set(['actual', 'estimate', 'target']);
export const QUALIFIERS = new Set([null, 'at_least', 'about', 'more_than', 'nearly', 'at_most']);

/**
 * The checks every adjudicated item passes whatever its document: its span slices to its text,
 * its value, high end and growth are written there, it has a value or a growth, and its status
 * and qualifier are known. `w` names the item in the messages. Document rules (units from a
 * table's 单位 line, status from the parts) stay in each script.
 */
export function commonItemErrors(src, x, w) {
  const errors = [];
  if (x.span.start >= x.span.end || src.slice(x.span.start, x.span.end) !== x.text) errors.push(`${w}: source.slice(start,end) !== text`);
  if (x.value !== null && !written(x.text, x.value)) errors.push(`${w}: value ${x.value} not written in text`);
  if (x.valueHigh != null && !written(x.text, x.valueHigh)) errors.push(`${w}: valueHigh not written in text`);
  if (x.value === null && x.growth === null) errors.push(`${w}: neither value nor growth`);
  if (x.growth) {
    if (!written(x.growth.text, x.growth.value)) errors.push(`${w}: growth value not written in growth.text`);
    if (!x.text.includes(x.growth.text)) errors.push(`${w}: growth.text not inside text`);
  }
  if (!STATUSES.has(x.status) || !QUALIFIERS.has(x.qualifier)) errors.push(`${w}: bad status/qualifier`);
  return errors;
}

/**
 * Sorts the items by span, rejects two alike, writes them to `out` as a gold file with the keys
 * in the order of GoldIndicatorSchema, and returns the written indicators.
 */
export function writeGold(out, document, source, items) {
  items.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const seen = new Set();
  for (const x of items) {
    const key = JSON.stringify([x.span.start, x.span.end, x.value, x.valueHigh ?? null, x.unit, x.growth?.value ?? null]);
    if (seen.has(key)) throw new Error(`duplicate item: ${x.text}`);
    seen.add(key);
  }
  const indicators = items.map((x) => {
    const o = { name: x.name, value: x.value };
    if (x.valueHigh != null) o.valueHigh = x.valueHigh;
    Object.assign(o, { unit: x.unit, growth: x.growth, qualifier: x.qualifier, status: x.status, period: x.period,
      sectionId: x.sectionId, span: x.span, text: x.text });
    if (x.note) o.note = x.note;
    return o;
  });
  writeFileSync(out, JSON.stringify({ document, source, annotator: 'adjudicated', indicators }, null, 2) + '\n');
  return indicators;
}
