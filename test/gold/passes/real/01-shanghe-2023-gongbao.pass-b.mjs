// Gold annotation, pass B, for test/fixtures/real/01-shanghe-2023-gongbao.txt (商河縣 2023年統計公報, forum repost, traditional characters).
// Made from the source text, /work/shared/CONTRACT.md §2–3, docs/annotation.md and the brief (/work/wt/ANNOTATE.md) only.
// Pass B reads in reverse, last paragraph first; the entries below are in that order, the output is sorted by span.
// Run: node test/gold/passes/real/01-shanghe-2023-gongbao.pass-b.mjs   (from /work/main)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commonItemErrors, written } from '../gold-checks.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, '..', '..', '..', '..');
const BASE = '01-shanghe-2023-gongbao';
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


// Headings: the whole excerpt is one line; `一、綜合` sits mid-line and is still a heading (brief) → s1 from
// there; the title and the opening paragraph before it → null (no item there). Run-in sentences
// (`經濟總量穩步擴大。`, …) are unnumbered → not sections.
const HEADS = [['一、綜合', 's1']];
const heads = HEADS.map(([a, id]) => [src.indexOf(a), id]);
const sectionAt = (p) => { let id = null; for (const [s, h] of heads) if (s >= 0 && s <= p) id = h; return id; };
// Period: the title's year (`2023年商河縣…統計公報`), also `2023年全縣地區生產總值`; all actual.
ctx({ sectionId: 's1', status: 'actual', period: '2023' });

// ───── 就業形勢總體穩定。… (last paragraph, cut at `開展城鄉公益`), last clause first.
E({ text: '職業培訓4794人次', name: '職業培訓', value: 4794, unit: '人次', note: '全年 and 開展 (an activity) dropped (§3 name)' });
{
  const list = '發放創業擔保貸款6043萬元、泉崗貸1000萬元、一次性創業補貼37萬元、失業保險金999萬元、失業補助金58萬元';
  const n = '發放 (money handed out) dropped (§3 name); one item per figure of the list sharing the verb';
  E({ anchor: list, text: '失業補助金58萬元', name: '失業補助金', value: 58, unit: '萬元', note: n });
  E({ anchor: list, text: '失業保險金999萬元', name: '失業保險金', value: 999, unit: '萬元', note: n });
  E({ anchor: list, text: '一次性創業補貼37萬元', name: '一次性創業補貼', value: 37, unit: '萬元', note: n + '; 一次性 is a word, not a number' });
  E({ anchor: list, text: '泉崗貸1000萬元', name: '泉崗貸', value: 1000, unit: '萬元', note: n + '; 泉崗貸 is a loan product, the name of the amount' });
  E({ anchor: list, text: '創業擔保貸款6043萬元', name: '創業擔保貸款', value: 6043, unit: '萬元', note: n });
}
E({ text: '提供就業崗位1萬余個', name: '提供就業崗位', value: 10000, unit: '個', qualifier: 'more_than',
  note: '§3 value: a 萬 followed by 余 belongs to the number (1萬余個 → 10000 個, more_than); 提供 kept: without it 就業崗位 would read as the stock of jobs (stock test, §3 name)' });
E({ text: '招聘會59場', name: '招聘會', value: 59, unit: '場', note: '開展 dropped (an activity)' });
E({ text: '新增城鎮就業2332人', name: '新增城鎮就業', value: 2332, unit: '人', note: '全年 dropped; 新增 leads its noun' });

// ───── 發展質效穩步提高?!八男隆苯洕黾又?0.2億元,名義增長10.0%,占地區生產總值比重為28.5%,占比較上年提高0.8個百分點,
//       對經濟增長貢獻率1.3%;健康產業增加值14.1億元,…;現代服務業增加值[3]60.0億元,增長3.9%;制造業增加值占GDP比重為20.5%,…
E({ text: '制造業增加值占GDP比重為20.5%,占比較上年提高0.2個百分點', name: '制造業增加值占GDP比重', value: 20.5, unit: '%',
  growth: G(0.2, 'pp', 'yoy', '較上年提高0.2個百分點'),
  note: 'a share and the change of that share (占比 = the same share) in one clause: one item, value % + growth pp yoy (as 税收占比达到80.9%，比上年提高1.9个百分点)' });
E({ text: '現代服務業增加值[3]60.0億元,增長3.9%', name: '現代服務業增加值', value: 60, unit: '億元', growth: G(3.9, '%', null, '增長3.9%'),
  note: 'brief: the footnote mark [3] is an ordinal inside the span, dropped from the name' });
{
  const c = '健康產業增加值14.1億元,名義增長11.8%,占地區生產總值比重為5.7%,占比較上年提高0.2個百分點';
  E({ anchor: c, text: '占地區生產總值比重為5.7%,占比較上年提高0.2個百分點', name: '占地區生產總值比重', value: 5.7, unit: '%',
    growth: G(0.2, 'pp', 'yoy', '較上年提高0.2個百分點'),
    note: 'share after a value and its growth: own item named by the relation (§3 subject left out, 占地区生产总值的比重); its change (占比 = this share) is its growth' });
  E({ anchor: c, text: '健康產業增加值14.1億元,名義增長11.8%', name: '健康產業增加值', value: 14.1, unit: '億元',
    growth: G(11.8, '%', null, '名義增長11.8%'), note: '名義增長 (nominal growth): basis null (no comparison word); growth.text keeps 名義' });
}
{
  const c = '?!八男隆苯洕黾又?0.2億元,名義增長10.0%,占地區生產總值比重為28.5%,占比較上年提高0.8個百分點,對經濟增長貢獻率1.3%';
  // `?!八男隆苯洕黾又?0.2億元`: the name (“四新”經濟增加值) and the first digit of the value are mojibake →
  // the value cannot be read, no item (brief). `名義增長10.0%` right after it: a bare growth whose measure is
  // named only inside the garbage → no item. The share and the contribution rate are nouns of their own
  // clauses and are named from the text → items (brief: "a readable growth or share right after it is an
  // item if its measure can be named from the text").
  E({ anchor: c, text: '對經濟增長貢獻率1.3%', name: '對經濟增長貢獻率', value: 1.3, unit: '%',
    note: 'follows a mojibake value; the rate is named by its own clause (brief: readable share nameable from the text)' });
  E({ anchor: c, text: '占地區生產總值比重為28.5%,占比較上年提高0.8個百分點', name: '占地區生產總值比重', value: 28.5, unit: '%',
    growth: G(0.8, 'pp', 'yoy', '較上年提高0.8個百分點'),
    note: 'follows a mojibake value (“四新”經濟增加值, unreadable): the share is named by its own clause, so it is an item (brief); its change is its growth' });
}

// ───── 經濟總量穩步擴大。經濟南市統計局統一核算并反饋,2023年全縣地區生產總值[2]246.1億元,名義增長6.8%,按可比價格計算,
//       比上年增長7.0%。分產業看,…三次產業比例由上年的25.1:33.6:41.3調整為24.3:32.6:43.1,二三產業占比較去年同期提高0.8個百分點。
E({ text: '二三產業占比較去年同期提高0.8個百分點', name: '二三產業占比', value: null, unit: null, growth: G(0.8, 'pp', 'yoy', '較去年同期提高0.8個百分點'),
  note: 'change of a share by points: growth pp, value null; 較去年同期 → yoy. The structure ratios before it are no items (§1)' });
E({ text: '第三產業增加值106.1億元,增長6.2%', name: '第三產業增加值', value: 106.1, unit: '億元', growth: G(6.2, '%', null, '增長6.2%') });
E({ text: '第二產業增加值80.2億元,增長10.0%', name: '第二產業增加值', value: 80.2, unit: '億元', growth: G(10, '%', null, '增長10.0%') });
E({ text: '第一產業增加值59.8億元,增長5.0%', name: '第一產業增加值', value: 59.8, unit: '億元', growth: G(5, '%', null, '增長5.0%') });
{
  const c = '地區生產總值[2]246.1億元,名義增長6.8%,按可比價格計算,比上年增長7.0%';
  E({ anchor: c, text: '按可比價格計算,比上年增長7.0%', name: '地區生產總值', value: null, unit: null, growth: G(7, '%', 'yoy', '比上年增長7.0%'),
    note: 'GDP with two growth rates: an item has one growth, so the second (real, comparable prices) is its own growth-only item named after the measure, span on its clause with the condition 按可比價格計算 (§3 span, 扣除…后净增)' });
  E({ anchor: c, text: '地區生產總值[2]246.1億元,名義增長6.8%', name: '地區生產總值', value: 246.1, unit: '億元', growth: G(6.8, '%', null, '名義增長6.8%'),
    note: 'value + the growth in its own clause (nominal, basis null); footnote mark [2] an ordinal inside the span (brief); 2023年全縣 dropped' });
}
// `經濟南市統計局` = 經 + 濟南市 (attribution), no number.

// ───── title + opening paragraph (before 一、): `2023年` (date), `二十大` (ordinal), `“一三四六”`, `“四個一”` (slogans): no item.
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
