// Shared machinery of the adjudication scripts of the real excerpts 09–16 (adjudicate-<base>.mjs beside this
// file). Each script names its document, its decisions (one per disagreement found by compare-passes.mjs),
// its corrections of items both passes agreed on, and the document's own rules (headings → sections,
// status and period, where a unit may come from); this module applies them to pass A, checks every item
// against the source text and writes the gold with writeGold (annotator "adjudicated").
//
// Decision kinds (as adjudicate-yunwu.mjs):
// - `keep`: decided for pass A; nothing changes, the decision's note goes before pass A's note.
// - `set`: change the pass-A item found by its text `find` (`nth` among equal texts); `like: 'B'` asserts
//   the result equals pass B's item on name, span and text; the decision's note replaces pass A's note.
// - `omitB`: an item only pass B has, not taken (pass A's reading: no item).
// - `addB`: an item only pass B has, taken as B wrote it (with the decision's note).
// - `omitA`: an item only pass A has, removed.
// A correction is a `set` on an item both passes agreed on (not counted among the disagreements).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commonItemErrors, writeGold } from '../gold-checks.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, '../../../..');

/** The source with converter noise removed (pinyin in brackets after a character, `(qū)`, `(yi) `) and all
 *  whitespace dropped: names and units are checked against it (ANNOTATE.md: names and units without the noise). */
export function denoise(s) {
  return s.replace(/\([a-zA-Z\u00C0-\u024F\u01CD-\u01DC]+\)/gu, '').replace(/\s+/gu, '');
}

/** Every name is written in the (denoised) source, or assembled from up to three written pieces
 *  (a table name `<row label> <column name>`, a 分别 member + the shared measure, measure + verb). */
function nameWritten(clean, name) {
  const n = name.replace(/\s+/gu, '');
  if (clean.includes(n)) return true;
  const parts = name.split(' ');
  if (parts.length === 2 && clean.includes(parts[0]) && clean.includes(parts[1])) return true;
  for (let i = 1; i < n.length; i++) if (clean.includes(n.slice(0, i)) && clean.includes(n.slice(i))) return true;
  // three pieces only of two characters or more (single characters are written everywhere)
  for (let i = 2; i < n.length - 3; i++) for (let j = i + 2; j < n.length - 1; j++) {
    if (clean.includes(n.slice(0, i)) && clean.includes(n.slice(i, j)) && clean.includes(n.slice(j))) return true;
  }
  return false;
}

const CN = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_SMALL = { 十: 10, 百: 100, 千: 1000 };
const CN_BIG = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
function chinese(run) {
  let total = 0, section = 0, digit = null;
  for (const ch of run) {
    if (ch in CN) digit = CN[ch];
    else if (ch in CN_SMALL) { section += (digit ?? 1) * CN_SMALL[ch]; digit = null; }
    else if (ch in CN_BIG) { total = (total + section + (digit ?? 0)) * CN_BIG[ch]; section = 0; digit = null; }
    else return NaN;
  }
  return total + section + (digit ?? 0);
}
/** The value stands right before its unit in the item's text (noise and spaces removed; a Chinese numeral
 *  resolved whole): `24.21億(yi) 元` → 24.21 億元; `百亿元` → 10000000000 元. */
function valueBeforeUnit(text, value, unit) {
  const t = denoise(text);
  const esc = unit.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  for (const m of t.matchAll(new RegExp(`(-?\\d+(?:\\.\\d+)?|[零〇一二两兩三四五六七八九十百千万萬亿億]+)(?:余|餘|多)?${esc}`, 'gu'))) {
    const n = /\d/u.test(m[1]) ? Number(m[1]) : chinese(m[1]);
    if (Math.abs(n - value) < 1e-9 * Math.max(1, Math.abs(value))) return true;
  }
  return false;
}

const FALL = /下降|减少|減少|回落|低于|低於|压缩|压减|降低|^-|增[长長]-/u;
const COMPARISON = /同比|比上年|较上年|較上年|比年初|比上年末/u;

/**
 * cfg: { base, decisions, corrections, ruleNotes, expectedDecisions, headings: [[anchor, id], …] (each anchor
 * unique in the source; the heading starts where the anchor starts), expect(x, ctx) → {status, period},
 * unitOk(x) → true when a unit not written in the item's text is justified (a column header), extraChecks(x) →
 * [errors] }
 */
export async function adjudicate(cfg) {
  const SOURCE = `test/fixtures/real/${cfg.base}.txt`;
  const src = readFileSync(resolve(ROOT, SOURCE), 'utf8');
  const clean = denoise(src);
  const A = JSON.parse(readFileSync(resolve(here, `${cfg.base}.pass-a.json`), 'utf8'));
  const B = JSON.parse(readFileSync(resolve(here, `${cfg.base}.pass-b.json`), 'utf8')).indicators;
  if (A.document !== cfg.base || A.source !== SOURCE) throw new Error('pass A names another document');
  const items = A.indicators.map((x) => structuredClone(x));

  const same = (x, y) => x.span.start === y.span.start && x.span.end === y.span.end;
  const one = (id, find, nth = null) => {
    const hits = items.filter((x) => x.text === find);
    if (nth === null ? hits.length !== 1 : hits.length <= nth) throw new Error(`${id}: pass-A item "${find}" found ${hits.length}x`);
    return hits[nth ?? 0];
  };
  for (const c of cfg.corrections ?? []) {
    const x = one(c.id, c.find, c.nth ?? null);
    const b = B.filter((y) => same(y, x) && y.text === x.text);
    if (b.length !== 1) throw new Error(`${c.id}: a correction is of an item both passes have`);
    Object.assign(x, c.set);
    x.note = c.note;
  }
  for (const d of cfg.decisions ?? []) {
    if (d.omitB || d.addB) {
      const sp = d.omitB ?? d.addB;
      const b = B.filter((y) => same(y, sp) && y.text === sp.text);
      if (b.length !== 1) throw new Error(`${d.id}: pass-B item ${sp.text} not found`);
      if (items.some((x) => same(x, sp) && x.text === sp.text)) throw new Error(`${d.id}: pass A has that item`);
      if (d.addB) items.push({ ...structuredClone(b[0]), ...(d.set ?? {}), note: d.note });
      continue;
    }
    const x = one(d.id, d.find, d.nth ?? null);
    if (d.omitA) { items.splice(items.indexOf(x), 1); continue; }
    if (d.keep) {
      const prior = (x.note ?? '').replace(/\s*See questions\.?$/u, '');
      x.note = prior ? `${d.note}; ${prior}` : d.note;
      continue;
    }
    Object.assign(x, d.set);
    x.note = d.note;
    if (d.like === 'B') {
      const b = B.filter((y) => same(y, x));
      if (b.length !== 1 || b[0].name !== x.name || b[0].text !== x.text) throw new Error(`${d.id}: result differs from pass B's item`);
    }
  }
  if ((cfg.decisions ?? []).length !== cfg.expectedDecisions) {
    throw new Error(`expected ${cfg.expectedDecisions} decisions (one per disagreement), found ${(cfg.decisions ?? []).length}`);
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
    errors.push(...commonItemErrors(src, x, w));
    if (!x.name || !nameWritten(clean, x.name)) errors.push(`${w}: name "${x.name}" not written (or assembled from written pieces)`);
    if (x.unit !== null && !denoise(x.text).includes(x.unit) && !(cfg.unitOk && cfg.unitOk(x))) errors.push(`${w}: unit ${x.unit} not written`);
    if (x.value !== null && x.unit !== null && denoise(x.text).includes(x.unit) && !valueBeforeUnit(x.text, x.value, x.unit)) errors.push(`${w}: value ${x.value} ${x.unit} not written as number + unit`);
    if (x.value !== null && x.unit === null && !(cfg.unitNullOk && cfg.unitNullOk(x))) errors.push(`${w}: value without a unit`);
    if (x.growth) {
      if (!['%', 'pp', '位次', '倍', '‰pt'].includes(x.growth.unit) || ![null, 'yoy'].includes(x.growth.basis)) errors.push(`${w}: bad growth unit/basis`);
      if (FALL.test(x.growth.text) !== x.growth.value < 0) errors.push(`${w}: growth sign does not follow its verb`);
      if (x.growth.basis === 'yoy' && !COMPARISON.test(x.text)) errors.push(`${w}: basis yoy without a comparison in the span`);
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
  return indicators;
}
