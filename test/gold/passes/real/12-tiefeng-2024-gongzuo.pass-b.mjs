// Gold annotation, pass B, of test/fixtures/real/12-tiefeng-2024-gongzuo.txt (铁锋区 work report, page 2: 2025 targets).
// Read in reverse: the last paragraph first, the page furniture last. Built from the text, shared/CONTRACT.md §2–3,
// docs/annotation.md and the brief's decisions only.
// Sections, numbered in order of appearance (§3 sectionId): 二、2025年目标任务与重点工作 is the first heading → s1;
// (一) under it → s1.1 (the unnumbered run-in 不断调优产业结构。 is no section). Plan part: target, period "2025".
// Run from /work/main: node test/gold/passes/real/12-tiefeng-2024-gongzuo.pass-b.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { commonItemErrors } from '../gold-checks.mjs';

const BASE = '12-tiefeng-2024-gongzuo';
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

// ── ¶15 不断调优产业结构 (still (一), s1.1): 装备制造、食品加工两大优势产业 → a count in apposition (no item)
at('s1.1', 'target', '2025');
I(null, '新增规上工业企业5家以上', '新增规上工业企业', 5, '家', { qualifier: 'at_least', note: 'plan part → target; 新增 leads its noun (§3 name)' });

// ── ¶13 (一)突出产业兴区 … (s1.1)
I(null, 'GDP突破百亿元', 'GDP', 1e10, '元',
  { qualifier: 'more_than', note: '§1 Chinese numerals resolved as a whole, 亿 included: 百亿元 → 10000000000 元; 突破 → more_than (§3 qualifier); target (plan part)' });
I(null, '经开区营收稳定在百亿元以上', '经开区营收', 1e10, '元',
  { qualifier: 'at_least', note: '百亿元 → 10000000000 元; 以上 → at_least (稳定在 is a level verb, no qualifier); 经开区 restricts the measure to the zone, kept' });

// ── ¶11 七个方面工作: slogan (§2, as 六个方面工作).

// ── ¶9 经济发展主要预期目标是: … (s1)
at('s1', 'target', '2025');
const T = 'lead-in 主要预期目标是 → target (§3 status); growth-only target';
I(null, '地区生产总值增长3%', '地区生产总值', null, null, { growth: g(3, '%', null, '增长3%'), note: T });
I(null, '规模以上工业增加值增长6%', '规模以上工业增加值', null, null, { growth: g(6, '%', null, '增长6%'), note: T });
I(null, '全社会固定资产投资增长6%', '全社会固定资产投资', null, null, { growth: g(6, '%', null, '增长6%'), note: T + '; 全社会 is part of the measure name (not the area word 全区)' });
I(null, '社会消费品零售总额增长4%', '社会消费品零售总额', null, null, { growth: g(4, '%', null, '增长4%'), note: T });
I(null, '一般公共财政预算增长8%', '一般公共财政预算', null, null, { growth: g(8, '%', null, '增长8%'), note: T + '; truncated name as written (收入 missing)' });

// ── ¶7 总体考虑: “三个第一”, “四大方向”, “五种思维” slogans; 七个方面 slogan/count of listed areas (named before it, no 等);
//    二十大, 二十届二中和三中全会 ordinals; “十四五”, “十五五” slogans. ¶5 heading 二、2025年…; ¶3 title with date; ¶1 furniture.

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
