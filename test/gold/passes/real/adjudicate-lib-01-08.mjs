// Shared machinery of the adjudication scripts of the real excerpts 01–08 (adjudicate-<base>.mjs beside this
// file). Each script names its document, its decisions (one per disagreement found by compare-passes.mjs),
// its corrections of items both passes agreed on, its rule notes, and the document's own rules (headings →
// sections, status and period, where a unit or a yoy basis may come from); this module applies them to pass A,
// checks that every item no decision touched is identical in pass B, checks every item against the source
// text and writes the gold with writeGold (annotator "adjudicated"), then validates it with GoldDocumentSchema.
// (The scripts of 09–16 use adjudicate-lib-09-16.mjs, written by the other adjudicator with the same decision
// kinds; this module is separate so that neither adjudication edits the other's machinery.)
//
// Decision kinds (as adjudicate-yunwu.mjs):
// - `keep`: decided for pass A; nothing changes, the decision's note goes before pass A's note.
// - `set`: change the pass-A item found by its text `find` (`nth` among equal texts); `like: 'B'` asserts
//   the result equals pass B's item on every field but the note; the decision's note replaces pass A's note.
// - `omitA`: an item only pass A has (found by `find`), removed.
// - `omitB`: an item only pass B has (`omitB: {span, text}`), not taken (pass A's reading: no item).
// - `addB`: an item only pass B has (`addB: {span, text}`), taken as B wrote it (with the decision's note).
// A correction is a `set` on an item both passes agreed on (not counted among the disagreements).
//
// gold-checks.mjs `written()` does not join a number split by a hard line break (`25\n0.3`) and does not
// apply the traditional multipliers 萬 / 億 (`1萬余個` → 10000). gold-checks.mjs is not changed (its
// semantics hold for the other documents); here a value reported "not written" is checked once more on
// the text with line breaks between digits removed and 萬/億 read as 万/亿.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commonItemErrors, written, writeGold } from '../gold-checks.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, '../../../..');

/** Text of a span as the numbers are read: a hard line break inside a number joined, 萬/億 as 万/亿. */
export const numberText = (s) => s.replace(/(?<=[\d.])\r?\n(?=[\d.])/gu, '').replace(/萬/gu, '万').replace(/億/gu, '亿');

/** The source with converter noise removed (pinyin in brackets) and all whitespace dropped; names and units
 *  are checked against it (ANNOTATE.md: names and units without the noise; a hard wrap inside a name). */
export const denoise = (s) => s.replace(/\([a-zA-Z\u00C0-\u024F]+\)/gu, '').replace(/\s+/gu, '');

/** A name is written in the (denoised) source, or assembled from written pieces: the space-separated parts of
 *  a table name `<row label> <column name> [<sub-column>]` each written (a column name may drop a year written
 *  in the header), or up to three written pieces (a 分别 member + the shared measure, measure + verb). */
function nameWritten(clean, name) {
  const noYear = clean.replace(/\d{4}年/gu, '');
  const ok = (p) => clean.includes(p) || noYear.includes(p);
  const parts = name.split(' ').map((p) => p.replace(/\s+/gu, ''));
  if (parts.every(ok)) return true;
  const n = parts.join('');
  for (let i = 1; i < n.length; i++) if (ok(n.slice(0, i)) && ok(n.slice(i))) return true;
  for (let i = 1; i < n.length; i++) for (let j = i + 1; j < n.length; j++) {
    if (ok(n.slice(0, i)) && ok(n.slice(i, j)) && ok(n.slice(j))) return true;
  }
  return false;
}

const FALL = /下降|减少|減少|回落|低于|低於|压缩|压减|降低|慢|^-/u;
const COMPARISON = /同比|比上年|较上年|較上年|比年初|比上年末|去年同期/u;
const SCORED = (x) => JSON.stringify([x.name, x.value, x.valueHigh ?? null, x.unit, x.growth, x.qualifier, x.status,
  x.period, x.sectionId, x.span, x.text]);

/**
 * cfg: { base, decisions, corrections, ruleNotes, expectedDecisions, headings: [[anchor, id], …] (each anchor
 * unique in the source; the section starts where the anchor starts), expect(x, ctx) → {status, period},
 * unitOk(x) → true when a unit not written in the item's text is justified (a column header, a 单位 line),
 * unitNullOk(x) → true when a value may go without a unit (a table with no unit written anywhere),
 * yoyOk(x) → true when a yoy basis comes from a table header (比上年, 同比), nameOk(x) → true for a name the
 * rules assemble from unwritten pieces (城乡 split as the field names its members), extraChecks(x, w) → [errors] }
 */
export async function adjudicate(cfg) {
  const SOURCE = `test/fixtures/real/${cfg.base}.txt`;
  const src = readFileSync(resolve(ROOT, SOURCE), 'utf8');
  const clean = denoise(src);
  const A = JSON.parse(readFileSync(resolve(here, `${cfg.base}.pass-a.json`), 'utf8'));
  const B = JSON.parse(readFileSync(resolve(here, `${cfg.base}.pass-b.json`), 'utf8')).indicators;
  if (A.document !== cfg.base || A.source !== SOURCE) throw new Error('pass A names another document');
  const items = A.indicators.map((x) => structuredClone(x));
  const touched = new Set();

  const same = (x, y) => x.span.start === y.span.start && x.span.end === y.span.end;
  const one = (id, find, nth = null) => {
    const hits = items.filter((x) => x.text === find);
    if (nth === null ? hits.length !== 1 : hits.length <= nth) throw new Error(`${id}: pass-A item "${find}" found ${hits.length}x`);
    return hits[nth ?? 0];
  };
  for (const c of cfg.corrections ?? []) {
    const x = one(c.id, c.find, c.nth ?? null);
    const b = B.filter((y) => SCORED(y) === SCORED(x));
    if (b.length !== 1) throw new Error(`${c.id}: a correction is of an item both passes have alike`);
    Object.assign(x, c.set);
    x.note = c.note;
    touched.add(x);
  }
  for (const d of cfg.decisions ?? []) {
    if (d.omitB || d.addB) {
      const sp = d.omitB ?? d.addB;
      const b = B.filter((y) => same(y, sp) && y.text === sp.text);
      if (b.length !== 1) throw new Error(`${d.id}: pass-B item ${sp.text} not found`);
      if (items.some((x) => same(x, sp) && x.text === sp.text && SCORED(x) === SCORED(b[0]))) throw new Error(`${d.id}: pass A has that item`);
      if (d.addB) { const x = { ...structuredClone(b[0]), ...(d.set ?? {}), note: d.note }; items.push(x); touched.add(x); }
      continue;
    }
    const x = one(d.id, d.find, d.nth ?? null);
    if (d.expect) for (const [k, v] of Object.entries(d.expect)) {
      if (x[k] !== v) throw new Error(`${d.id}: expected pass A ${k} = ${v}, found ${x[k]}`);
    }
    if (d.omitA) {
      if (B.some((y) => same(y, x) && y.text === x.text)) throw new Error(`${d.id}: pass B has an item with that span`);
      items.splice(items.indexOf(x), 1);
      continue;
    }
    touched.add(x);
    if (d.keep) {
      const prior = (x.note ?? '').replace(/\s*See questions\.?$/u, '');
      x.note = prior ? `${d.note}; ${prior}` : d.note;
      continue;
    }
    Object.assign(x, d.set);
    x.note = d.note;
    if (d.like === 'B') {
      const b = B.filter((y) => same(y, x));
      if (b.length !== 1 || SCORED(b[0]) !== SCORED(x)) throw new Error(`${d.id}: result differs from pass B's item`);
    }
  }
  if ((cfg.decisions ?? []).length !== cfg.expectedDecisions) {
    throw new Error(`expected ${cfg.expectedDecisions} decisions (one per disagreement), found ${(cfg.decisions ?? []).length}`);
  }
  // every item no decision touched is in pass B too, identical on every field but the note
  for (const x of items) {
    if (touched.has(x)) continue;
    if (!B.some((y) => SCORED(y) === SCORED(x))) throw new Error(`undecided disagreement: pass-A item ${JSON.stringify(x.text)} differs from pass B`);
  }
  for (const [find, nth, note] of cfg.ruleNotes ?? []) {
    const x = one('rule note', find, nth);
    x.note = x.note ? `${note}; ${x.note}` : note;
  }

  // sections from the headings written in the text, by position
  const heads = (cfg.headings ?? []).map(([anchor, id]) => {
    const i = src.indexOf(anchor);
    if (i < 0 || src.indexOf(anchor, i + 1) >= 0) throw new Error(`heading anchor not unique: ${anchor}`);
    return [i, id];
  }).sort((p, q) => p[0] - q[0]);
  const sectionAt = (pos) => heads.filter(([i]) => i <= pos).at(-1)?.[1] ?? null;
  /** the sentence part before the item (after the last 。, ；, ; or line break) up to its end */
  const sentenceTo = (x) => {
    let a = x.span.start;
    while (a > 0 && !'。\n；;'.includes(src[a - 1])) a--;
    return src.slice(a, x.span.end);
  };

  const errors = [];
  items.forEach((x, k) => {
    const w = `#${k} ${JSON.stringify(x.text)}`;
    // commonItemErrors, with a value "not written" checked once more on numberText (see the header)
    errors.push(...commonItemErrors(src, x, w).filter((e) => {
      if (e === `${w}: value ${x.value} not written in text`) return !written(numberText(x.text), x.value);
      if (e === `${w}: valueHigh not written in text`) return !written(numberText(x.text), x.valueHigh);
      if (e === `${w}: growth value not written in growth.text`) return !written(numberText(x.growth.text), x.growth.value);
      return true;
    }));
    if (!x.name || !(nameWritten(clean, x.name) || (cfg.nameOk && cfg.nameOk(x)))) errors.push(`${w}: name "${x.name}" not written (or assembled from written pieces)`);
    if (x.unit !== null && !denoise(x.text).includes(x.unit) && !(cfg.unitOk && cfg.unitOk(x))) errors.push(`${w}: unit ${x.unit} not written`);
    if (x.value !== null && x.unit === null && !(cfg.unitNullOk && cfg.unitNullOk(x))) errors.push(`${w}: value without a unit`);
    if (x.growth) {
      if (!['%', 'pp', '位次', '倍', '‰pt'].includes(x.growth.unit) || ![null, 'yoy'].includes(x.growth.basis)) errors.push(`${w}: bad growth unit/basis`);
      if (FALL.test(x.growth.text) !== x.growth.value < 0) errors.push(`${w}: growth sign does not follow its verb`);
      if (x.growth.basis === 'yoy' && !COMPARISON.test(x.text) && !(cfg.yoyOk && cfg.yoyOk(x))) errors.push(`${w}: basis yoy without a comparison in the span`);
      if (x.growth.basis === null && COMPARISON.test(x.growth.text)) errors.push(`${w}: a comparison in growth.text but basis null`);
    }
    if (x.sectionId !== sectionAt(x.span.start)) errors.push(`${w}: section ${x.sectionId}, headings say ${sectionAt(x.span.start)}`);
    const e = cfg.expect(x, { src, sentence: sentenceTo(x) });
    if (x.status !== e.status || x.period !== e.period) errors.push(`${w}: status/period ${x.status}/${x.period}, expected ${e.status}/${e.period}`);
    if (cfg.extraChecks) errors.push(...cfg.extraChecks(x, w));
  });
  if (errors.length) { console.error(errors.join('\n')); process.exit(1); }

  const OUT = resolve(ROOT, `test/gold/${cfg.base}.gold.json`);
  const indicators = writeGold(OUT, cfg.base, SOURCE, items);
  const { GoldDocumentSchema } = await import(resolve(ROOT, 'dist/schema/gold.js'));
  const parsed = GoldDocumentSchema.safeParse(JSON.parse(readFileSync(OUT, 'utf8')));
  if (!parsed.success) { console.error(`GoldDocumentSchema: ${parsed.error.message}`); process.exit(1); }
  const byStatus = {};
  for (const x of indicators) byStatus[x.status] = (byStatus[x.status] ?? 0) + 1;
  console.log(`OK (GoldDocumentSchema): ${indicators.length} indicators ${JSON.stringify(byStatus)} → ${OUT}`);
  console.log(`decisions: ${(cfg.decisions ?? []).length}; corrections of agreed items: ${(cfg.corrections ?? []).length}; rule notes: ${(cfg.ruleNotes ?? []).length}`);
  console.log('all spans verified (source.slice(start,end) === text); values and growths written in their text; names written; sections, status and period from the document rules');
  return indicators;
}
