// Gold annotation, pass A (top to bottom) for test/fixtures/real/01-shanghe-2023-gongbao.txt.
// Made from the text, /work/shared/CONTRACT.md §2–3, docs/annotation.md and the brief /work/wt/ANNOTATE.md only.
// Run: node test/gold/passes/real/01-shanghe-2023-gongbao.pass-a.mjs   (from /work/main); writes 01-shanghe-2023-gongbao.pass-a.json beside it.
const ID = '01-shanghe-2023-gongbao';
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

// Statistical communiqué (traditional characters, one line). Text before `一、綜合` → sectionId null (no figure
// there: “一三四六”, “四個一” are slogans, 二十大 an ordinal). `一、綜合` mid-line → s1. Period "2023" (title and
// `2023年全縣地區生產總值`). Status actual throughout.
const s1 = 's1', P = '2023';
// 經濟南市統計局 = 經 + 濟南市統計局 (attribution, no figure).
I(s1, A, P, '地區生產總值[2]246.1億元,名義增長6.8%', '地區生產總值[2]246.1億元,名義增長6.8%',
  '地區生產總值', 246.1, '億元', g(6.8, '%', null, '名義增長6.8%'), null,
  { note: 'footnote mark [2] dropped from the name (brief); the value takes the growth written next to it (名義, no comparison word → basis null); the comparable-price growth is its own item' });
I(s1, A, P, '名義增長6.8%,按可比價格計算,比上年增長7.0%', '按可比價格計算,比上年增長7.0%',
  '地區生產總值', null, null, g(7.0, '%', 'yoy', '比上年增長7.0%'), null,
  { note: 'a second growth of the same measure (an item has one growth): own item named after the measure, span on the clause with its condition 按可比價格計算 (§1 second figure, §3 span)' });
I(s1, A, P, '第一產業增加值59.8億元,增長5.0%', '第一產業增加值59.8億元,增長5.0%', '第一產業增加值', 59.8, '億元', g(5.0, '%', null, '增長5.0%'));
I(s1, A, P, '第二產業增加值80.2億元,增長10.0%', '第二產業增加值80.2億元,增長10.0%', '第二產業增加值', 80.2, '億元', g(10.0, '%', null, '增長10.0%'));
I(s1, A, P, '第三產業增加值106.1億元,增長6.2%', '第三產業增加值106.1億元,增長6.2%', '第三產業增加值', 106.1, '億元', g(6.2, '%', null, '增長6.2%'));
// 三次產業比例由上年的25.1:33.6:41.3調整為24.3:32.6:43.1 → ratio of structure, no item (§1)
I(s1, A, P, '二三產業占比較去年同期提高0.8個百分點', '二三產業占比較去年同期提高0.8個百分點',
  '二三產業占比', null, null, g(0.8, 'pp', 'yoy', '較去年同期提高0.8個百分點'), null,
  { note: '較去年同期 in an annual communiqué = the previous year → yoy' });
// 發展質效穩步提高?!八男隆苯洕黾又?0.2億元 → mojibake ate the name (“四新”經濟增加值 per README, not legible) and the
// first digit of the value: no item (brief). 名義增長10.0% after it: its measure cannot be named from the text → no item.
I(s1, A, P, '名義增長10.0%,占地區生產總值比重為28.5%', '占地區生產總值比重為28.5%',
  '占地區生產總值比重', 28.5, '%', null, null,
  { note: 'share after a mojibake-damaged value: named by its own relation (§3 subject left out), so an item (brief: readable share nameable from the text)' });
I(s1, A, P, '28.5%,占比較上年提高0.8個百分點', '占比較上年提高0.8個百分點',
  '占比', null, null, g(0.8, 'pp', 'yoy', '較上年提高0.8個百分點'), null,
  { note: 'change of the share; the noun 占比 in its own clause is the name (§3 subject left out)' });
I(s1, A, P, '對經濟增長貢獻率1.3%', '對經濟增長貢獻率1.3%', '對經濟增長貢獻率', 1.3, '%');
I(s1, A, P, '健康產業增加值14.1億元,名義增長11.8%', '健康產業增加值14.1億元,名義增長11.8%',
  '健康產業增加值', 14.1, '億元', g(11.8, '%', null, '名義增長11.8%'));
I(s1, A, P, '名義增長11.8%,占地區生產總值比重為5.7%', '占地區生產總值比重為5.7%', '占地區生產總值比重', 5.7, '%');
I(s1, A, P, '5.7%,占比較上年提高0.2個百分點', '占比較上年提高0.2個百分點',
  '占比', null, null, g(0.2, 'pp', 'yoy', '較上年提高0.2個百分點'));
I(s1, A, P, '現代服務業增加值[3]60.0億元,增長3.9%', '現代服務業增加值[3]60.0億元,增長3.9%',
  '現代服務業增加值', 60.0, '億元', g(3.9, '%', null, '增長3.9%'), null, { note: 'footnote mark [3] dropped from the name (brief)' });
I(s1, A, P, '制造業增加值占GDP比重為20.5%', '制造業增加值占GDP比重為20.5%', '制造業增加值占GDP比重', 20.5, '%');
I(s1, A, P, '20.5%,占比較上年提高0.2個百分點', '占比較上年提高0.2個百分點',
  '占比', null, null, g(0.2, 'pp', 'yoy', '較上年提高0.2個百分點'));
I(s1, A, P, '全年新增城鎮就業2332人', '新增城鎮就業2332人', '新增城鎮就業', 2332, '人');
I(s1, A, P, '開展招聘會59場', '招聘會59場', '招聘會', 59, '場', null, null, { note: '開展 dropped (§3 activity)' });
I(s1, A, P, '提供就業崗位1萬余個', '提供就業崗位1萬余個', '提供就業崗位', 10000, '個', null, 'more_than',
  { note: '萬 followed by 余 belongs to the number (§3 value: 2万余户 → 20000 户, more_than); 提供 kept as 供应 (selects the posts offered in the year)' });
I(s1, A, P, '發放創業擔保貸款6043萬元', '創業擔保貸款6043萬元', '創業擔保貸款', 6043, '萬元', null, null, { note: '發放 dropped (§3)' });
I(s1, A, P, '泉崗貸1000萬元', '泉崗貸1000萬元', '泉崗貸', 1000, '萬元', null, null,
  { note: 'list sharing 發放; 泉崗貸 is a loan product name' });
I(s1, A, P, '一次性創業補貼37萬元', '一次性創業補貼37萬元', '一次性創業補貼', 37, '萬元', null, null,
  { note: '一次性 is a word, not a number (§2)' });
I(s1, A, P, '失業保險金999萬元', '失業保險金999萬元', '失業保險金', 999, '萬元');
I(s1, A, P, '失業補助金58萬元', '失業補助金58萬元', '失業補助金', 58, '萬元');
I(s1, A, P, '開展職業培訓4794人次', '職業培訓4794人次', '職業培訓', 4794, '人次', null, null, { note: '開展 dropped (§3 activity)' });
// 開展城鄉公益 … the excerpt ends mid-clause, no figure.

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
