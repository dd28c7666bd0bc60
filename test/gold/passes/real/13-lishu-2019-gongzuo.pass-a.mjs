// Gold annotation, pass A (top to bottom) for test/fixtures/real/13-lishu-2019-gongzuo.txt.
// Made from the text, /work/shared/CONTRACT.md §2–3, docs/annotation.md and /work/wt/ANNOTATE.md only.
// Run: node test/gold/passes/real/13-lishu-2019-gongzuo.pass-a.mjs   (from /work/main)
const BASE = '13-lishu-2019-gongzuo';
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

// Title (twice, `|` line between), session line (第十八届, 第四次 = ordinals), byline, salutation → no item.
// `一、…过去一年政府工作取得明显成效` → s1; the `——综合实力稳步提升…` paragraph and `各项主要指标稳步上行。`,
// `项目建设质效齐升。` are unnumbered run-in headings, not sections. Period "2019" (title; 2019年 in the paragraph above).
const HEADINGS = [['一、攻坚克难、奋力拼搏', 's1']];
const s1 = 's1', P = '2019';
const est = '§3 status: 预计到年末 governs the sentence → estimate';

I(s1, E, P, '全县地区生产总值增长3.3%', '地区生产总值增长3.3%', '地区生产总值', null, null, g(3.3, '%', null, '增长3.3%'), null, { note: est });
I(s1, E, P, '一般预算地方级财政收入增长10.3%', null, '一般预算地方级财政收入', null, null, g(10.3, '%', null, '增长10.3%'), null, { note: est });
I(s1, E, P, '固定资产投资增长13.9%', null, '固定资产投资', null, null, g(13.9, '%', null, '增长13.9%'), null, { note: est });
I(s1, E, P, '规模以上工业增加值增长3%', null, '规模以上工业增加值', null, null, g(3, '%', null, '增长3%'), null, { note: est });
I(s1, E, P, '社会消费品零售总额增长3%', null, '社会消费品零售总额', null, null, g(3, '%', null, '增长3%'), null, { note: est });
I(s1, E, P, '外贸出口总额增长85%', null, '外贸出口总额', null, null, g(85, '%', null, '增长85%'), null, { note: est });
{
  const c = '城镇、农村常住居民人均可支配收入分别达到23894元和14620元';
  const n = est + '; §1 分别: compound subject split into its members, span from the shared phrase to the member’s own figure';
  I(s1, E, P, c, '城镇、农村常住居民人均可支配收入分别达到23894元', '城镇常住居民人均可支配收入', 23894, '元', null, null, { note: n });
  I(s1, E, P, c, c, '农村常住居民人均可支配收入', 14620, '元', null, null, { nameFrom: true, note: n });
}
// 与经济增长同步 → no figure

I(s1, A, P, '全年开复工5000万元以上项目32个', '开复工5000万元以上项目32个', '开复工5000万元以上项目', 32, '个', null, null,
  { note: '§1 a threshold that defines a category: 5000万元以上 is part of the name (以上 qualifies the project size, not the count → qualifier null); 开复工 selects and stays; actual (new sentence, no 预计)' });
I(s1, A, P, '总投资64.8亿元', null, '总投资', 64.8, '亿元', null, null,
  { note: '§3 name, subject left out: the noun of the item’s own clause' });
I(s1, A, P, '等13个项目参加省“三早”项目集中开工', '13个项目参加省“三早”项目集中开工', '项目参加省“三早”项目集中开工', 13, '个', null, null,
  { note: '§1 count before a noun + predicate: 项目 alone says nothing, the predicate stays; with 等 the count is an item; span from the number. '
    + '华大30兆瓦生物质发电, 年产6万吨减水剂 are project names (§2 name); “三早” a slogan' });

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
