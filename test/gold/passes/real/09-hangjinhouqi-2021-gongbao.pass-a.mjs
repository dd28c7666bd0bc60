// Gold annotation, pass A (top to bottom) for test/fixtures/real/09-hangjinhouqi-2021-gongbao.txt.
// Made from the text, /work/shared/CONTRACT.md §2–3, docs/annotation.md and /work/wt/ANNOTATE.md only.
// Run: node test/gold/passes/real/09-hangjinhouqi-2021-gongbao.pass-a.mjs   (from /work/main)
const BASE = '09-hangjinhouqi-2021-gongbao';
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

// Forum furniture (查看: 698, 回复: 0, 签到天数: 720 天, 1万 主题, 1万 帖子, 14万 积分, Rank: 7, [LV.9],
// 积分 145105, 发表于 2022-8-9 16:34:46) → no item (ANNOTATE: page furniture).
// Opening paragraph: 十九大, 十九届 (ordinals), “六稳”“六保”, “十四五” (slogans) → no item.
const HEADINGS = [['一、综合情况', 's1']];
const s1 = 's1', P = '2021';

// ── 一、综合情况 (prose) ──
I(s1, A, P, '年末全旗常住人口为21.35万人', '常住人口为21.35万人', '常住人口', 21.35, '万人', null, null,
  { note: '§3 name: 年末 (time) and 全旗 (area) dropped' });
I(s1, A, P, '其中城镇人口11.31万人', '城镇人口11.31万人', '城镇人口', 11.31, '万人');
I(s1, A, P, '城镇人口11.31万人,占总人口的比重为52.99%', '占总人口的比重为52.99%', '占总人口的比重', 52.99, '%', null, null,
  { note: '§3 name, subject left out: the noun in the item’s own clause is the name, as written' });
I(s1, A, P, '乡村人口10.04万人', '乡村人口10.04万人', '乡村人口', 10.04, '万人');
I(s1, A, P, '乡村人口10.04万人,占总人口的比重为47.01%', '占总人口的比重为47.01%', '占总人口的比重', 47.01, '%', null, null,
  { note: '§3 name, subject left out' });

// ── 表1 2021年年末人口数及其构成 (one cell per line; units from the column headers 年末数(万人), 比重(%)) ──
// Column names: `年末数` kept whole (dropping 年末 as a time word would leave a bare 数); `比重`.
// Rows 其中:男性 / 女性 hold only `-` (empty cells) → no item (§1 Tables).
const tn = '§1 Tables: name <row label> <column name>, unit from the column header; the figure is also in the prose above (both annotated)';
I(s1, A, P, '全旗常住人口\n      21.35\n      100', '全旗常住人口\n      21.35', '全旗常住人口 年末数', 21.35, '万人', null, null,
  { table: true, tableUnit: true, note: tn + '; row label kept as written (全旗 included)' });
I(s1, A, P, '全旗常住人口\n      21.35\n      100', '全旗常住人口\n      21.35\n      100', '全旗常住人口 比重', 100, '%', null, null,
  { table: true, tableUnit: true, note: tn + '; total share 100 written without decimals' });
I(s1, A, P, '其中:城镇\n      11.31\n      52.99', '其中:城镇\n      11.31', '城镇 年末数', 11.31, '万人', null, null,
  { table: true, tableUnit: true, note: tn + '; 其中: dropped from the name, span from 其中' });
I(s1, A, P, '其中:城镇\n      11.31\n      52.99', '其中:城镇\n      11.31\n      52.99', '城镇 比重', 52.99, '%', null, null,
  { table: true, tableUnit: true, note: tn + '; 其中: dropped from the name, span from 其中' });
I(s1, A, P, '农村\n      10.04\n      47.01', '农村\n      10.04', '农村 年末数', 10.04, '万人', null, null,
  { table: true, tableUnit: true, note: tn + '; the indented row (15 spaces) is a sub-row; span from its label' });
I(s1, A, P, '农村\n      10.04\n      47.01', '农村\n      10.04\n      47.01', '农村 比重', 47.01, '%', null, null,
  { table: true, tableUnit: true, note: tn });

// ── GDP and its parts ──
I(s1, A, P, '全旗实现地区生产总值125.48亿元,按不变价格计算,同比增长3.8%', '地区生产总值125.48亿元,按不变价格计算,同比增长3.8%',
  '地区生产总值', 125.48, '亿元', g(3.8, '%', 'yoy', '同比增长3.8%'), null,
  { note: '§3 name: 全旗实现 + object naming the measure → the object; 按不变价格计算 inside the span' });
I(s1, A, P, '第一产业增加值49.82亿元,同比增长5.3%', null, '第一产业增加值', 49.82, '亿元', g(5.3, '%', 'yoy', '同比增长5.3%'));
I(s1, A, P, '第二产业增加值22.71亿元,同比增长-0.1%', null, '第二产业增加值', 22.71, '亿元', g(-0.1, '%', 'yoy', '同比增长-0.1%'), null,
  { note: '§1 a fall: 增长-0.1% → −0.1 %' });
I(s1, A, P, '第三产业增加值52.94亿元,同比增长4.0%', null, '第三产业增加值', 52.94, '亿元', g(4.0, '%', 'yoy', '同比增长4.0%'));
// 三次产业结构由上年的 38.8:17.0:44.2演进为39.7:18.1:42.2 → ratio of structure, no item (§1)

// ── employment ──
I(s1, A, P, '全旗新增城镇就业1081人', '新增城镇就业1081人', '新增城镇就业', 1081, '人');
I(s1, A, P, '就地就近转移农村劳动力24008人', null, '就地就近转移农村劳动力', 24008, '人', null, null,
  { note: '§3 name: 转移 selects (without it 农村劳动力 would be the stock) and stays; 就地就近 restricts it' });
I(s1, A, P, '城镇登记失业率控制在3.81%以内', null, '城镇登记失业率', 3.81, '%', null, 'at_most',
  { note: '§3 status: 控制在…以内 on a result → at_most, actual' });

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
