// Gold annotation, pass A (top to bottom) for test/fixtures/real/02-zhengding-2024-gongzuo.txt.
// Made from the text, /work/shared/CONTRACT.md §2–3, docs/annotation.md and the brief /work/wt/ANNOTATE.md only.
// Run: node test/gold/passes/real/02-zhengding-2024-gongzuo.pass-a.mjs   (from /work/main); writes 02-zhengding-2024-gongzuo.pass-a.json beside it.
const ID = '02-zhengding-2024-gongzuo';
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

// Page 2 of a work report: only the 2025 targets. `2025年发展目标与重点任务` is an unnumbered heading → not a section
// (brief), so every item has sectionId null. Status target and period "2025" from the lead-in `2025年主要预期目标是:`.
// “十四五”, “十五五”, “三个信心” are slogans; 二十届二中、三中全会, 省委十届, 市委十一届七次、八次, 县委十二届七次、八次 ordinals.
const S = null, P = '2025';
const LEAD = '2025年主要预期目标是:';
I(S, T, P, LEAD + '地区生产总值增长6%以上', '地区生产总值增长6%以上', '地区生产总值', null, null, g(6, '%', null, '增长6%以上'), 'at_least');
I(S, T, P, '固定资产投资增长7%左右', '固定资产投资增长7%左右', '固定资产投资', null, null, g(7, '%', null, '增长7%左右'), 'about');
I(S, T, P, '规上工业增加值增长7%左右', '规上工业增加值增长7%左右', '规上工业增加值', null, null, g(7, '%', null, '增长7%左右'), 'about',
  { note: '规上 as written (abbreviation of 规模以上)' });
I(S, T, P, '社会消费品零售总额增长5%左右', '社会消费品零售总额增长5%左右', '社会消费品零售总额', null, null, g(5, '%', null, '增长5%左右'), 'about');
I(S, T, P, '一般公共预算收入增长3%左右', '一般公共预算收入增长3%左右', '一般公共预算收入', null, null, g(3, '%', null, '增长3%左右'), 'about');
I(S, T, P, '城乡居民人均可支配收入分别增长5.5%左右和6.5%左右', '城乡居民人均可支配收入分别增长5.5%左右',
  '城镇居民人均可支配收入', null, null, g(5.5, '%', null, '增长5.5%左右'), 'about',
  { note: '分别: compound subject 城乡 split into its members as the field names them (§1); qualifier written after each figure' });
I(S, T, P, '城乡居民人均可支配收入分别增长5.5%左右和6.5%左右', '城乡居民人均可支配收入分别增长5.5%左右和6.5%左右',
  '农村居民人均可支配收入', null, null, g(6.5, '%', null, '增长5.5%左右和6.5%左右'), 'about',
  { note: '分别 second member: span from the shared phrase to its own figure, growth.text from the verb (§1 分别: span and growth.text)' });
// 高标准完成“十四五”规划各项目标任务 … qualitative, no figure. The rest of the page has no figure.

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
