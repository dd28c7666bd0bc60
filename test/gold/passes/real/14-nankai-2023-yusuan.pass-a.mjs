// Gold annotation, pass A (top to bottom) for test/fixtures/real/14-nankai-2023-yusuan.txt.
// Made from the text, /work/shared/CONTRACT.md §2–3, docs/annotation.md and /work/wt/ANNOTATE.md only.
// Run: node test/gold/passes/real/14-nankai-2023-yusuan.pass-a.mjs   (from /work/main)
const BASE = '14-nankai-2023-yusuan';
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

// Title (hard-wrapped), session line (2024年1月11日 date; 第十八届, 第五次 ordinals), issuer, salutation → no item.
// `2023年预算执行基本情况` is an unnumbered heading (not a section); its paragraph: 二十大, 二十届二中全会 (ordinals),
// “三个着力”, “十项行动”, “一三二一”, “三保” (slogans) → no item.
// Sections: 一、 s1; (一) s1.1; the run-in `1.一般公共预算收入。` / `2.一般公共预算支出。` → s1.1.1 / s1.1.2.
// Period "2023" (the figures are 2023年…; the budget of the same year).
const HEADINGS = [['一、预算收入和支出情况', 's1'], ['(一)一般公共预算部分', 's1.1'], ['1.一般公共预算收入。', 's1.1.1'], ['2.一般公共预算支出。', 's1.1.2']];
const P = '2023';
const bud = 'ANNOTATE.md budget clause: X the actual (here 预计 → estimate), Y the budgeted amount (target item), Z% the completion rate named by the relation';

// ── 1.一般公共预算收入 ──
{
  const s = 's1.1.1';
  I(s, E, P, '2023年区级一般公共预算收入预计完成39.1亿元', '区级一般公共预算收入预计完成39.1亿元', '区级一般公共预算收入', 39.1, '亿元', null, null,
    { note: bud + '; 区级 restricts the measure (district level) and stays; 预计 → estimate' });
  I(s, T, P, '批准收入调整预算37.5亿元的104.3%', '收入调整预算37.5亿元', '收入调整预算', 37.5, '亿元', null, null,
    { note: bud + '; Y: budgeted amount of the same year → target; the approving body and its ordinals are not in the name' });
  I(s, E, P, '完成区第十八届人大常委会第十九次会议批准收入调整预算37.5亿元的104.3%', null, '完成收入调整预算', 104.3, '%', null, null,
    { nameFrom: true, note: bud + '; Z: the relation named by its written pieces (完成 … 收入调整预算, 的 dropped); the ordinals 第十八届/第十九次 and the 37.5 亿元 base lie inside the span; estimate (same sentence as 预计)' });
  const comp = '§3 status: 预计 governs what follows it, not the clauses before it in the sentence → actual';
  I(s, A, P, '加上税收返还和转移支付等资金27.23亿元', '资金27.23亿元', '资金', 27.23, '亿元', null, null,
    { note: '§3 name: examples before 等 dropped, the category after it is the name; 加上 dropped; ' + comp });
  I(s, A, P, '上年结转5.45亿元', null, '上年结转', 5.45, '亿元', null, null,
    { note: 'carry-over into the 2023 budget: 上年 names the source of the money, period stays 2023; ' + comp });
  I(s, A, P, '一般债券转贷收入17.75亿元', null, '一般债券转贷收入', 17.75, '亿元', null, null, { note: comp });
  I(s, A, P, '动用预算稳定调节基金1.72亿元', null, '动用预算稳定调节基金', 1.72, '亿元', null, null,
    { note: '§3 name, stock test: without 动用 the amount would read as the fund’s balance, so the verb stays; ' + comp });
  I(s, A, P, '调入资金12.79亿元', null, '调入资金', 12.79, '亿元', null, null, { note: comp });
  I(s, E, P, '2023年一般公共预算总收入预计为104.05亿元', '一般公共预算总收入预计为104.05亿元', '一般公共预算总收入', 104.05, '亿元', null, null,
    { note: '预计 → estimate' });
}
// ── 2.一般公共预算支出 ──
{
  const s = 's1.1.2';
  I(s, E, P, '2023年区级一般公共预算支出预计完成76.14亿元', '区级一般公共预算支出预计完成76.14亿元', '区级一般公共预算支出', 76.14, '亿元', null, null,
    { note: bud + '; 预计 → estimate' });
  I(s, T, P, '批准支出调整预算76.35亿元的99.7%', '支出调整预算76.35亿元', '支出调整预算', 76.35, '亿元', null, null,
    { note: bud + '; Y → target' });
  I(s, E, P, '完成区十八届人大常委会第十九次会议批准支出调整预算76.35亿元的99.7%', null, '完成支出调整预算', 99.7, '%', null, null,
    { nameFrom: true, note: bud + '; Z, estimate (same sentence as 预计)' });
  const list = 'list after 主要支出项目: (new sentence without 预计 → actual, §3 status)';
  I(s, A, P, '一般公共服务支出8.59亿元', null, '一般公共服务支出', 8.59, '亿元', null, null, { note: list });
  I(s, A, P, '国防支出352万元', null, '国防支出', 352, '万元', null, null, { note: list + '; 万元 as written' });
  I(s, A, P, '公共安全支出6.49亿元', null, '公共安全支出', 6.49, '亿元', null, null, { note: list });
  I(s, A, P, '教育支出16.27亿元', null, '教育支出', 16.27, '亿元', null, null, { note: list });
}

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
