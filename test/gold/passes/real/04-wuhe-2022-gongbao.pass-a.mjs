// Gold annotation, pass A (top to bottom) for test/fixtures/real/04-wuhe-2022-gongbao.txt.
// Made from the text, /work/shared/CONTRACT.md §2–3, docs/annotation.md and the brief /work/wt/ANNOTATE.md only.
// Run: node test/gold/passes/real/04-wuhe-2022-gongbao.pass-a.mjs   (from /work/main); writes 04-wuhe-2022-gongbao.pass-a.json beside it.
const ID = '04-wuhe-2022-gongbao';
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

// Statistical communiqué. Title `2022年五河县国民经济和社会发展统计公报 2022` (the trailing 2022 is a page tag, a date),
// `选择区域:>>` page furniture, opening paragraph without figures (null). `一、综  合` → s1 (letter-spaced). Period "2022"
// (title). Status actual throughout.
const s1 = 's1', P = '2022';
I(s1, A, P, '全县实现地区生产总值(GDP)272.9亿元,比上年同期增长4%(见表一)', '地区生产总值(GDP)272.9亿元,比上年同期增长4%',
  '地区生产总值', 272.9, '亿元', g(4, '%', 'yoy', '比上年同期增长4%'), null,
  { note: '全县实现 + object naming the measure → object alone (§3); (GDP) an alias inside the span; 表一 in (见表一) an ordinal' });
I(s1, A, P, '其中:一产实现增加值76.3亿元,同比增长5.1%', '一产实现增加值76.3亿元,同比增长5.1%',
  '一产实现增加值', 76.3, '亿元', g(5.1, '%', 'yoy', '同比增长5.1%'), null,
  { note: 'subject + 实现 + 增加值: the object alone does not name the measure → as written (§3, 民营经济实现增加值)' });
I(s1, A, P, '二产实现增加值50亿元,同比增长4.5%', '二产实现增加值50亿元,同比增长4.5%', '二产实现增加值', 50, '亿元', g(4.5, '%', 'yoy', '同比增长4.5%'));
I(s1, A, P, '三产实现增加值146.6亿元,同比增长3.3%', '三产实现增加值146.6亿元,同比增长3.3%', '三产实现增加值', 146.6, '亿元', g(3.3, '%', 'yoy', '同比增长3.3%'));
// 三次产业比重为28:18.3:53.7 → ratio of structure, no item (§1)
I(s1, A, P, 'GDP一季度同比增长2.3%', 'GDP一季度同比增长2.3%', 'GDP一季度', null, null, g(2.3, '%', 'yoy', '同比增长2.3%'), null,
  { note: '"quarter": "一季度" (cumulative). Period the year 2022 (brief); 一季度 restricts the measure to part of the period and stays in the name (§3 name)' });
I(s1, A, P, ',上半年同比增长0.2%', '上半年同比增长0.2%', 'GDP上半年', null, null, g(0.2, '%', 'yoy', '同比增长0.2%'), null,
  { note: '"quarter": "上半年" (Q1–Q2 cumulative). Subject GDP borrowed from the clause before, span on the clause (§1 second figure of the same measure)' });
I(s1, A, P, ',前三季度同比增长1.9%', '前三季度同比增长1.9%', 'GDP前三季度', null, null, g(1.9, '%', 'yoy', '同比增长1.9%'), null,
  { note: '"quarter": "前三季度" (Q1–Q3 cumulative). Subject GDP borrowed, span on the clause' });
I(s1, A, P, '人均GDP 51525元', '人均GDP 51525元', '人均GDP', 51525, '元');

// 表一:2022年全县生产总值 — flattened, one cell per line with a blank line between cells. Unit from `单位:万元`.
// Columns: 按现行价格计算 | 按2020年不变价格计算 | 比上年 ±%. Names `<row label> <column name>`, the year dropped from the
// column name (docs §1 Tables) → `按不变价格计算`. The growth column (比上年 → yoy) is the growth at comparable prices,
// given to the constant-price value next to it (see questions); the current-price value is an item without growth.
// `#` dropped from the name, the span starts at it; inner spaces dropped from `工  业` (brief); leading indentation is
// outside the span (the row label starts at its first character).
const TABLE_YOY = (x) => x.text.includes('\n\n');
function row(label, name, cur, con, gr) {
  const anchor = `${label}\n\n${cur}\n\n${con}\n\n${gr}`;
  I(s1, A, P, anchor, `${label}\n\n${cur}`, `${name} 按现行价格计算`, Number(cur), '万元');
  I(s1, A, P, anchor, anchor, `${name} 按不变价格计算`, Number(con), '万元', g(Number(gr), '%', 'yoy', gr));
}
row('地区生产总值', '地区生产总值', '2728738.78', '2716503.16', '4.0');
row('农林牧渔业', '农林牧渔业', '788956.40', '768713.10', '5.3');
row('#农林牧渔专业及辅助活动', '农林牧渔专业及辅助活动', '25860.60', '22612.24', '13.1');
row('工  业', '工业', '320169.10', '350420.03', '2.6');
row('采矿业', '采矿业', '2308.16', '8894.28', '-1.7');
row('#开采专业及辅助性活动', '开采专业及辅助性活动', '1.69', '7.49', '13.5');
row('制造业', '制造业', '309328.47', '324016.27', '4.0');
row('#金属制品、机械和设备修理业', '金属制品、机械和设备修理业', '251.04', '299.28', '-11.9');
row('电力、热力、燃气及水生产和供应业', '电力、热力、燃气及水生产和供应业', '8532.47', '17509.48', '-15.8');
row('建筑业', '建筑业', '180156.55', '187595.48', '8.1');
row('批发和零售业', '批发和零售业', '208051.58', '217525.37', '5.3');
row('批发业', '批发业', '126025.39', '135757.19', '9.2');
row('零售业', '零售业', '82026.19', '81768.18', '-0.5');
row('交通运输、仓储和邮政业', '交通运输、仓储和邮政业', '310230.72', '277000.79', '-0.2');
row('道路等运输业', '道路等运输业', '308092.18', '274544.42', '-0.2');
row('仓储和其他运输业', '仓储和其他运输业', '856.37', '795.16', '4.9');
// The table is cut after 仓储和其他运输业.

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
