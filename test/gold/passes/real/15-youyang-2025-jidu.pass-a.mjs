// Gold annotation, pass A (top to bottom) for test/fixtures/real/15-youyang-2025-jidu.txt.
// Made from the text, /work/shared/CONTRACT.md §2–3, docs/annotation.md and /work/wt/ANNOTATE.md only.
// Run: node test/gold/passes/real/15-youyang-2025-jidu.pass-a.mjs   (from /work/main)
const BASE = '15-youyang-2025-jidu';
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

// Quarterly release. The year is written nowhere in the text: period "2025" from the publication (the page address,
// .../202505/t20250522_…) and the README row (ANNOTATE.md: quarterly/monthly releases); 一季度 / 1-2月 / 3月末 only in notes.
// The first paragraph precedes the first heading → sectionId null. All results → actual.
const HEADINGS = [['一、农业生产总体平稳', 's1'], ['二、工业生产增势良好', 's2'], ['三、固定资产投资较快增长', 's3'],
  ['四、消费市场保持增长', 's4'], ['五、服务业运行总体平稳', 's5'], ['六、居民收入稳步增加', 's6']];
const P = '2025';
const yr = 'period 2025: the year is not in the text (publication date and README row)';
const q1 = yr + '; quarter: 一季度';

// ── before the first heading (一季度) ──
I(null, A, P, '全县实现地区生产总值56.82亿元,增长4.6%', '地区生产总值56.82亿元,增长4.6%', '地区生产总值', 56.82, '亿元', g(4.6, '%', null, '增长4.6%'), null, { note: q1 });
I(null, A, P, '第一产业增加值5.32亿元,增长0.5%', null, '第一产业增加值', 5.32, '亿元', g(0.5, '%', null, '增长0.5%'), null, { note: q1 });
I(null, A, P, '第二产业增加值11.49亿元,增长5.9%', null, '第二产业增加值', 11.49, '亿元', g(5.9, '%', null, '增长5.9%'), null, { note: q1 });
I(null, A, P, '第三产业增加值40.01亿元,增长4.9%', null, '第三产业增加值', 40.01, '亿元', g(4.9, '%', null, '增长4.9%'), null, { note: q1 });

// ── 一、农业 ── (no period word in the section: the release's quarter, 一季度)
const q1s = yr + '; quarter: 一季度 (the release’s period; the section states none)';
I('s1', A, P, '全县实现农林牧渔总产值9.48亿元,增长0.8%', '农林牧渔总产值9.48亿元,增长0.8%', '农林牧渔总产值', 9.48, '亿元', g(0.8, '%', null, '增长0.8%'), null, { note: q1s });
I('s1', A, P, '蔬菜及食用菌产量9.72万吨,增长2.0%', null, '蔬菜及食用菌产量', 9.72, '万吨', g(2.0, '%', null, '增长2.0%'), null, { note: q1s });
I('s1', A, P, '生猪出栏16.68万头,下降7.7%', null, '生猪出栏', 16.68, '万头', g(-7.7, '%', null, '下降7.7%'), null, { note: q1s });

// ── 二、工业 ──
I('s2', A, P, '全县工业增加值增长6.0%', '工业增加值增长6.0%', '工业增加值', null, null, g(6.0, '%', null, '增长6.0%'), null, { note: q1s });
I('s2', A, P, '其中规模以上工业增加值增长7.2%', '规模以上工业增加值增长7.2%', '规模以上工业增加值', null, null, g(7.2, '%', null, '增长7.2%'), null, { note: q1s });
I('s2', A, P, '采矿业增加值下降17.3%', null, '采矿业增加值', null, null, g(-17.3, '%', null, '下降17.3%'), null, { note: q1s });
I('s2', A, P, '制造业增加值增长10.3%', null, '制造业增加值', null, null, g(10.3, '%', null, '增长10.3%'), null, { note: q1s });
I('s2', A, P, '电力、热力、燃气及水生产和供应业增加值下降15.8%', null, '电力、热力、燃气及水生产和供应业增加值', null, null, g(-15.8, '%', null, '下降15.8%'), null, { note: q1s });
I('s2', A, P, '服装产量增长114.6%', null, '服装产量', null, null, g(114.6, '%', null, '增长114.6%'), null, { note: q1s });
I('s2', A, P, '饮料产量增长65.5%', null, '饮料产量', null, null, g(65.5, '%', null, '增长65.5%'), null, { note: q1s });
I('s2', A, P, '食用植物油产量增长15.0%', null, '食用植物油产量', null, null, g(15.0, '%', null, '增长15.0%'), null, { note: q1s });

// ── 三、固定资产投资 ──
I('s3', A, P, '全县固定资产投资增长9.7%', '固定资产投资增长9.7%', '固定资产投资', null, null, g(9.7, '%', null, '增长9.7%'), null, { note: q1s });
const inv = q1s + '; after 分产业看 the member is named as written (its investment)';
I('s3', A, P, '第一产业增长129.2%', null, '第一产业', null, null, g(129.2, '%', null, '增长129.2%'), null, { note: inv });
I('s3', A, P, '第二产业增长33.5%', null, '第二产业', null, null, g(33.5, '%', null, '增长33.5%'), null, { note: inv });
I('s3', A, P, '第三产业下降1.8%', null, '第三产业', null, null, g(-1.8, '%', null, '下降1.8%'), null, { note: inv });

// ── 四、消费 ──
I('s4', A, P, '全县实现社会消费品零售总额29.21亿元,增长1.4%', '社会消费品零售总额29.21亿元,增长1.4%', '社会消费品零售总额', 29.21, '亿元', g(1.4, '%', null, '增长1.4%'), null, { note: q1s });

// ── 五、服务业 ──
I('s5', A, P, '全县规上服务业实现营业收入3.7亿元, 比上年下降1.8%', '规上服务业实现营业收入3.7亿元, 比上年下降1.8%', '规上服务业实现营业收入', 3.7, '亿元',
  g(-1.8, '%', 'yoy', '比上年下降1.8%'), null,
  { note: yr + '; months: 1-2月; §3 name: subject + 实现 + object, the object 营业收入 alone does not say whose → as written; space after the comma inside the span' });
I('s5', A, P, '全县本外币存贷余额440.95亿元,增长6.4%', '本外币存贷余额440.95亿元,增长6.4%', '本外币存贷余额', 440.95, '亿元', g(6.4, '%', null, '增长6.4%'), null,
  { note: yr + '; months: 3月末 (end of March); odd name 存贷余额 kept as written' });
I('s5', A, P, '贷款余额354.88亿元,增长2.6%', null, '贷款余额', 354.88, '亿元', g(2.6, '%', null, '增长2.6%'), null, { note: yr + '; months: 3月末' });

// ── 六、居民收入 ──
I('s6', A, P, '全县全体居民人均可支配收入7256元,增长5.8%', '全体居民人均可支配收入7256元,增长5.8%', '全体居民人均可支配收入', 7256, '元', g(5.8, '%', null, '增长5.8%'), null, { note: q1s });
I('s6', A, P, '城镇常住居民人均可支配收入10063元,增长5.2%', null, '城镇常住居民人均可支配收入', 10063, '元', g(5.2, '%', null, '增长5.2%'), null, { note: q1s });
I('s6', A, P, '农村常住居民人均可支配收入4974元,增长6.6%', null, '农村常住居民人均可支配收入', 4974, '元', g(6.6, '%', null, '增长6.6%'), null, { note: q1s });
I('s6', A, P, '城乡收入比持续缩小,由上年同期的2.05:1下降为2.02:1', null, '城乡收入比', 2.02, null, null, null,
  { note: q1s + '; §1 a level reached from another: new level the value, old inside the span, no growth computed; §1 ratio x∶1 → value x, unit null' });

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
