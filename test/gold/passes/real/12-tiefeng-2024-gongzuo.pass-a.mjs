// Gold annotation, pass A (top to bottom) for test/fixtures/real/12-tiefeng-2024-gongzuo.txt.
// Made from the text, /work/shared/CONTRACT.md §2–3, docs/annotation.md and /work/wt/ANNOTATE.md only.
// Run: node test/gold/passes/real/12-tiefeng-2024-gongzuo.pass-a.mjs   (from /work/main)
const BASE = '12-tiefeng-2024-gongzuo';
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

// 导航菜单 (furniture) and the title with its delivery date (2025年1月14日) → no item.
// Section ids in order of appearance (§3 sectionId): the excerpt's first heading `二、2025年…` is s1 (see questions.md),
// `(一)突出产业兴区` s1.1; `不断调优产业结构。` is an unnumbered run-in heading, not a section.
// Everything is the plan part: status target, period "2025" (the heading's year).
// 二十大, 二十届二中和三中全会 (ordinals); “三个第一”, “四大方向”, “五种思维”, 七个方面, 七个方面工作, “十四五”, “十五五” (slogans);
// 装备制造、食品加工两大优势产业 (count in apposition to the members named, no 等) → no item.
const HEADINGS = [['二、2025年目标任务与重点工作', 's1'], ['(一)突出产业兴区', 's1.1']];
const P = '2025';
const lead = '§3 status: target (plan part; lead-in 经济发展主要预期目标是:); growth-only item, value null';

I('s1', T, P, '地区生产总值增长3%', null, '地区生产总值', null, null, g(3, '%', null, '增长3%'), null, { note: lead });
I('s1', T, P, '规模以上工业增加值增长6%', null, '规模以上工业增加值', null, null, g(6, '%', null, '增长6%'), null, { note: lead });
I('s1', T, P, '全社会固定资产投资增长6%', null, '全社会固定资产投资', null, null, g(6, '%', null, '增长6%'), null,
  { note: lead + '; 全社会 is part of the measure’s name, not the reporting area' });
I('s1', T, P, '社会消费品零售总额增长4%', null, '社会消费品零售总额', null, null, g(4, '%', null, '增长4%'), null, { note: lead });
I('s1', T, P, '一般公共财政预算增长8%', null, '一般公共财政预算', null, null, g(8, '%', null, '增长8%'), null,
  { note: lead + '; truncated name kept as written (收入 is missing in the source)' });

I('s1.1', T, P, 'GDP突破百亿元', null, 'GDP', 10000000000, '元', null, 'more_than',
  { note: '§3 qualifier: 突破 → more_than, no exact value of the measure is given; §1 Chinese numerals resolved as a whole, 亿 included (百亿元 → 10000000000 元)' });
I('s1.1', T, P, '经开区营收稳定在百亿元以上', null, '经开区营收', 10000000000, '元', null, 'at_least',
  { note: '§3 name: 经开区 restricts the measure to part of the area and stays; 百亿元 resolved whole; 稳定在 is a level verb, 以上 → at_least' });
I('s1.1', T, P, '新增规上工业企业5家以上', null, '新增规上工业企业', 5, '家', null, 'at_least',
  { note: 'under the unnumbered run-in heading 不断调优产业结构。, still s1.1' });

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
