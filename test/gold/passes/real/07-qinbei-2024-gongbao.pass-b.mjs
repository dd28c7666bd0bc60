// Gold annotation, pass B, for test/fixtures/real/07-qinbei-2024-gongbao.txt (钦北区 2024年国民经济和社会发展统计公报, opening).
// Made from the source text, /work/shared/CONTRACT.md §2–3, docs/annotation.md and the brief (/work/wt/ANNOTATE.md) only.
// Pass B reads in reverse, last paragraph first; the entries below are in that order, the output is sorted by span.
// Run: node test/gold/passes/real/07-qinbei-2024-gongbao.pass-b.mjs   (from /work/main)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commonItemErrors, written } from '../gold-checks.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, '..', '..', '..', '..');
const BASE = '07-qinbei-2024-gongbao';
const SOURCE = `test/fixtures/real/${BASE}.txt`;
const OUT = join(here, `${BASE}.pass-b.json`);
const src = readFileSync(join(ROOT, SOURCE), 'utf8');
const { GoldDocumentSchema } = await import(join(ROOT, 'dist/schema/gold.js'));

const G = (value, unit, basis, text) => ({ value, unit, basis, text });
const errors = [];
const items = [];
const count = (h, n) => { let c = 0, i = -1; while ((i = h.indexOf(n, i + 1)) >= 0) c++; return c; };
function spanOf(anchor, text) {
  const n = count(src, anchor);
  if (n !== 1) { errors.push(`anchor occurs ${n}x: ${anchor}`); return null; }
  const k = count(anchor, text);
  if (k !== 1) { errors.push(`text occurs ${k}x in anchor: ${text}`); return null; }
  const start = src.indexOf(anchor) + anchor.indexOf(text);
  return { start, end: start + text.length };
}
let cur = {};
const ctx = (o) => { cur = { ...cur, ...o }; };
function E(o) {
  const span = o.span ?? spanOf(o.anchor ?? o.text, o.text);
  if (!span) return;
  items.push({ name: o.name, value: o.value, ...(o.valueHigh != null ? { valueHigh: o.valueHigh } : {}),
    unit: o.unit ?? null, growth: o.growth ?? null, qualifier: o.qualifier ?? null,
    status: o.status ?? cur.status, period: o.period ?? cur.period, sectionId: o.sectionId ?? cur.sectionId,
    span, text: src.slice(span.start, span.end), ...(o.note ? { note: o.note } : {}) });
}


// Headings: `一、综 合` (letter-spaced) → s1; line 1 (before it) → null (it holds no item).
const HEADS = [['一、综 合', 's1']];
const heads = HEADS.map(([a, id]) => [src.indexOf(a), id]);
const sectionAt = (p) => { let id = null; for (const [s, h] of heads) if (s >= 0 && s <= p) id = h; return id; };
// Period: the communiqué reports on 2024 (`2024年正值…`, `全年`, `2024年,…`, table `2024年年末`); no title.
ctx({ sectionId: 's1', status: 'actual', period: '2024' });

// ───── last paragraph: 表2 `2020-2024年全区就业情况` / `指标 |` — caption and header only, no item.

// ───── 2024年,全区城镇新增就业人数0.30万人,比上年增加0.01万人。城镇失业人员再就业1122人,就业困难人员就业399人。
//       年末城镇登记失业率2.87%,比上年末降低1.08个百分点。
E({ anchor: '年末城镇登记失业率2.87%,比上年末降低1.08个百分点', text: '城镇登记失业率2.87%,比上年末降低1.08个百分点',
  name: '城镇登记失业率', value: 2.87, unit: '%', growth: G(-1.08, 'pp', 'yoy', '比上年末降低1.08个百分点'),
  note: '降低 → negative pp; 比上年末 → yoy; 年末 dropped as a time word' });
E({ text: '就业困难人员就业399人', name: '就业困难人员就业', value: 399, unit: '人' });
E({ text: '城镇失业人员再就业1122人', name: '城镇失业人员再就业', value: 1122, unit: '人' });
E({ anchor: '城镇新增就业人数0.30万人,比上年增加0.01万人', text: '比上年增加0.01万人', name: '城镇新增就业人数增加', value: 0.01, unit: '万人',
  note: '§1 amount of change, subject left out: measure + verb, span on the clause' });
E({ anchor: '全区城镇新增就业人数0.30万人', text: '城镇新增就业人数0.30万人', name: '城镇新增就业人数', value: 0.3, unit: '万人',
  note: '全区 dropped (area); 0.30 → 0.3' });

// ───── 表1 2024年年末钦北区户籍人口构成情况表: `指标 | 年末人口(万人) | 比重(%) |`
// Names `<row label> <column name>`: column 年末人口 without its unit and without the time word 年末 (as
// `2023年完成` → `完成`; 年末 figures belong to the year, §3 period) → `人口`; 比重 → `比重`.
// `其中:` dropped from the name, the span starts at `其中`. Age-band labels (`0-17岁`, the source's typo
// `35-39岁`, `60岁以上`) are part of the row name, not values or ranges. No growth column.
const T1 = [
  ['总户籍人口 | 88.3 | 100 |', '总户籍人口', 88.3, 100],
  ['其中:城镇 | 22.14 | 25 |', '城镇', 22.14, 25],
  ['乡村 | 66.16 | 75 |', '乡村', 66.16, 75],
  ['其中:男性 | 49.31 | 56 |', '男性', 49.31, 56],
  ['女性 | 38.99 | 44 |', '女性', 38.99, 44],
  ['其中:0-17岁 | 22.52 | 26 |', '0-17岁', 22.52, 26],
  ['18-34岁 | 20.99 | 24 |', '18-34岁', 20.99, 24],
  ['35-39岁 | 30.64 | 35 |', '35-39岁', 30.64, 35],
  ['60岁以上 | 14.15 | 16 |', '60岁以上', 14.15, 16],
];
for (const [row, label, pop, share] of T1) {
  const anchor = '\n' + row;
  const a = row.indexOf(' | ' + pop + ' |') + 3 + String(pop).length;
  const b = row.lastIndexOf(' |');
  const extra = label === '35-39岁' ? '; row label as written (35-39岁 is evidently a typo for 35-59岁: the bands sum to 100%)' : '';
  E({ anchor, text: row.slice(0, a), name: `${label} 人口`, value: pop, unit: '万人',
    note: '§1 Tables: unit from the header 年末人口(万人); 年末 dropped from the column name as a time word' + extra });
  E({ anchor, text: row.slice(0, b), name: `${label} 比重`, value: share, unit: '%',
    note: '§1 Tables: unit from the header 比重(%); integer share as written' + extra });
}
// 表1 caption (`2024年年末`, `表1`) and 图3 caption (`2020-2024年`): dates/ordinals, no item.

// ───── 年末全区户籍总人口88.30万人,比上年末增加0.1万人。全区常住人口[3]72.78万人,其中城镇人口37.93万人,
//       常住人口城镇化率为52.11%,比上年末提高0.75个百分点。全年出生人口6261人,出生率为8.65‰;
//       死亡人口4544人,死亡率为6.27‰;自然增长率为2.38‰。
E({ text: '自然增长率为2.38‰', name: '自然增长率', value: 2.38, unit: '‰', note: 'brief: ‰ is a unit of its own' });
E({ text: '死亡率为6.27‰', name: '死亡率', value: 6.27, unit: '‰', note: 'brief: ‰ is a unit of its own' });
E({ text: '死亡人口4544人', name: '死亡人口', value: 4544, unit: '人' });
E({ text: '出生率为8.65‰', name: '出生率', value: 8.65, unit: '‰', note: 'brief: ‰ is a unit of its own' });
E({ text: '出生人口6261人', name: '出生人口', value: 6261, unit: '人', note: '全年 dropped (time word)' });
E({ text: '常住人口城镇化率为52.11%,比上年末提高0.75个百分点', name: '常住人口城镇化率', value: 52.11, unit: '%',
  growth: G(0.75, 'pp', 'yoy', '比上年末提高0.75个百分点') });
E({ text: '城镇人口37.93万人', name: '城镇人口', value: 37.93, unit: '万人', note: '其中 before the name dropped' });
E({ text: '常住人口[3]72.78万人', name: '常住人口', value: 72.78, unit: '万人',
  note: 'brief: footnote mark [3] fused between name and value is an ordinal inside the span; the name drops it' });
E({ anchor: '户籍总人口88.30万人,比上年末增加0.1万人', text: '比上年末增加0.1万人', name: '户籍总人口增加', value: 0.1, unit: '万人',
  note: '§1 amount of change, subject left out: measure + verb, span on the clause' });
E({ text: '户籍总人口88.30万人', name: '户籍总人口', value: 88.3, unit: '万人', note: '年末全区 dropped (time, area)' });
// 图1 / 图2 captions `2020-2024年…`: dates, no item.

// ───── 初步核算,全年全区生产总值[2](GDP)345.94亿元,按可比价计算,比上年增长5.9%。其中,第一产业增加值90.02亿元,
//       增长4.1%;第二产业增加值77.96亿元,增长9%;第三产业增加值177.96亿元,增长5.4%。第一、二、三产业增加值
//       占地区生产总值的比重分别为26.02%、22.54%和51.44%。按常住人口计算,全年人均地区生产总值47652元,比上年增长5.6%。
E({ text: '人均地区生产总值47652元,比上年增长5.6%', name: '人均地区生产总值', value: 47652, unit: '元',
  growth: G(5.6, '%', 'yoy', '比上年增长5.6%') });
{
  const head = '第一、二、三产业增加值占地区生产总值的比重分别为';
  const full = head + '26.02%、22.54%和51.44%';
  const n = '§1 分别: one item per member, the shared measure prefixed by the member (第一、二、三产业 → 第一产业…); span from the shared phrase to the member\'s own figure';
  E({ anchor: full, text: head + '26.02%', name: '第一产业增加值占地区生产总值的比重', value: 26.02, unit: '%', note: n });
  E({ anchor: full, text: head + '26.02%、22.54%', name: '第二产业增加值占地区生产总值的比重', value: 22.54, unit: '%', note: n });
  E({ anchor: full, text: full, name: '第三产业增加值占地区生产总值的比重', value: 51.44, unit: '%', note: n });
}
E({ text: '第三产业增加值177.96亿元,增长5.4%', name: '第三产业增加值', value: 177.96, unit: '亿元', growth: G(5.4, '%', null, '增长5.4%') });
E({ text: '第二产业增加值77.96亿元,增长9%', name: '第二产业增加值', value: 77.96, unit: '亿元', growth: G(9, '%', null, '增长9%') });
E({ text: '第一产业增加值90.02亿元,增长4.1%', name: '第一产业增加值', value: 90.02, unit: '亿元', growth: G(4.1, '%', null, '增长4.1%') });
E({ text: '生产总值[2](GDP)345.94亿元,按可比价计算,比上年增长5.9%', name: '生产总值', value: 345.94, unit: '亿元',
  growth: G(5.9, '%', 'yoy', '比上年增长5.9%'),
  note: 'brief: footnote mark [2] is an ordinal inside the span, dropped from the name; 全年全区 dropped; name the shortest written phrase (生产总值; `(GDP)` only restates it); 按可比价计算 is a method, not a comparison year' });

// ───── line 1 (before 一、): `成立75周年` (date), `“十四五”`, `“一区两地一园一通道”`, `“359”目标任务体系` (slogans): no item.
// ───────────── checks and output ─────────────
for (const x of items) {
  const w = x.text.slice(0, 40);
  // a value broken by a hard wrap (`25\n0.3`) or written with a traditional 萬/億 (`1萬余個`) is checked on the
  // text with the line breaks removed and 萬/億 read as 万/亿 (gold-checks' `written` knows only the simplified)
  errors.push(...commonItemErrors(src, x, w).filter((e) => !(/value .* not written/.test(e) && x.value !== null
    && written(x.text.replace(/\n/g, '').replace(/萬/g, '万').replace(/億/g, '亿'), x.value))));
  if (sectionAt(x.span.start) !== x.sectionId) errors.push(`${w}: section ${x.sectionId} ≠ ${sectionAt(x.span.start)}`);
  if (x.growth && (/(下降|降低|减少|回落|慢)/.test(x.growth.text) || /^-/.test(x.growth.text)) && x.growth.value >= 0) errors.push(`${w}: fall not negative`);
}
items.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
for (let i = 1; i < items.length; i++) {
  const p = items[i - 1], q = items[i];
  if (p.span.start === q.span.start && p.span.end === q.span.end && p.value === q.value && p.growth?.value === q.growth?.value) errors.push(`duplicate: ${q.text}`);
}
const doc = { document: BASE, source: SOURCE, annotator: 'pass-b', indicators: items };
const parsed = GoldDocumentSchema.safeParse(doc);
if (!parsed.success) errors.push('schema: ' + JSON.stringify(parsed.error.issues.slice(0, 5)));
if (errors.length) { console.error(errors.join('\n')); process.exit(1); }
writeFileSync(OUT, JSON.stringify(doc, null, 2) + '\n');
const by = (f) => items.reduce((m, x) => ((m[f(x)] = (m[f(x)] || 0) + 1), m), {});
console.log(`${BASE}: verified ${items.length} items (spans, values, sections, schema)`);
console.log('status', by((x) => x.status), 'period', by((x) => x.period), 'section', by((x) => x.sectionId));
