// Gold annotation, pass A (top to bottom) for test/fixtures/real/03-gucheng-2020-gongzuo.txt.
// Made from the text, /work/shared/CONTRACT.md §2–3, docs/annotation.md and the brief /work/wt/ANNOTATE.md only.
// Run: node test/gold/passes/real/03-gucheng-2020-gongzuo.pass-a.mjs   (from /work/main); writes 03-gucheng-2020-gongzuo.pass-a.json beside it.
const ID = '03-gucheng-2020-gongzuo';
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

// Work report repost. Site line, titles, session line, byline, salutation → before the first heading, no figure
// (公文搜 timestamp = page furniture; 2020年12月23日 a date; 第十八届/第五次 ordinals). `一、十三五时期工作总结jMF` → s1
// (the watermark jMF is not part of the heading). Hard wraps at fixed width run through names and numbers.
// 五年, 五年间 (durations: date), 第一时间 (×5, a phrase), 用一个多月时间…, 用两个多月时间… (the time frame of an
// action, as `用3-5年时间` is a date; see questions) → no items.
// `预计十三五末,` governs the whole `;`-list (one sentence, cut at the end) → estimate. Period "2020": 十三五末 is the
// end of 2020, the report's year (title 2020年谷城县人民政府工作报告). 年均增长 has no comparison with the year before →
// basis null.
const s1 = 's1', P = '2020';
I(s1, E, P, '全县地区生产\n总值突破400亿元,年均增长6.2%', '地区生产\n总值突破400亿元,年均增长6.2%',
  '地区生产总值', 400, '亿元', g(6.2, '%', null, '年均增长6.2%'), 'more_than',
  { note: 'name across a hard wrap, written without the line break; 突破 with no exact value → more_than (§3 qualifier); 年均增长 (average annual growth over the five years) basis null' });
I(s1, E, P, '人均生产总值7.9万元,年均增长6%', '人均生产总值7.9万元,年均增长6%', '人均生产总值', 7.9, '万元', g(6, '%', null, '年均增长6%'));
I(s1, E, P, '固定资产投资25\n0.3亿元,可比年均增长10.3%', '固定资产投资25\n0.3亿元,可比年均增长10.3%',
  '固定资产投资', 250.3, '亿元', g(10.3, '%', null, '可比年均增长10.3%'), null,
  { note: 'value 250.3 across a hard wrap (25\\n0.3)' });
I(s1, E, P, '社会消费品零售总额140亿元,年均增长8.2%', '社会消费品零售总额140亿元,年均增长8.2%', '社会消费品零售总额', 140, '亿元', g(8.2, '%', null, '年均增长8.2%'));
I(s1, E, P, '外贸出口2\n.5亿美元,年均增长6.1%', '外贸出口2\n.5亿美元,年均增长6.1%', '外贸出口', 2.5, '亿美元', g(6.1, '%', null, '年均增长6.1%'), null,
  { note: 'value 2.5 across a hard wrap (2\\n.5); unit 亿美元 as written' });
I(s1, E, P, '利用外资5184万美元,年均增长10%', '利用外资5184万美元,年均增长10%', '利用外资', 5184, '万美元', g(10, '%', null, '年均增长10%'));
I(s1, E, P, '城镇常住居民人均可支配\n收入35867元,年均增长7.7%', '城镇常住居民人均可支配\n收入35867元,年均增长7.7%',
  '城镇常住居民人均可支配收入', 35867, '元', g(7.7, '%', null, '年均增长7.7%'), null, { note: 'name across a hard wrap' });
// 农村常住 … cut mid-clause, no figure.

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
