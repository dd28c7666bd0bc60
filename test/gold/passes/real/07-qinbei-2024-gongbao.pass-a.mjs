// Gold annotation, pass A (top to bottom) for test/fixtures/real/07-qinbei-2024-gongbao.txt.
// Made from the text, /work/shared/CONTRACT.md §2–3, docs/annotation.md and the brief /work/wt/ANNOTATE.md only.
// Run: node test/gold/passes/real/07-qinbei-2024-gongbao.pass-a.mjs   (from /work/main); writes 07-qinbei-2024-gongbao.pass-a.json beside it.
const ID = '07-qinbei-2024-gongbao';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { commonItemErrors, written } from '../gold-checks.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../../..');
const SOURCE = `test/fixtures/real/${ID}.txt`;
const OUT = resolve(here, `${ID}.pass-a.json`);
const src = readFileSync(resolve(root, SOURCE), 'utf8');
const { GoldDocumentSchema } = await import(pathToFileURL(resolve(root, 'dist/schema/gold.js')).href);

const A = 'actual', E = 'estimate', T = 'target';
const g = (value, unit, basis, text, qualifier) => (qualifier ? { value, unit, basis, text, qualifier } : { value, unit, basis, text });
const entries = [];
const errors = [];
/** I(sectionId, status, period, anchor, text, name, value, unit, growth, qualifier, extra): `text` is the unique
 *  occurrence inside the unique occurrence of `anchor` in the source; its offsets become the span. */
function I(sectionId, status, period, anchor, text, name, value, unit, growth = null, qualifier = null, extra = {}) {
  const a = src.indexOf(anchor);
  if (a < 0 || src.indexOf(anchor, a + 1) >= 0) { errors.push(`anchor not unique/absent: ${JSON.stringify(anchor)}`); return; }
  const k = anchor.indexOf(text);
  if (k < 0 || anchor.indexOf(text, k + 1) >= 0) { errors.push(`text not unique in anchor: ${JSON.stringify(text)}`); return; }
  const span = { start: a + k, end: a + k + text.length };
  entries.push({ name, value, ...(extra.valueHigh != null ? { valueHigh: extra.valueHigh } : {}), unit, growth, qualifier,
    status, period, sectionId, span, text, ...(extra.note ? { note: extra.note } : {}) });
}

// Statistical communiqué without a title. Opening paragraph (null): 成立75周年 a date, “十四五”, “一区两地一园一通道”,
// “359”目标任务体系 slogans/names → no items. `一、综 合` → s1. Period "2024" (opening sentence `2024年正值…`, and
// `2024年,全区…` below). Status actual throughout. Captions 图1–图3 (2020-2024年: dates) and 表1/表2 → no items.
const s1 = 's1', P = '2024';
I(s1, A, P, '全年全区生产总值[2](GDP)345.94亿元,按可比价计算,比上年增长5.9%', '生产总值[2](GDP)345.94亿元,按可比价计算,比上年增长5.9%',
  '生产总值', 345.94, '亿元', g(5.9, '%', 'yoy', '比上年增长5.9%'), null,
  { note: 'footnote mark [2] dropped from the name (brief); (GDP) an alias inside the span' });
I(s1, A, P, '第一产业增加值90.02亿元,增长4.1%', '第一产业增加值90.02亿元,增长4.1%', '第一产业增加值', 90.02, '亿元', g(4.1, '%', null, '增长4.1%'));
I(s1, A, P, '第二产业增加值77.96亿元,增长9%', '第二产业增加值77.96亿元,增长9%', '第二产业增加值', 77.96, '亿元', g(9, '%', null, '增长9%'));
I(s1, A, P, '第三产业增加值177.96亿元,增长5.4%', '第三产业增加值177.96亿元,增长5.4%', '第三产业增加值', 177.96, '亿元', g(5.4, '%', null, '增长5.4%'));
const SH = '第一、二、三产业增加值占地区生产总值的比重分别为26.02%、22.54%和51.44%';
I(s1, A, P, SH, '第一、二、三产业增加值占地区生产总值的比重分别为26.02%', '第一产业增加值占地区生产总值的比重', 26.02, '%', null, null,
  { note: '分别: members written bare before the shared head (§1); span from the shared phrase to the member\'s figure' });
I(s1, A, P, SH, '第一、二、三产业增加值占地区生产总值的比重分别为26.02%、22.54%', '第二产业增加值占地区生产总值的比重', 22.54, '%');
I(s1, A, P, SH, SH, '第三产业增加值占地区生产总值的比重', 51.44, '%');
I(s1, A, P, '全年人均地区生产总值47652元,比上年增长5.6%', '人均地区生产总值47652元,比上年增长5.6%',
  '人均地区生产总值', 47652, '元', g(5.6, '%', 'yoy', '比上年增长5.6%'));
I(s1, A, P, '年末全区户籍总人口88.30万人', '户籍总人口88.30万人', '户籍总人口', 88.30, '万人');
I(s1, A, P, '88.30万人,比上年末增加0.1万人', '比上年末增加0.1万人', '户籍总人口增加', 0.1, '万人', null, null,
  { note: 'amount of change, subject left out: measure + verb, span on the clause (§1)' });
I(s1, A, P, '全区常住人口[3]72.78万人', '常住人口[3]72.78万人', '常住人口', 72.78, '万人', null, null,
  { note: 'footnote mark [3] dropped from the name (brief)' });
I(s1, A, P, '其中城镇人口37.93万人', '城镇人口37.93万人', '城镇人口', 37.93, '万人');
I(s1, A, P, '常住人口城镇化率为52.11%,比上年末提高0.75个百分点', '常住人口城镇化率为52.11%,比上年末提高0.75个百分点',
  '常住人口城镇化率', 52.11, '%', g(0.75, 'pp', 'yoy', '比上年末提高0.75个百分点'));
I(s1, A, P, '全年出生人口6261人', '出生人口6261人', '出生人口', 6261, '人');
I(s1, A, P, '出生率为8.65‰', '出生率为8.65‰', '出生率', 8.65, '‰', null, null, { note: '‰ a unit of its own (brief)' });
I(s1, A, P, '死亡人口4544人', '死亡人口4544人', '死亡人口', 4544, '人');
I(s1, A, P, '死亡率为6.27‰', '死亡率为6.27‰', '死亡率', 6.27, '‰', null, null, { note: '‰ a unit of its own (brief)' });
I(s1, A, P, '自然增长率为2.38‰', '自然增长率为2.38‰', '自然增长率', 2.38, '‰', null, null,
  { note: 'a rate named as a noun with a level verb (为) → a value, not a growth (§1); ‰ its own unit (brief)' });

// 表1 2024年年末钦北区户籍人口构成情况表 — `|` rows. Units from the column headers: 年末人口(万人), 比重(%). Names
// `<row label> <column name>` without the unit; `其中:` dropped from the name, the span starts at it (§1 Tables).
// 年末人口 is kept whole: 年末 is not a year (see questions). Age-band labels (0-17岁, 60岁以上) are names: no range, no
// qualifier. No growth column.
function row(label, name, pop, share) {
  const anchor = `\n${label} | ${pop} | ${share} |`;
  I(s1, A, P, anchor, `${label} | ${pop}`, `${name} 年末人口`, Number(pop), '万人');
  I(s1, A, P, anchor, `${label} | ${pop} | ${share}`, `${name} 比重`, Number(share), '%');
}
row('总户籍人口', '总户籍人口', '88.3', '100');
row('其中:城镇', '城镇', '22.14', '25');
row('乡村', '乡村', '66.16', '75');
row('其中:男性', '男性', '49.31', '56');
row('女性', '女性', '38.99', '44');
row('其中:0-17岁', '0-17岁', '22.52', '26');
row('18-34岁', '18-34岁', '20.99', '24');
row('35-39岁', '35-39岁', '30.64', '35');
row('60岁以上', '60岁以上', '14.15', '16');

I(s1, A, P, '2024年,全区城镇新增就业人数0.30万人', '城镇新增就业人数0.30万人', '城镇新增就业人数', 0.30, '万人');
I(s1, A, P, '0.30万人,比上年增加0.01万人', '比上年增加0.01万人', '城镇新增就业人数增加', 0.01, '万人', null, null,
  { note: 'amount of change, subject left out: measure + verb (§1)' });
I(s1, A, P, '城镇失业人员再就业1122人', '城镇失业人员再就业1122人', '城镇失业人员再就业', 1122, '人');
I(s1, A, P, '就业困难人员就业399人', '就业困难人员就业399人', '就业困难人员就业', 399, '人');
I(s1, A, P, '年末城镇登记失业率2.87%,比上年末降低1.08个百分点', '城镇登记失业率2.87%,比上年末降低1.08个百分点',
  '城镇登记失业率', 2.87, '%', g(-1.08, 'pp', 'yoy', '比上年末降低1.08个百分点'));
// 表2 2020-2024年全区就业情况 / 指标 | → caption and a cut header, no item.

// ───────────── checks and output ─────────────
const YOY = /比上年|較上年|较上年|同比|比上年末|較去年同期|较去年同期|比上年同期|较上年同期|較上年同期/;
const FALL = /下降|降低|減少|减少|慢|-/;
for (const x of entries) {
  const w = `${x.name} ${JSON.stringify(x.text)}`;
  if (src.slice(x.span.start, x.span.end) !== x.text) errors.push(`${w}: slice !== text`);
  for (const e of commonItemErrors(src, x, w)) {
    // a hard wrap inside a number (25\n0.3), or a traditional 萬/億 after it: written once the break is taken out and
    // the multiplier read in its simplified form (gold-checks reads only 万/亿)
    if (/value .* not written in text/.test(e) && written(x.text.replace(/(?<=[\d.])\n(?=[\d.])/g, '').replace(/萬/g, '万').replace(/億/g, '亿'), x.value)) continue;
    errors.push(e);
  }
  if (x.growth) {
    if (FALL.test(x.growth.text) !== x.growth.value < 0) errors.push(`${w}: growth sign does not follow its text`);
    const yoyWritten = YOY.test(x.text) || (typeof TABLE_YOY !== 'undefined' && TABLE_YOY(x));
    if ((x.growth.basis === 'yoy') !== Boolean(yoyWritten)) errors.push(`${w}: basis ${x.growth.basis} but comparison word ${yoyWritten ? '' : 'not '}in span`);
  }
  if (!x.name || /\s{2,}|\n/.test(x.name)) errors.push(`${w}: bad name`);
}
entries.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
const seen = new Set();
for (const x of entries) {
  const key = JSON.stringify([x.span.start, x.span.end, x.value, x.unit, x.growth?.value ?? null]);
  if (seen.has(key)) errors.push(`duplicate item: ${x.text}`);
  seen.add(key);
}
const doc = { document: ID, source: SOURCE, annotator: 'pass-a', indicators: entries };
const parsed = GoldDocumentSchema.safeParse(doc);
if (!parsed.success) errors.push(`schema: ${parsed.error.message}`);
if (errors.length) { console.error(errors.join('\n')); process.exit(1); }
writeFileSync(OUT, JSON.stringify(doc, null, 2) + '\n');
const by = (f) => entries.reduce((m, x) => ((m[f(x)] = (m[f(x)] || 0) + 1), m), {});
console.log(`OK ${ID}: ${entries.length} items; every span verified (source.slice === text); GoldDocumentSchema valid`);
console.log('status', by((x) => x.status), 'period', by((x) => x.period), 'section', by((x) => x.sectionId));
