// Gold annotation, pass B, of test/fixtures/real/09-hangjinhouqi-2021-gongbao.txt (杭锦后旗 2021 statistical communiqué,
// forum repost). Read in reverse: the last paragraph first, the forum furniture last. Built from the text,
// shared/CONTRACT.md §2–3, docs/annotation.md and the brief's decisions only.
// Sections: 一、综合情况 → s1 (prose, table 表1 and the paragraphs after it); everything before it (forum furniture,
// titles, opening) has no figure. All actual, period "2021" (title; 年末 figures belong to the year).
// Run from /work/main: node test/gold/passes/real/09-hangjinhouqi-2021-gongbao.pass-b.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { commonItemErrors } from '../gold-checks.mjs';

const BASE = '09-hangjinhouqi-2021-gongbao';
const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, '../../../..');
const SOURCE = `test/fixtures/real/${BASE}.txt`;
const OUT = resolve(here, `${BASE}.pass-b.json`);
const src = readFileSync(resolve(ROOT, SOURCE), 'utf8');
const { GoldDocumentSchema } = await import(pathToFileURL(resolve(ROOT, 'dist/schema/gold.js')).href);

const entries = [];
let ctx = { sectionId: null, status: 'actual', period: null };
const at = (sectionId, status, period) => { ctx = { sectionId, status, period }; };
// growth: g(value, unit, basis, text, qualifier?)
const g = (value, unit, basis, text, qualifier) =>
  qualifier ? { value, unit, basis, text, qualifier } : { value, unit, basis, text };
// I(anchor, text, name, value, unit, extra?) — anchor null → the text is its own anchor
const I = (anchor, text, name, value, unit, extra = {}) =>
  entries.push({ anchor: anchor ?? text, text, name, value, unit, growth: null, qualifier: null, ...ctx, ...extra });

at('s1', 'actual', '2021');

// ── 就业
I(null, '新增城镇就业1081人', '新增城镇就业', 1081, '人', { note: '全旗 dropped' });
I(null, '就地就近转移农村劳动力24008人', '就地就近转移农村劳动力', 24008, '人',
  { note: '§3 stock test: 农村劳动力 alone would be the stock; 就地就近转移 picks the ones moved → kept' });
I(null, '城镇登记失业率控制在3.81%以内', '城镇登记失业率', 3.81, '%',
  { qualifier: 'at_most', note: '§3 status: 控制在…以内 in a results text → at_most, actual' });

// ── 地区生产总值
const yoy = (v, t) => g(v, '%', 'yoy', t);
I(null, '地区生产总值125.48亿元,按不变价格计算,同比增长3.8%', '地区生产总值', 125.48, '亿元',
  { growth: yoy(3.8, '同比增长3.8%'), note: '全旗实现 dropped; 按不变价格计算 (method) inside the span, between value and growth' });
I(null, '第一产业增加值49.82亿元,同比增长5.3%', '第一产业增加值', 49.82, '亿元', { growth: yoy(5.3, '同比增长5.3%'), note: '其中 outside' });
I(null, '第二产业增加值22.71亿元,同比增长-0.1%', '第二产业增加值', 22.71, '亿元', { growth: yoy(-0.1, '同比增长-0.1%'), note: 'a fall written as negative growth → −0.1 (CONTRACT §2)' });
I(null, '第三产业增加值52.94亿元,同比增长4.0%', '第三产业增加值', 52.94, '亿元', { growth: yoy(4.0, '同比增长4.0%') });
// 三次产业结构由上年的 38.8:17.0:44.2演进为39.7:18.1:42.2 → structure ratio, no item (§1)

// ── 表1 2021年年末人口数及其构成 (one cell per line; columns 年末数(万人), 比重(%); units from the headers)
const S = '\n      ';
const tnote = '§1 Tables: name <row label> <column name> (column without its unit; 年末数 kept as the column noun, see questions), unit from the column header, span from the row label to the item\'s last cell';
const row = (label, name, cells, extra = '') => {
  const anchor = label + S + cells.join(S);
  I(anchor, label + S + cells[0], `${name} 年末数`, Number(cells[0]), '万人', { unitFromHeader: true, note: tnote + extra });
  I(anchor, anchor, `${name} 比重`, Number(cells[1]), '%', { unitFromHeader: true, note: tnote + extra });
};
row('全旗常住人口', '全旗常住人口', ['21.35', '100'], '; total share 100 without decimals as written');
row('其中:城镇', '城镇', ['11.31', '52.99'], '; 其中: dropped from the name, the span starts at 其中');
row('农村', '农村', ['10.04', '47.01'], '; indented sub-row of 其中, named by its label');
// 其中:男性 - - / 女性 - - → empty cells, no items. Caption 表1, 2021年 → ordinal/date.

// ── prose above the table (the same figures; both annotated, §1 Tables)
I(null, '常住人口为21.35万人', '常住人口', 21.35, '万人', { note: '年末全旗 dropped' });
I(null, '城镇人口11.31万人', '城镇人口', 11.31, '万人', { note: '其中 outside' });
I('万人,占总人口的比重为52.99%', '占总人口的比重为52.99%', '占总人口的比重', 52.99, '%',
  { note: '§3 subject left out: the noun of the clause is the name, as written (as 占地区生产总值的比重)' });
I(null, '乡村人口10.04万人', '乡村人口', 10.04, '万人');
I('万人,占总人口的比重为47.01%', '占总人口的比重为47.01%', '占总人口的比重', 47.01, '%', { note: 'as above' });

// ── before 一、: opening (十九大, 十九届: ordinals; “六稳”“六保”, “十四五”: slogans), titles, forum furniture
//    (查看: 698, 回复: 0, 签到天数: 720 天, 1万 主题, 14万 积分, 145105, Rank: 7, [LV.9], post time) → page furniture, no item.

// ───────────── build and verify ─────────────
function count(hay, needle) { let n = 0, i = -1; while ((i = hay.indexOf(needle, i + 1)) !== -1) n++; return n; }
const clean = (s) => s.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, '').replace(/\s+/g, '');
const problems = [];
const namesNotInText = [];
const out = [];
for (const e of entries) {
  const w = `«${e.text}»`;
  const n = count(src, e.anchor);
  if (n !== 1) { problems.push(`${w}: anchor occurs ${n} times`); continue; }
  const a = src.indexOf(e.anchor);
  const k = e.anchor.indexOf(e.text);
  if (k < 0 || e.anchor.indexOf(e.text, k + 1) >= 0) { problems.push(`${w}: text not exactly once in anchor`); continue; }
  const start = a + k, end = start + e.text.length;
  const it = { name: e.name, value: e.value };
  if (e.valueHigh !== undefined) it.valueHigh = e.valueHigh;
  Object.assign(it, { unit: e.unit, growth: e.growth, qualifier: e.qualifier, status: e.status, period: e.period,
    sectionId: e.sectionId, span: { start, end }, text: src.slice(start, end) });
  if (e.note) it.note = e.note;
  if (it.text !== e.text) problems.push(`${w}: slice mismatch`);
  problems.push(...commonItemErrors(src, it, w));
  if (e.unit && !e.unitFromHeader && !clean(e.text).includes(e.unit)) problems.push(`${w}: unit ${e.unit} not written in text`);
  if (e.growth) {
    const down = /下降|下滑|减少|減少|降低|回落|放缓|減支|减支|-/.test(e.growth.text);
    if (down !== (e.growth.value < 0)) problems.push(`${w}: growth sign does not follow its verb`);
    if (e.growth.basis === 'yoy' && !/同比|比上年|較上年|较上年|比年初|上年|上年同期/.test(e.text) && !e.yoyFromHeader) problems.push(`${w}: yoy without a comparison in the span`);
  }
  if (!clean(e.text).includes(e.name.replace(/\s+/g, ''))) namesNotInText.push(`${e.name} ⟵ ${e.text}`);
  out.push(it);
}
out.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
for (let i = 1; i < out.length; i++) {
  const p = out[i - 1], q = out[i];
  if (p.span.start === q.span.start && p.span.end === q.span.end && p.value === q.value && p.unit === q.unit && (p.growth?.value ?? null) === (q.growth?.value ?? null))
    problems.push(`duplicate item «${q.text}»`);
}
const doc = { document: BASE, source: SOURCE, annotator: 'pass-b', indicators: out };
const parsed = GoldDocumentSchema.safeParse(doc);
if (!parsed.success) problems.push('GoldDocumentSchema: ' + JSON.stringify(parsed.error.issues.slice(0, 5)));
if (problems.length) { console.error(problems.join('\n')); process.exit(1); }
writeFileSync(OUT, JSON.stringify(doc, null, 2) + '\n');
const by = (f) => out.reduce((m, x) => ((m[f(x)] = (m[f(x)] || 0) + 1), m), {});
console.log(`OK ${BASE}: ${out.length} items; spans verified (source.slice === text); GoldDocumentSchema valid`);
console.log('status', by((x) => x.status), 'period', by((x) => x.period), 'sections', by((x) => x.sectionId));
if (namesNotInText.length) console.log(`names not written contiguously in their text (assembled or table names), ${namesNotInText.length}:\n  ` + namesNotInText.join('\n  '));
