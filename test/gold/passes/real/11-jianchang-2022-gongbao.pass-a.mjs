// Gold annotation, pass A (top to bottom) for test/fixtures/real/11-jianchang-2022-gongbao.txt.
// Made from the text, /work/shared/CONTRACT.md §2–3, docs/annotation.md and /work/wt/ANNOTATE.md only.
// Run: node test/gold/passes/real/11-jianchang-2022-gongbao.pass-a.mjs   (from /work/main)
const BASE = '11-jianchang-2022-gongbao';
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

// Traditional characters with simplified/pinyin residue in brackets (`地區(qū)`, `產業(yè)`): names and units without
// the residue, span/text exact slices (ANNOTATE.md). Title `(遼寧?。?022年…` (mojibake), issuer line and opening
// paragraph (十九大, 十九屆, 二十大 ordinals; 2022年 date) → no item.
// Headings without 、 (`一 綜合情況`, `二 農林牧漁業(yè)生產`) are numbered headings → s1, s2.
const HEADINGS = [['\n一 綜合情況', 's1'], ['\n二 農林牧漁業(yè)生產', 's2']];
const P = '2022';
const noise = 'name without the converter residue in brackets (ANNOTATE.md)';

// ── 一 綜合情況 ──
I('s1', A, P, '全年實現地區(qū)生產總值91.8億元,比上年下降1.4%(按可比價格計算)', '地區(qū)生產總值91.8億元,比上年下降1.4%',
  '地區生產總值', 91.8, '億元', g(-1.4, '%', 'yoy', '比上年下降1.4%'), null,
  { note: noise + '; the parenthetical (按可比價格計算) after the growth stays outside the span (the span ends at the last quantity)' });
I('s1', A, P, '第一產業(yè)增加值30.5億元,同比增長3.5%', null, '第一產業增加值', 30.5, '億元', g(3.5, '%', 'yoy', '同比增長3.5%'), null, { note: noise });
I('s1', A, P, '第二產業(yè)增加值14.2億元,同比下降12.6%', null, '第二產業增加值', 14.2, '億元', g(-12.6, '%', 'yoy', '同比下降12.6%'), null, { note: noise });
I('s1', A, P, '第三產業(yè)增加值47.1億元,同比下降1.1%', null, '第三產業增加值', 47.1, '億元', g(-1.1, '%', 'yoy', '同比下降1.1%'), null, { note: noise });
I('s1', A, P, '工業(yè)實現增加值12.5億元,同比下降11.5%', null, '工業實現增加值', 12.5, '億元', g(-11.5, '%', 'yoy', '同比下降11.5%'), null,
  { note: noise + '; §3 name: subject + 實現 + object, the object (增加值) alone does not name the measure → as written (as 民营经济实现增加值)' });
I('s1', A, P, '建筑業(yè)實現增加值1.7億元,同比下降18.7%', null, '建筑業實現增加值', 1.7, '億元', g(-18.7, '%', 'yoy', '同比下降18.7%'), null,
  { note: noise + '; as 工業實現增加值' });
I('s1', A, P, '人均地區(qū)生產總值20490元', null, '人均地區生產總值', 20490, '元', null, null, { note: noise });
// 三次產業(yè)結構比重為33.3:15.4:51.3 → ratio of structure, no item (§1)
I('s1', A, P, '年末“四上”企業(yè) 84 家', '“四上”企業(yè) 84 家', '“四上”企業', 84, '家', null, null,
  { note: noise + '; quotes around part of the name stay (§3 name); numeral inside the quotes is a category label; space-padded count' });
I('s1', A, P, '全年用電量59168萬千瓦小時,同比增長10.6%', '用電量59168萬千瓦小時,同比增長10.6%', '用電量', 59168, '萬千瓦小時',
  g(10.6, '%', 'yoy', '同比增長10.6%'));

// ── 二 農林牧漁業(yè)生產 ──
I('s2', A, P, '2022年全年實現農林牧漁業(yè)總產值59.24億元,同比增長2.46%', '農林牧漁業(yè)總產值59.24億元,同比增長2.46%',
  '農林牧漁業總產值', 59.24, '億元', g(2.46, '%', 'yoy', '同比增長2.46%'), null, { note: noise });
I('s2', A, P, '種植業(yè)23.99億元,增長1.2%', null, '種植業', 23.99, '億元', g(1.2, '%', null, '增長1.2%'), null, { note: noise + '; member after 其中, named as written' });
I('s2', A, P, '林業(yè)3.28億元,增長15.4%', null, '林業', 3.28, '億元', g(15.4, '%', null, '增長15.4%'), null, { note: noise });
I('s2', A, P, '畜牧業(yè)29.46億元,增長2.2%', null, '畜牧業', 29.46, '億元', g(2.2, '%', null, '增長2.2%'), null, { note: noise });
I('s2', A, P, '漁業(yè)0.45億元,下降3.5%', null, '漁業', 0.45, '億元', g(-3.5, '%', null, '下降3.5%'), null, { note: noise });
I('s2', A, P, '農林牧漁服務業(yè)2.06億元,增長4.2%', null, '農林牧漁服務業', 2.06, '億元', g(4.2, '%', null, '增長4.2%'), null, { note: noise });
I('s2', A, P, '全縣糧食作物播種面積98.6萬畝', '糧食作物播種面積98.6萬畝', '糧食作物播種面積', 98.6, '萬畝');
I('s2', A, P, '玉米播種面積90.8萬畝', null, '玉米播種面積', 90.8, '萬畝');
I('s2', A, P, '糧食產量為290448噸,同比增長1.4%', null, '糧食產量', 290448, '噸', g(1.4, '%', 'yoy', '同比增長1.4%'));
I('s2', A, P, '玉米產量273650噸,增長2%', null, '玉米產量', 273650, '噸', g(2, '%', null, '增長2%'));
I('s2', A, P, '園林水果產量57009噸,同比增長6.02%', null, '園林水果產量', 57009, '噸', g(6.02, '%', 'yoy', '同比增長6.02%'));
I('s2', A, P, '其中蘋果8595噸,同比增長5.97%', '蘋果8595噸,同比增長5.97%', '蘋果', 8595, '噸', g(5.97, '%', 'yoy', '同比增長5.97%'), null,
  { note: 'member of 園林水果產量 after 其中, named as written' });
I('s2', A, P, '梨32690噸,同比增長1.09% 。', '梨32690噸,同比增長1.09%', '梨', 32690, '噸', g(1.09, '%', 'yoy', '同比增長1.09%'), null,
  { note: 'span ends at the growth, before the space and 。' });

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
