// Gold annotation, pass B, of test/fixtures/real/16-linzhou-2023-xinwen.txt (林周縣, news item, traditional
// characters with pinyin noise). Read in reverse: last paragraph first. Built from the text, shared/CONTRACT.md
// §2–3, docs/annotation.md and the brief's decisions only. No heading → sectionId null; all actual.
// Run from /work/main: node test/gold/passes/real/16-linzhou-2023-xinwen.pass-b.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { commonItemErrors } from '../gold-checks.mjs';

const BASE = '16-linzhou-2023-xinwen';
const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, '../../../..');
const SOURCE = `test/fixtures/real/${BASE}.txt`;
const OUT = resolve(here, `${BASE}.pass-b.json`);
const src = readFileSync(resolve(ROOT, SOURCE), 'utf8');
const { GoldDocumentSchema } = await import(pathToFileURL(resolve(ROOT, 'dist/schema/gold.js')).href);

const entries = [];
let ctx = { sectionId: null, status: 'actual', period: null };
const at = (sectionId, status, period) => { ctx = { sectionId, status, period }; };
// growth: g(value, unit, basis, text, qualifier?)
const g = (value, unit, basis, text, qualifier) =>
  qualifier ? { value, unit, basis, text, qualifier } : { value, unit, basis, text };
// I(anchor, text, name, value, unit, extra?) — anchor null → the text is its own anchor
const I = (anchor, text, name, value, unit, extra = {}) =>
  entries.push({ anchor: anchor ?? text, text, name, value, unit, growth: null, qualifier: null, ...ctx, ...extra });

// ── ¶5 版權聲明 … : page furniture, no figure.

// ── ¶4 據悉,2012年,… 2023年,…
at(null, 'actual', '2012');
I('2012年,林周縣經濟總量突破10億(yi) 元;', '經濟總量突破10億(yi) 元', '經濟總量', 10, '億元',
  { qualifier: 'more_than', note: '突破 without an exact value of the same year → more_than (§3 qualifier); period 2012 (explicit year of the figure, brief: a year stated earlier in the paragraph holds); 林周縣 (area) dropped; unit without converter noise (brief)' });
at(null, 'actual', '2023');
I(null,
  '經濟總量曆史性突破20億(yi) 元,達到24.21億(yi) 元,較1978年833.02萬(wan) 元增長約290餘(yu) 倍', '經濟總量', 24.21, '億元',
  { growth: g(290, '倍', null, '增長約290餘(yu) 倍', 'more_than'),
    note: '§1 milestone crossed before the exact value: 突破20億元 no item, span from the name; growth in 倍 (§1), basis null (較1978年 is no yoy); 約 and 餘 both written: growth.qualifier more_than (餘 binds the number, CONTRACT 余 between number and unit), see questions; 833.02萬元 = the 1978 base of the comparison, inside the span, no item (as a level reached from another, §1)' });

// ── ¶3 產業結構調整為18.1∶40.7∶41.2: structure ratio, no item (§1); 一產/二產/三產, 三次產業 are names.

// ── ¶2 全區第三個糧食總產過億斤的農業大縣 …: 第三個 ordinal; 過億斤 a threshold defining the category
//    (§1, as 過亿元项目) → no item; 第一產糧大縣, 第二牧業大縣 ordinals.

// ── ¶1 近日,… 成立75周年 (date, event name); the 2023 figure again → an item again (§1 a figure written again)
at(null, 'actual', '2023');
I('2023年,林周縣經濟總量曆史性突破20億(yi) 元,達到24.21億(yi) 元。', '經濟總量曆史性突破20億(yi) 元,達到24.21億(yi) 元',
  '經濟總量', 24.21, '億元', { note: '§1 a figure written again (also in ¶4); milestone 突破20億元 no item, span from the name' });

// ───────────── build and verify ─────────────
function count(hay, needle) { let n = 0, i = -1; while ((i = hay.indexOf(needle, i + 1)) !== -1) n++; return n; }
const clean = (s) => s.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, '').replace(/\s+/g, '');
const problems = [];
const namesNotInText = [];
const out = [];
for (const e of entries) {
  const w = `«${e.text}»`;
  const n = count(src, e.anchor);
  if (n !== 1) { problems.push(`${w}: anchor occurs ${n} times`); continue; }
  const a = src.indexOf(e.anchor);
  const k = e.anchor.indexOf(e.text);
  if (k < 0 || e.anchor.indexOf(e.text, k + 1) >= 0) { problems.push(`${w}: text not exactly once in anchor`); continue; }
  const start = a + k, end = start + e.text.length;
  const it = { name: e.name, value: e.value };
  if (e.valueHigh !== undefined) it.valueHigh = e.valueHigh;
  Object.assign(it, { unit: e.unit, growth: e.growth, qualifier: e.qualifier, status: e.status, period: e.period,
    sectionId: e.sectionId, span: { start, end }, text: src.slice(start, end) });
  if (e.note) it.note = e.note;
  if (it.text !== e.text) problems.push(`${w}: slice mismatch`);
  problems.push(...commonItemErrors(src, it, w));
  if (e.unit && !e.unitFromHeader && !clean(e.text).includes(e.unit)) problems.push(`${w}: unit ${e.unit} not written in text`);
  if (e.growth) {
    const down = /下降|下滑|减少|減少|降低|回落|放缓|減支|减支|-/.test(e.growth.text);
    if (down !== (e.growth.value < 0)) problems.push(`${w}: growth sign does not follow its verb`);
    if (e.growth.basis === 'yoy' && !/同比|比上年|較上年|较上年|比年初|上年|上年同期/.test(e.text) && !e.yoyFromHeader) problems.push(`${w}: yoy without a comparison in the span`);
  }
  if (!clean(e.text).includes(e.name.replace(/\s+/g, ''))) namesNotInText.push(`${e.name} ⟵ ${e.text}`);
  out.push(it);
}
out.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
for (let i = 1; i < out.length; i++) {
  const p = out[i - 1], q = out[i];
  if (p.span.start === q.span.start && p.span.end === q.span.end && p.value === q.value && p.unit === q.unit && (p.growth?.value ?? null) === (q.growth?.value ?? null))
    problems.push(`duplicate item «${q.text}»`);
}
const doc = { document: BASE, source: SOURCE, annotator: 'pass-b', indicators: out };
const parsed = GoldDocumentSchema.safeParse(doc);
if (!parsed.success) problems.push('GoldDocumentSchema: ' + JSON.stringify(parsed.error.issues.slice(0, 5)));
if (problems.length) { console.error(problems.join('\n')); process.exit(1); }
writeFileSync(OUT, JSON.stringify(doc, null, 2) + '\n');
const by = (f) => out.reduce((m, x) => ((m[f(x)] = (m[f(x)] || 0) + 1), m), {});
console.log(`OK ${BASE}: ${out.length} items; spans verified (source.slice === text); GoldDocumentSchema valid`);
console.log('status', by((x) => x.status), 'period', by((x) => x.period), 'sections', by((x) => x.sectionId));
if (namesNotInText.length) console.log(`names not written contiguously in their text (assembled or table names), ${namesNotInText.length}:\n  ` + namesNotInText.join('\n  '));
