// Gold annotation, pass B, of test/fixtures/real/14-nankai-2023-yusuan.txt (南开区 2023 budget execution report).
// Read in reverse: the 2. paragraph first, the title last. Built from the text, shared/CONTRACT.md §2–3,
// docs/annotation.md and the brief's decisions only.
// Sections: 2023年预算执行基本情况 is unnumbered (no section); 一、 → s1, (一) → s1.1, the run-in 1. and 2. under it
// → s1.1.1, s1.1.2 (third level, as 1． under 一、). Period "2023" (written in each sentence).
// Run from /work/main: node test/gold/passes/real/14-nankai-2023-yusuan.pass-b.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { commonItemErrors } from '../gold-checks.mjs';

const BASE = '14-nankai-2023-yusuan';
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

// ── 2.一般公共预算支出 (s1.1.2)
at('s1.1.2', 'estimate', '2023');
I(null, '区级一般公共预算支出预计完成76.14亿元', '区级一般公共预算支出', 76.14, '亿元',
  { note: '预计 governs the sentence → estimate (budget clause, brief: X the outturn); 区级 restricts the measure to the district-level budget, kept (§3 name)' });
I(null, '支出调整预算76.35亿元', '支出调整预算', 76.35, '亿元',
  { status: 'target', note: 'brief budget clause: Y the budgeted amount of the same year → target item; 区十八届人大常委会第十九次会议批准 (ordinals of the approving body) outside name and span' });
I(null, '完成区十八届人大常委会第十九次会议批准支出调整预算76.35亿元的99.7%', '完成支出调整预算', 99.7, '%',
  { note: 'brief budget clause: Z the completion rate, named by the relation from its written pieces (完成 … 支出调整预算); span on the whole relation; estimate (预计 governs the sentence)' });
at('s1.1.2', 'actual', '2023');
I(null, '一般公共服务支出8.59亿元', '一般公共服务支出', 8.59, '亿元', { note: '主要支出项目: a new sentence without 预计 → actual (§3 status: 预计 governs its sentence); see questions' });
I(null, '国防支出352万元', '国防支出', 352, '万元', { note: 'unit 万元 as written (the list mixes 亿元 and 万元)' });
I(null, '公共安全支出6.49亿元', '公共安全支出', 6.49, '亿元');
I(null, '教育支出16.27亿元', '教育支出', 16.27, '亿元', { note: 'excerpt ends after this item with `,`' });

// ── 1.一般公共预算收入 (s1.1.1)
at('s1.1.1', 'estimate', '2023');
I(null, '区级一般公共预算收入预计完成39.1亿元', '区级一般公共预算收入', 39.1, '亿元',
  { note: '预计 governs the sentence → estimate; 区级 kept (restricts the measure)' });
I(null, '收入调整预算37.5亿元', '收入调整预算', 37.5, '亿元',
  { status: 'target', note: 'brief budget clause: the budgeted amount → target item; 区第十八届人大常委会第十九次会议批准 (ordinals) outside' });
I(null, '完成区第十八届人大常委会第十九次会议批准收入调整预算37.5亿元的104.3%', '完成收入调整预算', 104.3, '%',
  { note: 'brief budget clause: completion rate named by the relation (written pieces); estimate (预计 governs the sentence)' });
at('s1.1.1', 'actual', '2023');
I(null, '税收返还和转移支付等资金27.23亿元', '资金', 27.23, '亿元',
  { note: '§3 name: examples before 等 dropped, the category after it is the name; 加上 dropped; span from the first example (whole noun phrase); actual: the 预计 of this sentence comes after it (governs what follows); see questions' });
I(null, '上年结转5.45亿元', '上年结转', 5.45, '亿元', { note: '上年 is part of the measure (carry-over from the previous year), not a time word of the period' });
I(null, '一般债券转贷收入17.75亿元', '一般债券转贷收入', 17.75, '亿元');
I(null, '动用预算稳定调节基金1.72亿元', '动用预算稳定调节基金', 1.72, '亿元',
  { note: '§3 stock test: without 动用 it would read as the fund balance; 动用 picks the amount drawn → kept' });
I(null, '调入资金12.79亿元', '调入资金', 12.79, '亿元');
at('s1.1.1', 'estimate', '2023');
I(null, '一般公共预算总收入预计为104.05亿元', '一般公共预算总收入', 104.05, '亿元', { note: '预计 → estimate; 2023年 dropped' });

// ── 一、, (一), 2023年…执行基本情况 paragraph: no figure (“三个着力”, “十项行动”, “一三二一”, “三保”: slogans;
//    二十大, 二十届二中全会: ordinals). Title, session line (2024年1月11日, 第十八届, 第五次): dates/ordinals.

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
