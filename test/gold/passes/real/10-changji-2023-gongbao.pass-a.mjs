// Gold annotation, pass A (top to bottom) for test/fixtures/real/10-changji-2023-gongbao.txt.
// Made from the text, /work/shared/CONTRACT.md §2–3, docs/annotation.md and /work/wt/ANNOTATE.md only.
// Run: node test/gold/passes/real/10-changji-2023-gongbao.pass-a.mjs   (from /work/main)
const BASE = '10-changji-2023-gongbao';
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

// Traditional characters: names and units as written in the source's script (ANNOTATE.md).
// Opening paragraph (title, 二十大, 十屆, 十二屆六次 = ordinals, “點、線、網、面”) → no item.
// The heading `一、綜合情況` sits mid-line; it is still a heading (ANNOTATE.md) → s1.
const HEADINGS = [['一、綜合情況', 's1']];
const s1 = 's1', P = '2023';

I(s1, A, P, '全年實現地區生產總值(GDP)620.77億元,比上年增長6.9%', '地區生產總值(GDP)620.77億元,比上年增長6.9%',
  '地區生產總值', 620.77, '億元', g(6.9, '%', 'yoy', '比上年增長6.9%'), null,
  { note: '§3 name: 全年實現 dropped; (GDP) is an alias inside the span, not in the shortest name' });
I(s1, A, P, '第一產業增加值52.34億元,增長3.0%', null, '第一產業增加值', 52.34, '億元', g(3.0, '%', null, '增長3.0%'));
I(s1, A, P, '第二產業增加值254.09億元,增長6.3%', null, '第二產業增加值', 254.09, '億元', g(6.3, '%', null, '增長6.3%'));
I(s1, A, P, '第三產業增加值314.35億元,增長7.8%', null, '第三產業增加值', 314.35, '億元', g(7.8, '%', null, '增長7.8%'));
// 三次產業結構為8.4:40.9:50.7 → ratio of structure, no item (§1)
{
  const c = '對經濟增長貢獻率分別為4.8%、28.4%和66.8%';
  const n = '§1 two 分別 clauses about different measures: 貢獻率 values; the members are the 三次產業 of the clause before, '
    + 'their names assembled as 第一/第二/第三產業 (§1 分別: shared measure prefixed by the member); span from the shared phrase of the item’s own clause';
  I(s1, A, P, c, '對經濟增長貢獻率分別為4.8%', '第一產業對經濟增長貢獻率', 4.8, '%', null, null, { nameFrom: true, note: n });
  I(s1, A, P, c, '對經濟增長貢獻率分別為4.8%、28.4%', '第二產業對經濟增長貢獻率', 28.4, '%', null, null, { nameFrom: true, note: n });
  I(s1, A, P, c, c, '第三產業對經濟增長貢獻率', 66.8, '%', null, null, { nameFrom: true, note: n });
  const d = '拉動經濟增長0.3、2.0和4.6個百分點';
  const m = '§1 分別: the pull is its own item, growth pp (unit written once after the last figure is every member’s), value null, '
    + 'span and growth.text from the verb of the item’s own clause (分別 outside) to the member’s own figure';
  I(s1, A, P, d, '拉動經濟增長0.3', '第一產業拉動經濟增長', null, null, g(0.3, 'pp', null, '拉動經濟增長0.3'), null, { nameFrom: true, note: m });
  I(s1, A, P, d, '拉動經濟增長0.3、2.0', '第二產業拉動經濟增長', null, null, g(2.0, 'pp', null, '拉動經濟增長0.3、2.0'), null, { nameFrom: true, note: m });
  I(s1, A, P, d, d, '第三產業拉動經濟增長', null, null, g(4.6, 'pp', null, d), null, { nameFrom: true, note: m });
}

// ── 人口 (據人口年報顯示, 年末 → period 2023) ──
I(s1, A, P, '年末全市總戶數157243戶', '總戶數157243戶', '總戶數', 157243, '戶');
I(s1, A, P, '戶籍總人口411794人', null, '戶籍總人口', 411794, '人');
I(s1, A, P, '其中,城鎮267848人', '城鎮267848人', '城鎮', 267848, '人', null, null,
  { note: 'member of 戶籍總人口 after 其中, named as written (the shortest phrase)' });
I(s1, A, P, '鄉村143946人', null, '鄉村', 143946, '人');
I(s1, A, P, '男性201281人', null, '男性', 201281, '人');
I(s1, A, P, '女性210513人', null, '女性', 210513, '人');
{
  const n = 'age band as written is the name (a category, not a range: no valueHigh)';
  const s = 'share after the band’s count, clause with only the verb 占: named after the item it continues + the verb (§3 subject left out, as 增加 in §1), span on the clause';
  I(s1, A, P, '0-17歲77324人', null, '0-17歲', 77324, '人', null, null, { note: n });
  I(s1, A, P, '0-17歲77324人,占18.8%', '占18.8%', '0-17歲占', 18.8, '%', null, null, { nameFrom: true, note: s });
  I(s1, A, P, '18-34歲88164人', null, '18-34歲', 88164, '人', null, null, { note: n });
  I(s1, A, P, '18-34歲88164人,占21.4%', '占21.4%', '18-34歲占', 21.4, '%', null, null, { nameFrom: true, note: s });
  I(s1, A, P, '35-59歲177576人', null, '35-59歲', 177576, '人', null, null, { note: n });
  I(s1, A, P, '35-59歲177576人,占43.1%', '占43.1%', '35-59歲占', 43.1, '%', null, null, { nameFrom: true, note: s });
  I(s1, A, P, '60歲及以上68730人', null, '60歲及以上', 68730, '人', null, null, { note: n + '; 及以上 belongs to the band, no qualifier' });
  I(s1, A, P, '60歲及以上68730人,占16.7%', '占16.7%', '60歲及以上占', 16.7, '%', null, null, { nameFrom: true, note: s });
}
I(s1, A, P, '出生人口3423人', null, '出生人口', 3423, '人');
I(s1, A, P, '人口出生率8.35%', null, '人口出生率', 8.35, '%', null, null,
  { note: 'printed % where ‰ is obviously meant: unit stays % as written (ANNOTATE.md)' });
I(s1, A, P, '死亡人口3470人', null, '死亡人口', 3470, '人');
I(s1, A, P, '人口死亡率8.47%', null, '人口死亡率', 8.47, '%', null, null,
  { note: 'printed % where ‰ is meant: unit stays % as written (ANNOTATE.md)' });
I(s1, A, P, '人口自然增長率-0.11%', null, '人口自然增長率', -0.11, '%', null, null,
  { note: 'a level rate (value, not growth), negative as written; % where ‰ is meant stays %' });
// `| | | | | | 100.0 | | | 65.04 | … | 43.12 | | | |`: a flattened table row of bare values with every label lost →
// no item (the measure of no cell can be named from the text; ANNOTATE.md, mojibake rule by analogy).

// ── 就業 ──
I(s1, A, P, '全年城鎮新增就業5630人', '城鎮新增就業5630人', '城鎮新增就業', 5630, '人');
I(s1, A, P, '就業困難人員實現就業429人', null, '就業困難人員實現就業', 429, '人', null, null,
  { note: '§3 name: subject + 實現 + object; the object 就業 alone does not name the measure → as written' });
// “零就業”家庭24小時“動態清零” → slogan, no item
I(s1, A, P, '全年新增創業1344人', '新增創業1344人', '新增創業', 1344, '人');
I(s1, A, P, '帶動就業5128人', null, '帶動就業', 5128, '人', null, null,
  { note: '§3 name: causal verb kept when the rest alone would be all of it (as 带动消费)' });
I(s1, A, P, '實現農村富余勞動力轉移就業24151人次', '農村富余勞動力轉移就業24151人次', '農村富余勞動力轉移就業', 24151, '人次', null, null,
  { note: '§3 name: 實現 + object naming the measure → the object' });
I(s1, A, P, '實名登記區內外應屆高校畢業生3909人', null, '實名登記區內外應屆高校畢業生', 3909, '人', null, null,
  { note: '§3 name: 實名登記 selects the registered graduates (without it the noun is the stock) and stays' });
I(s1, A, P, '就業率保持在90%以上', null, '就業率', 90, '%', null, 'at_least');

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
