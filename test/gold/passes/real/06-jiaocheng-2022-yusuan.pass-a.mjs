// Gold annotation, pass A (top to bottom) for test/fixtures/real/06-jiaocheng-2022-yusuan.txt.
// Made from the text, /work/shared/CONTRACT.md §2–3, docs/annotation.md and the brief /work/wt/ANNOTATE.md only.
// Run: node test/gold/passes/real/06-jiaocheng-2022-yusuan.pass-a.mjs   (from /work/main); writes 06-jiaocheng-2022-yusuan.pass-a.json beside it.
const ID = '06-jiaocheng-2022-yusuan';
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

// Final-accounts explanation, traditional characters. First paragraph: 蕉城區財政局負責?,F按照 (mojibake at a sentence
// boundary), document number (閩財預〔2019〕4號) a name, 2022年 a date → no figure; before the first heading, null.
// `一、區本級支出決算情況說明` → s1. Period "2022" (`2022年度`). Status actual (final accounts).
// The `（一）` heading that should follow is destroyed by mojibake (`?。ㄒ唬┮…`): no legible heading, so no s1.1; the
// numbered entries `1.`–`17.` are list items carrying figures, not headings → everything is s1 (see questions).
const s1 = 's1', P = '2022';
I(s1, A, P, '2022年度蕉城區本級一般公共預算支出數為459989萬元,占調整預算數115.8%,增支42991萬元,增長10.3%',
  '本級一般公共預算支出數為459989萬元,占調整預算數115.8%,增支42991萬元,增長10.3%',
  '本級一般公共預算支出數', 459989, '萬元', g(10.3, '%', null, '增長10.3%'), null,
  { note: 'budget clause (brief): value + its growth one item over the clause; 本級 restricts the measure to the district level and stays (§3); no comparison word → basis null' });
I(s1, A, P, '459989萬元,占調整預算數115.8%', '占調整預算數115.8%', '占調整預算數', 115.8, '%', null, null,
  { note: 'completion rate, own item named by the relation (brief budget clauses)' });
I(s1, A, P, '115.8%,增支42991萬元', '增支42991萬元', '本級一般公共預算支出數增支', 42991, '萬元', null, null,
  { note: 'absolute change: measure + verb, value positive, the verb carries the direction (brief, §1)' });
// ?。ㄒ唬┮话愎卜罩С?8639萬元 → mojibake ate the heading number, the name (一般公共服務支出 is not legible) and the value's
// first digit: no item. Its 較上年減支5273萬元, 下降9.8% cannot be named from the text → no items (brief; see questions).

// Entries 1.–17.: `N.<name>X萬元,較上年增支/減支M萬元,增長/下降P%`. Each: value + growth (較上年 in the span → yoy,
// growth.text the rate only, §3 growth) and an amount-of-change item (name + verb, positive, span on the clause).
// The entry number is outside the span (an ordinal).
function entry(n, name, v, verb, chg, gv, pct, tail = '') {
  const head = `${n}.${name}${v}萬元`;
  if (verb === null) { I(s1, A, P, `${head}${tail}`, `${name}${v}萬元`, name, Number(v), '萬元'); return; }
  const anchor = `${head},較上年${verb}${chg}萬元${gv ? `,${gv}${pct}%` : ''}${tail}`;
  if (gv) {
    const sign = gv === '下降' ? -1 : 1;
    I(s1, A, P, anchor, `${name}${v}萬元,較上年${verb}${chg}萬元,${gv}${pct}%`, name, Number(v), '萬元',
      g(sign * Number(pct), '%', 'yoy', `${gv}${pct}%`));
  } else {
    I(s1, A, P, anchor, `${name}${v}萬元`, name, Number(v), '萬元', null, null, { note: '上年無支出: no rate is written' });
  }
  I(s1, A, P, anchor, `較上年${verb}${chg}萬元`, `${name}${verb}`, Number(chg), '萬元');
}
entry(1, '人大事務', '1087', '增支', '204', '增長', '23.1', ';');
entry(2, '政協事務', '805', '增支', '187', '增長', '30.3', ';');
entry(3, '政府辦公廳(室)及相關機構事務', '18524', '減支', '2484', '下降', '11.8', ',');
entry(4, '發展與改革事務', '4374', '減支', '121', '下降', '2.7', ';');
entry(5, '統計信息事務', '680', '減支', '57', '下降', '7.7', ';');
entry(6, '財政事務', '2261', '增支', '379', '增長', '20.1', ';');
entry(7, '稅收事務', '2200', '減支', '1100', '下降', '33.3', ',');   // reason: 在2023年度支出 → a date
entry(8, '審計事務', '399', '增支', '20', '增長', '5.3', ';');
entry(9, '海關事務', '20', '減支', '20', '下降', '50', ';');
entry(10, '紀檢監察事務', '2075', '增支', '234', '增長', '12.7', ';');
entry(11, '商貿事務', '1353', '減支', '130', '下降', '8.8', ';');
I(s1, A, P, '12.知識產權事務10萬元,與上年持平;', '知識產權事務10萬元', '知識產權事務', 10, '萬元', null, null,
  { note: '與上年持平 (unchanged) writes no figure: growth null, and the span ends at the value (§3 span: last quantity)' });
entry(13, '民族事務', '422', '減支', '56', '下降', '11.7', ';');
entry(14, '港澳臺事務', '12', '增支', '12', null, null, ',上年無支出;');
entry(15, '檔案事務', '95', '減支', '4167', '下降', '97.8', ',');
entry(16, '民主黨派及工商聯事務', '239', '增支', '41', '增長', '20.7', ';');
entry(17, '群眾團體事務', '1498', null, null, null, null, ',較');
// 17. ends mid-item with 較 (cut).

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
