// Gold annotation, pass B, of test/fixtures/real/11-jianchang-2022-gongbao.txt (建昌县 2022 statistical communiqué,
// traditional characters with simplified/pinyin residue in brackets). Read in reverse: ¶8 first, the title last.
// Built from the text, shared/CONTRACT.md §2–3, docs/annotation.md and the brief's decisions only.
// Sections: 一 綜合情況 → s1, 二 農林牧漁業(yè)生產 → s2 (headings without 、, numbered). All actual, period "2022"
// (the title's and the opening's year). Names and units without the converter residue (brief); spans exact.
// Run from /work/main: node test/gold/passes/real/11-jianchang-2022-gongbao.pass-b.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { commonItemErrors } from '../gold-checks.mjs';

const BASE = '11-jianchang-2022-gongbao';
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

const yoy = (v, t) => g(v, '%', 'yoy', t);
const nul = (v, t) => g(v, '%', null, t);

// ── ¶8 (s2) 糧食 / 水果
at('s2', 'actual', '2022');
I(null, '糧食作物播種面積98.6萬畝', '糧食作物播種面積', 98.6, '萬畝', { note: '全縣 dropped' });
I(null, '玉米播種面積90.8萬畝', '玉米播種面積', 90.8, '萬畝', { note: '其中 outside' });
I(null, '糧食產量為290448噸,同比增長1.4%', '糧食產量', 290448, '噸', { growth: yoy(1.4, '同比增長1.4%') });
I(null, '玉米產量273650噸,增長2%', '玉米產量', 273650, '噸', { growth: nul(2, '增長2%'), note: 'integer 2% as written; bare 增長 → basis null' });
I(null, '園林水果產量57009噸,同比增長6.02%', '園林水果產量', 57009, '噸', { growth: yoy(6.02, '同比增長6.02%') });
I(null, '蘋果8595噸,同比增長5.97%', '蘋果', 8595, '噸', { growth: yoy(5.97, '同比增長5.97%'), note: '其中 sub-item (of 園林水果產量): the noun of the clause is the name, as written (§3 subject left out)' });
I(null, '梨32690噸,同比增長1.09%', '梨', 32690, '噸', { growth: yoy(1.09, '同比增長1.09%'), note: 'the space before 。 is outside the span' });

// ── ¶7 (s2) 農林牧漁業總產值 and its branches
I(null, '農林牧漁業(yè)總產值59.24億元,同比增長2.46%', '農林牧漁業總產值', 59.24, '億元',
  { growth: yoy(2.46, '同比增長2.46%'), note: '2022年全年實現 dropped (time words, 實現 + object naming the measure); (yè) residue dropped from the name (brief)' });
I(null, '種植業(yè)23.99億元,增長1.2%', '種植業', 23.99, '億元', { growth: nul(1.2, '增長1.2%'), note: '其中: branch of the 總產值, named as written' });
I(null, '林業(yè)3.28億元,增長15.4%', '林業', 3.28, '億元', { growth: nul(15.4, '增長15.4%') });
I(null, '畜牧業(yè)29.46億元,增長2.2%', '畜牧業', 29.46, '億元', { growth: nul(2.2, '增長2.2%') });
I(null, '漁業(yè)0.45億元,下降3.5%', '漁業', 0.45, '億元', { growth: nul(-3.5, '下降3.5%') });
I(null, '農林牧漁服務業(yè)2.06億元,增長4.2%', '農林牧漁服務業', 2.06, '億元', { growth: nul(4.2, '增長4.2%') });

// ── ¶5 (s1) 綜合情況
at('s1', 'actual', '2022');
I(null, '地區(qū)生產總值91.8億元,比上年下降1.4%', '地區生產總值', 91.8, '億元',
  { growth: yoy(-1.4, '比上年下降1.4%'), note: '初步核算, 全年實現 dropped; the parenthetical (按可比價格計算) after the growth is outside the span (it ends at the last figure)' });
I(null, '第一產業(yè)增加值30.5億元,同比增長3.5%', '第一產業增加值', 30.5, '億元', { growth: yoy(3.5, '同比增長3.5%') });
I(null, '第二產業(yè)增加值14.2億元,同比下降12.6%', '第二產業增加值', 14.2, '億元', { growth: yoy(-12.6, '同比下降12.6%') });
I(null, '第三產業(yè)增加值47.1億元,同比下降1.1%', '第三產業增加值', 47.1, '億元', { growth: yoy(-1.1, '同比下降1.1%') });
I(null, '工業(yè)實現增加值12.5億元,同比下降11.5%', '工業實現增加值', 12.5, '億元',
  { growth: yoy(-11.5, '同比下降11.5%'), note: '§3 subject + 實現 + object: 增加值 alone does not name the measure → as written (民營經濟實現增加值); 在第二產業中 a lead-in' });
I(null, '建筑業(yè)實現增加值1.7億元,同比下降18.7%', '建筑業實現增加值', 1.7, '億元', { growth: yoy(-18.7, '同比下降18.7%') });
I(null, '人均地區(qū)生產總值20490元', '人均地區生產總值', 20490, '元', { note: 'no growth stated' });
// 三次產業結構比重為33.3:15.4:51.3 → structure ratio, no item (§1)
I(null, '“四上”企業(yè) 84 家', '“四上”企業', 84, '家',
  { note: 'quotes inside a name stay (“四上” names a category, §2 name); span from the opening quote (the name is not wholly quoted); spaces around 84 inside the span; 年末 a time word' });
I(null, '用電量59168萬千瓦小時,同比增長10.6%', '用電量', 59168, '萬千瓦小時', { growth: yoy(10.6, '同比增長10.6%'), note: '全年 dropped' });

// ── ¶3 opening: 十九大, 十九屆, 二十大 ordinals; 2022年 date. Issuer line, title (mojibake (遼寧?。?022年): no figure.

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
