// Gold annotation, pass A (top to bottom) for test/fixtures/real/16-linzhou-2023-xinwen.txt.
// Made from the text, /work/shared/CONTRACT.md §2–3, docs/annotation.md and /work/wt/ANNOTATE.md only.
// Run: node test/gold/passes/real/16-linzhou-2023-xinwen.pass-a.mjs   (from /work/main)
const BASE = '16-linzhou-2023-xinwen';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commonItemErrors } from '../gold-checks.mjs';
import { GoldDocumentSchema } from '../../../../dist/schema/gold.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../../..');
const SOURCE = `test/fixtures/real/${BASE}.txt`;
const OUT = resolve(here, `${BASE}.pass-a.json`);
const src = readFileSync(resolve(root, SOURCE), 'utf8');

const g = (value, unit, basis, text, qualifier) => (qualifier ? { value, unit, basis, text, qualifier } : { value, unit, basis, text });
const entries = [];
// I(sectionId, status, period, anchor, text, name, value, unit, growth, qualifier, extra)
// anchor: a unique string of the source holding `text` once; text null → the anchor itself is the text.
function I(sectionId, status, period, anchor, text, name, value, unit, growth = null, qualifier = null, extra = {}) {
  entries.push({ anchor: anchor ?? text, text: text ?? anchor, name, value, unit, growth, qualifier, status, period, sectionId, ...extra });
}
const A = 'actual', E = 'estimate', T = 'target';

// News item, traditional characters with pinyin in brackets and inserted spaces (`24.21億(yi) 元`): names and units
// without the noise, spans exact slices (ANNOTATE.md). No headings → sectionId null throughout.
// Not items: 成立75周年 (date, in an event name); 全區第三個 (ordinal); 糧食總產過億(yi) 斤的農業大縣 (a threshold inside a
// category name, §1/§2 name, as 过亿元项目); 第一產糧大縣, 第二牧業大縣 (ordinals: ranks); 一產/二產/三產 (words, not
// numbers); 產業結構 18.1∶40.7∶41.2 (ratio of structure, §1); the copyright boilerplate.
const HEADINGS = [];
const noise = 'name and unit without the converter noise (ANNOTATE.md)';
const mile = '§1 a milestone crossed before the exact value: 突破20億元 restates the value, no item of its own; the span starts at the name';

I(null, A, '2023', '經濟總量曆史性突破20億(yi) 元,達到24.21億(yi) 元。', '經濟總量曆史性突破20億(yi) 元,達到24.21億(yi) 元',
  '經濟總量', 24.21, '億元', null, null, { note: noise + '; ' + mile + '; period 2023 from 2023年 in the sentence (the publication date is not the period)' });
I(null, A, '2012', '2012年,林周縣經濟總量突破10億(yi) 元', '經濟總量突破10億(yi) 元', '經濟總量', 10, '億元', null, 'more_than',
  { note: noise + '; 突破 without an exact value → more_than (§3 qualifier); period 2012: the year the sentence states for this figure (§3 period)' });
I(null, A, '2023', '經濟總量曆史性突破20億(yi) 元,達到24.21億(yi) 元,較1978年833.02萬(wan) 元增長約290餘(yu) 倍',
  null, '經濟總量', 24.21, '億元', g(290, '倍', null, '增長約290餘(yu) 倍', 'more_than'), null,
  { note: noise + '; the figure written again (§1: an item each time); ' + mile + '; growth in 倍 as written (§1), basis null (comparison with 1978, not the year before); '
    + 'growth qualifier: 約 (about) and 餘 (more_than) both written, 餘 between number and unit taken (§3 qualifier); the item’s qualifier is the value’s (null); '
    + '833.02萬元 is the 1978 base level inside the span, no item (§1 a level reached from another: the old level is no item)' });

// ───────────── checks and output ─────────────
function count(hay, needle) { let n = 0, i = -1; while ((i = hay.indexOf(needle, i + 1)) !== -1) n++; return n; }
const errors = [];
const heads = HEADINGS.map(([anchor, id]) => {
  if (count(src, anchor) !== 1) errors.push(`heading anchor not unique: ${anchor}`);
  return { pos: src.indexOf(anchor), id };
}).sort((a, b) => a.pos - b.pos);
const sectionAt = (pos) => { let id = null; for (const h of heads) if (h.pos <= pos) id = h.id; return id; };
// converter noise (pinyin in brackets, inserted spaces) removed, to check names and units against the text
const denoise = (s) => s.replace(/\((?:[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)\)/g, '').replace(/[ \u3000]/g, '');
const out = entries.map((e, i) => {
  const w = `#${i} ${e.text.replace(/\n/g, '⏎')}`;
  const n = count(src, e.anchor);
  if (n !== 1) errors.push(`${w}: anchor occurs ${n} times`);
  const k = count(e.anchor, e.text);
  if (k !== 1) errors.push(`${w}: text occurs ${k} times in anchor`);
  const start = src.indexOf(e.anchor) + e.anchor.indexOf(e.text);
  const span = { start, end: start + e.text.length };
  const x = { ...e, span };
  for (const m of commonItemErrors(src, x, w)) errors.push(m);
  const sec = sectionAt(start);
  if (sec !== e.sectionId) errors.push(`${w}: sectionId ${e.sectionId} but headings say ${sec}`);
  if (e.unit && !e.tableUnit && !denoise(e.text).includes(e.unit)) errors.push(`${w}: unit ${e.unit} not in text`);
  if (!e.table && !denoise(e.text).includes(denoise(e.name).replace(/[“”]/g, '').slice(0, 2)) && !e.nameFrom)
    errors.push(`${w}: name ${e.name} does not start from the text (give nameFrom)`);
  if (e.growth) {
    if (!['%', 'pp', '位次', '倍'].includes(e.growth.unit)) errors.push(`${w}: growth unit`);
    const fall = /下降|减少|減少|压减|压缩|回落|低于|-/.test(e.growth.text);
    if (fall !== (e.growth.value < 0)) errors.push(`${w}: growth sign`);
    if (e.growth.basis === 'yoy' && !/同比|比上年|較上年|较上年|上年同期|比年初/.test(e.text) && !e.table) errors.push(`${w}: yoy without comparison`);
  }
  const o = { name: e.name, value: e.value };
  if (e.valueHigh !== undefined) o.valueHigh = e.valueHigh;
  Object.assign(o, { unit: e.unit, growth: e.growth, qualifier: e.qualifier, status: e.status, period: e.period,
    sectionId: e.sectionId, span, text: e.text });
  if (e.note) o.note = e.note;
  return o;
});
out.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
for (let i = 1; i < out.length; i++) {
  const a = out[i - 1], b = out[i];
  if (a.span.start === b.span.start && a.span.end === b.span.end && a.value === b.value && a.unit === b.unit
    && (a.growth?.value ?? null) === (b.growth?.value ?? null)) errors.push(`duplicate item ${b.text}`);
}
const doc = { document: BASE, source: SOURCE, annotator: 'pass-a', indicators: out };
const parsed = GoldDocumentSchema.safeParse(doc);
if (!parsed.success) errors.push(`GoldDocumentSchema: ${parsed.error.message}`);
if (errors.length) { console.error(errors.join('\n')); process.exit(1); }
writeFileSync(OUT, JSON.stringify(doc, null, 2) + '\n');
const by = (f) => out.reduce((m, x) => ((m[f(x)] = (m[f(x)] || 0) + 1), m), {});
console.log(`OK ${BASE}: ${out.length} items; every anchor unique, span verified (source.slice === text), schema valid`);
console.log('status', JSON.stringify(by((x) => x.status)), 'period', JSON.stringify(by((x) => x.period)), 'sections', JSON.stringify(by((x) => x.sectionId)));
