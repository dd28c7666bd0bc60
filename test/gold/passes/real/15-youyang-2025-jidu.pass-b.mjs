// Gold annotation, pass B, of test/fixtures/real/15-youyang-2025-jidu.txt (酉阳县 first-quarter release).
// Read in reverse: 六、 first, the opening paragraph last. Built from the text, shared/CONTRACT.md §2–3,
// docs/annotation.md and the brief's decisions only.
// Sections: opening paragraph (before 一、) null; 一、…六、 → s1…s6. All actual. The year is written nowhere in
// the text: period "2025" from the file's README row / the page address (brief: quarterly releases); the
// quarter or months go into the note only.
// Run from /work/main: node test/gold/passes/real/15-youyang-2025-jidu.pass-b.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { commonItemErrors } from '../gold-checks.mjs';

const BASE = '15-youyang-2025-jidu';
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

const P = 'period 2025 from the README row/address (the text never states the year)';
const Q1 = `${P}; quarter: 一季度 (release period, first sentence)`;
const gr = (v, t, basis = null) => g(v, '%', basis, t);

// ── 六、居民收入稳步增加 (s6)
at('s6', 'actual', '2025');
I(null, '全体居民人均可支配收入7256元,增长5.8%', '全体居民人均可支配收入', 7256, '元', { growth: gr(5.8, '增长5.8%'), note: Q1 + '; 全县 dropped' });
I(null, '城镇常住居民人均可支配收入10063元,增长5.2%', '城镇常住居民人均可支配收入', 10063, '元', { growth: gr(5.2, '增长5.2%'), note: Q1 + '; 按常住地分 is a lead-in' });
I(null, '农村常住居民人均可支配收入4974元,增长6.6%', '农村常住居民人均可支配收入', 4974, '元', { growth: gr(6.6, '增长6.6%'), note: Q1 });
I(null, '城乡收入比持续缩小,由上年同期的2.05:1下降为2.02:1', '城乡收入比', 2.02, null,
  { note: Q1 + '; §1 a ratio x∶1 → value x, unit null, `:1` inside the span; §1 a level reached from another: old level 2.05 inside the span, no item, no growth computed' });

// ── 五、服务业运行总体平稳 (s5)
at('s5', 'actual', '2025');
I(null, '本外币存贷余额440.95亿元,增长6.4%', '本外币存贷余额', 440.95, '亿元', { growth: gr(6.4, '增长6.4%'), note: P + '; months: 3月末 (a balance at end of March); name as written (odd 存贷余额)' });
I(null, '贷款余额354.88亿元,增长2.6%', '贷款余额', 354.88, '亿元', { growth: gr(2.6, '增长2.6%'), note: P + '; months: 3月末' });
I(null, '规上服务业实现营业收入3.7亿元, 比上年下降1.8%', '规上服务业实现营业收入', 3.7, '亿元',
  { growth: gr(-1.8, '比上年下降1.8%', 'yoy'), note: P + '; months: 1-2月; §3 name subject+实现+object: 营业收入 alone does not name the measure (as 民营经济实现增加值) → as written' });

// ── 四、消费市场保持增长 (s4)
at('s4', 'actual', '2025');
I(null, '社会消费品零售总额29.21亿元,增长1.4%', '社会消费品零售总额', 29.21, '亿元', { growth: gr(1.4, '增长1.4%'), note: Q1 + '; 全县实现 dropped' });

// ── 三、固定资产投资较快增长 (s3)
at('s3', 'actual', '2025');
I(null, '固定资产投资增长9.7%', '固定资产投资', null, null, { growth: gr(9.7, '增长9.7%'), note: Q1 });
I(null, '第一产业增长129.2%', '第一产业', null, null, { growth: gr(129.2, '增长129.2%'), note: Q1 + '; 分产业看: the clause names only the industry (§3 subject left out: the noun in the clause, as written)' });
I(null, '第二产业增长33.5%', '第二产业', null, null, { growth: gr(33.5, '增长33.5%'), note: Q1 });
I(null, '第三产业下降1.8%', '第三产业', null, null, { growth: gr(-1.8, '下降1.8%'), note: Q1 });

// ── 二、工业生产增势良好 (s2)
at('s2', 'actual', '2025');
I(null, '服装产量增长114.6%', '服装产量', null, null, { growth: gr(114.6, '增长114.6%'), note: Q1 });
I(null, '饮料产量增长65.5%', '饮料产量', null, null, { growth: gr(65.5, '增长65.5%'), note: Q1 });
I(null, '食用植物油产量增长15.0%', '食用植物油产量', null, null, { growth: gr(15.0, '增长15.0%'), note: Q1 });
I('全县工业增加值增长6.0%', '工业增加值增长6.0%', '工业增加值', null, null, { growth: gr(6.0, '增长6.0%'), note: Q1 });
I(null, '规模以上工业增加值增长7.2%', '规模以上工业增加值', null, null, { growth: gr(7.2, '增长7.2%'), note: Q1 + '; 其中 outside' });
I(null, '采矿业增加值下降17.3%', '采矿业增加值', null, null, { growth: gr(-17.3, '下降17.3%'), note: Q1 + '; 分三大门类看 a lead-in (三大: name)' });
I(null, '制造业增加值增长10.3%', '制造业增加值', null, null, { growth: gr(10.3, '增长10.3%'), note: Q1 });
I(null, '电力、热力、燃气及水生产和供应业增加值下降15.8%', '电力、热力、燃气及水生产和供应业增加值', null, null, { growth: gr(-15.8, '下降15.8%'), note: Q1 });

// ── 一、农业生产总体平稳 (s1)
at('s1', 'actual', '2025');
I(null, '农林牧渔总产值9.48亿元,增长0.8%', '农林牧渔总产值', 9.48, '亿元', { growth: gr(0.8, '增长0.8%'), note: Q1 });
I(null, '蔬菜及食用菌产量9.72万吨,增长2.0%', '蔬菜及食用菌产量', 9.72, '万吨', { growth: gr(2.0, '增长2.0%'), note: Q1 });
I(null, '生猪出栏16.68万头,下降7.7%', '生猪出栏', 16.68, '万头', { growth: gr(-7.7, '下降7.7%'), note: Q1 });

// ── opening paragraph (before 一、): null
at(null, 'actual', '2025');
I(null, '地区生产总值56.82亿元,增长4.6%', '地区生产总值', 56.82, '亿元', { growth: gr(4.6, '增长4.6%'), note: Q1 + ' (written: 一季度); 全县实现 dropped' });
I(null, '第一产业增加值5.32亿元,增长0.5%', '第一产业增加值', 5.32, '亿元', { growth: gr(0.5, '增长0.5%'), note: Q1 });
I(null, '第二产业增加值11.49亿元,增长5.9%', '第二产业增加值', 11.49, '亿元', { growth: gr(5.9, '增长5.9%'), note: Q1 });
I(null, '第三产业增加值40.01亿元,增长4.9%', '第三产业增加值', 40.01, '亿元', { growth: gr(4.9, '增长4.9%'), note: Q1 });

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
