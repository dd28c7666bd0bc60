// Gold annotation, pass A (top to bottom) for test/fixtures/real/05-jingan-2022-gongzuo.txt.
// Made from the text, /work/shared/CONTRACT.md §2–3, docs/annotation.md and the brief /work/wt/ANNOTATE.md only.
// Run: node test/gold/passes/real/05-jingan-2022-gongzuo.pass-a.mjs   (from /work/main); writes 05-jingan-2022-gongzuo.pass-a.json beside it.
const ID = '05-jingan-2022-gongzuo';
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

// Work report. `导航菜单` furniture; title with delivery date, session line (2023年1月16日 a date, 第十七届/第三次 ordinals),
// byline, salutation → before the first heading, no figure. `一、2022年政府工作总结` → s1, period "2022". The em-dash
// paragraphs (`——值得欣喜的是…`) are unnumbered → not sections. 县第十七届人大二次会议 ordinals; “三拼三促”, “双一流”
// slogans; “5020”项目 a programme name; 洪屏二期 an ordinal inside a name.
const s1 = 's1', P = '2022';
// `预计…` governs the `;`-separated list up to the 。 → estimate, each growth-only with 左右 → about.
const est = [
  ['预计全县GDP增长5.8%左右', 'GDP增长5.8%左右', 'GDP', 5.8],
  ['规上工业增加值增长9.3%左右', '规上工业增加值增长9.3%左右', '规上工业增加值', 9.3],
  ['社会消费品零售总额增长7.2%左右', '社会消费品零售总额增长7.2%左右', '社会消费品零售总额', 7.2],
  ['固定资产投资增长10%左右', '固定资产投资增长10%左右', '固定资产投资', 10],
  ['一般公共预算收入增长7.8%左右', '一般公共预算收入增长7.8%左右', '一般公共预算收入', 7.8],
  ['外贸出口增长75.4%左右', '外贸出口增长75.4%左右', '外贸出口', 75.4],
  ['利用外资增长70.15%左右', '利用外资增长70.15%左右', '利用外资', 70.15],
];
for (const [anchor, text, name, v] of est) I(s1, E, P, anchor, text, name, null, null, g(v, '%', null, `增长${v}%左右`), 'about');

I(s1, A, P, '全年新签约项目52个', '新签约项目52个', '新签约项目', 52, '个', null, null,
  { note: '签约 kept (§3 stock test); 全年 a time word' });
I(s1, A, P, '签约资金247.53亿元', '签约资金247.53亿元', '签约资金', 247.53, '亿元');
I(s1, A, P, '争取地方专债项目11个', '地方专债项目11个', '地方专债项目', 11, '个', null, null,
  { note: '争取 dropped (§3: obtained)' });
I(s1, A, P, '项目11个、资金11.68亿元', '资金11.68亿元', '资金', 11.68, '亿元', null, null,
  { note: 'the noun written in its own clause is the name (§3 subject left out)' });
I(s1, A, P, '申报贴息贷款项目9个', '贴息贷款项目9个', '贴息贷款项目', 9, '个', null, null,
  { note: '申报 dropped as an administrative activity (as 列入, 争取); see questions' });
I(s1, A, P, '项目9个、投放3049万元', '投放3049万元', '投放', 3049, '万元', null, null,
  { note: 'a clause that names nothing but the verb keeps it (§3 name, 完成投资)' });
I(s1, A, P, '纳入省市调度的57个重大项目累计完成投资', '57个重大项目', '重大项目', 57, '个', null, null,
  { note: 'count before its noun: span from the number (§3 span); two figures in one clause about two things → two items (§1)' });
I(s1, A, P, '累计完成投资118.9亿元,占年计划', '累计完成投资118.9亿元', '累计完成投资', 118.9, '亿元', null, null,
  { note: '累计 stays (§3); 完成投资 names nothing but the verb and keeps it' });
I(s1, A, P, '占年计划的137.61%', '占年计划的137.61%', '占年计划', 137.61, '%', null, null,
  { note: 'share named by its relation, trailing 的 dropped (§3); actual completion rate' });
I(s1, A, P, '投资84.6亿元的洪屏二期项目', '投资84.6亿元的洪屏二期项目', '洪屏二期项目投资', 84.6, '亿元', null, null,
  { note: 'investment stated inside a noun phrase: a stated quantity about a programme, not part of a project name; name assembled from the written pieces (project + 投资), span to the end of the last piece (§1 relation written around the number); 二期 an ordinal' });
I(s1, A, P, '投资56亿元的江钨硬质合金精深加工产业园', '投资56亿元的江钨硬质合金精深加工产业园',
  '江钨硬质合金精深加工产业园投资', 56, '亿元', null, null, { note: 'as 洪屏二期项目投资' });
I(s1, A, P, '、20亿元的靖安世康项目', '20亿元的靖安世康项目', '靖安世康项目投资', 20, '亿元', null, null,
  { note: 'elliptical: 投资 shared with the member before; span from the member\'s own figure (§1 分别-like span)' });
// The page ends with a bare ——.

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
