// Gold annotation, pass B, of test/fixtures/real/13-lishu-2019-gongzuo.txt (梨树县 2019 government work report, opening).
// Read in reverse: the last paragraph first, the repeated title last. Built from the text, shared/CONTRACT.md §2–3,
// docs/annotation.md and the brief's decisions only.
// Sections: 一、 → s1 (both figure paragraphs are in it). Period "2019" (2019年 in ¶9; the title's year).
// Run from /work/main: node test/gold/passes/real/13-lishu-2019-gongzuo.pass-b.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { commonItemErrors } from '../gold-checks.mjs';

const BASE = '13-lishu-2019-gongzuo';
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

// ── ¶10 ——综合实力稳步提升 … 预计到年末, …
at('s1', 'estimate', '2019');
const E = '预计到年末 governs the sentence → estimate (§3 status); 全县 dropped';
I(null, '地区生产总值增长3.3%', '地区生产总值', null, null, { growth: g(3.3, '%', null, '增长3.3%'), note: E });
I(null, '一般预算地方级财政收入增长10.3%', '一般预算地方级财政收入', null, null, { growth: g(10.3, '%', null, '增长10.3%'), note: E });
I(null, '固定资产投资增长13.9%', '固定资产投资', null, null, { growth: g(13.9, '%', null, '增长13.9%'), note: E });
I(null, '规模以上工业增加值增长3%', '规模以上工业增加值', null, null, { growth: g(3, '%', null, '增长3%'), note: E });
I(null, '社会消费品零售总额增长3%', '社会消费品零售总额', null, null, { growth: g(3, '%', null, '增长3%'), note: E });
I(null, '外贸出口总额增长85%', '外贸出口总额', null, null, { growth: g(85, '%', null, '增长85%'), note: E });
I(null, '城镇、农村常住居民人均可支配收入分别达到23894元', '城镇常住居民人均可支配收入', 23894, '元',
  { note: E + '; §1 分别: shared measure to each member, span from the shared phrase to the member\'s own figure; 与经济增长同步 has no figure' });
I(null, '城镇、农村常住居民人均可支配收入分别达到23894元和14620元', '农村常住居民人均可支配收入', 14620, '元', { note: E + '; §1 分别' });

at('s1', 'actual', '2019');
I(null, '开复工5000万元以上项目32个', '开复工5000万元以上项目', 32, '个',
  { note: 'new sentence without 预计 → actual; §1 a threshold that defines a category: 5000万元以上 is part of the name, 以上 before the count is no qualifier; 开复工 selects (as 新开工亿元以上项目), kept; 全年 dropped' });
I(null, '总投资64.8亿元', '总投资', 64.8, '亿元');
I(null, '13个项目参加省“三早”项目集中开工', '项目参加省“三早”项目集中开工', 13, '个',
  { note: '§1 count with 等 after named members → an item, span from the number; count before a noun + predicate: 项目 alone says nothing → predicate kept; 30兆瓦 / 6万吨 are inside project names (§2 name); “三早” a slogan' });

// ── ¶9 对我县…2019年是…: no figure. 一、 heading, salutation, session line (第十八届, 第四次: ordinals), title ×2: no figure.

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
