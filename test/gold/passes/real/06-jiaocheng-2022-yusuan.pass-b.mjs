// Gold annotation, pass B, for test/fixtures/real/06-jiaocheng-2022-yusuan.txt (蕉城區 2022年區本級財政總決算 說明, traditional characters).
// Made from the source text, /work/shared/CONTRACT.md §2–3, docs/annotation.md and the brief (/work/wt/ANNOTATE.md) only.
// Pass B reads in reverse, last paragraph first; the entries below are in that order, the output is sorted by span.
// Run: node test/gold/passes/real/06-jiaocheng-2022-yusuan.pass-b.mjs   (from /work/main)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commonItemErrors, written } from '../gold-checks.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, '..', '..', '..', '..');
const BASE = '06-jiaocheng-2022-yusuan';
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


// Headings: `一、區本級支出決算情況說明` → s1. The `（一）` of line 4 is destroyed by mojibake (`?。ㄒ唬┮…`)
// and cannot be read as a heading; the numbered lines `1.`–`17.` are list items holding the figures
// (no title of their own), not headings → every item is in s1.
const HEADS = [['一、區本級支出決算情況說明', 's1']];
const heads = HEADS.map(([a, id]) => [src.indexOf(a), id]);
const sectionAt = (p) => { let id = null; for (const [s, h] of heads) if (s >= 0 && s <= p) id = h; return id; };
// Period: `2022年度` (line 3), also `2022年區本級財政總決算` (line 1); final accounts → actual.
ctx({ sectionId: 's1', status: 'actual', period: '2022' });

// ───── items 17 → 1 (last first). Each `N.名稱X萬元,較上年增支/減支M萬元,增長/下降P%`: the value with its
// rate one item over the clause (basis yoy: 較上年 is in the span; growth.text from the growth verb, the
// 較上年 leads the amount), the amount of change its own item (brief: name = measure + verb, positive),
// span `較上年增支M萬元`. The number glued before the name (`10.`) is an ordinal outside the span.
// 17. ends mid-item (`較`): the value only.
E({ text: '群眾團體事務1498萬元', name: '群眾團體事務', value: 1498, unit: '萬元', note: 'excerpt ends after `較`: value only' });
const ROWS = [
  // [name, value, verb, amount, growth or null, growth text]
  ['民主黨派及工商聯事務', 239, '增支', 41, 20.7, '增長20.7%'],
  ['檔案事務', 95, '減支', 4167, -97.8, '下降97.8%'],
  ['港澳臺事務', 12, '增支', 12, null, null],
  ['民族事務', 422, '減支', 56, -11.7, '下降11.7%'],
  ['商貿事務', 1353, '減支', 130, -8.8, '下降8.8%'],
  ['紀檢監察事務', 2075, '增支', 234, 12.7, '增長12.7%'],
  ['海關事務', 20, '減支', 20, -50, '下降50%'],
  ['審計事務', 399, '增支', 20, 5.3, '增長5.3%'],
  ['稅收事務', 2200, '減支', 1100, -33.3, '下降33.3%'],
  ['財政事務', 2261, '增支', 379, 20.1, '增長20.1%'],
  ['統計信息事務', 680, '減支', 57, -7.7, '下降7.7%'],
  ['發展與改革事務', 4374, '減支', 121, -2.7, '下降2.7%'],
  ['政府辦公廳(室)及相關機構事務', 18524, '減支', 2484, -11.8, '下降11.8%'],
  ['政協事務', 805, '增支', 187, 30.3, '增長30.3%'],
  ['人大事務', 1087, '增支', 204, 23.1, '增長23.1%'],
];
for (const [name, v, verb, amt, gr, gt] of ROWS) {
  const amountText = `較上年${verb}${amt}萬元`;
  const clause = `${name}${v}萬元,${amountText}` + (gt ? `,${gt}` : '');
  E({ anchor: clause, text: gr === null ? `${name}${v}萬元` : clause, name, value: v, unit: '萬元',
    growth: gr === null ? null : G(gr, '%', 'yoy', gt),
    note: gr === null ? '`上年無支出` (no spending the year before) is no figure: no growth, no item' :
      'value + rate one item; basis yoy from 較上年 in the span; the number before the name is an ordinal' });
  E({ anchor: clause, text: amountText, name: name + verb, value: amt, unit: '萬元',
    note: 'brief budget clause: 增支/減支 an absolute-change item, name = measure + verb, value positive' });
}
// 12. `知識產權事務10萬元,與上年持平`: the value; 持平 (unchanged) writes no number → no growth.
E({ anchor: '知識產權事務10萬元,與上年持平', text: '知識產權事務10萬元', name: '知識產權事務', value: 10, unit: '萬元',
  note: '與上年持平 states no number: growth null (a growth 0 would not be written), span ends at the value' });
// Reasons after the figures: `在2023年度支出的影響` (a date), no item.

// ───── line 4: `?。ㄒ唬┮话愎卜罩С?8639萬元,較上年減支5273萬元,下降9.8%,…`. The item number, the name
// (一般公共服務支出) and the first digit of the value are mojibake: the value cannot be read → no item
// (brief). The readable `較上年減支5273萬元` and `下降9.8%` follow it, but the readable text never names
// their measure (the name is garbage; the list below only shows its members) → no item (brief: "else not").

// ───── line 3: 2022年度蕉城區本級一般公共預算支出數為459989萬元,占調整預算數115.8%,增支42991萬元,增長10.3%。
{
  const c = '本級一般公共預算支出數為459989萬元,占調整預算數115.8%,增支42991萬元,增長10.3%';
  E({ anchor: c, text: c, name: '本級一般公共預算支出數', value: 459989, unit: '萬元', growth: G(10.3, '%', null, '增長10.3%'),
    note: '2022年度 and 蕉城區 dropped (time, area); 本級 restricts the measure to the district\'s own level and stays; value + rate one item over the clause; no comparison word in the span → basis null' });
  E({ anchor: c, text: '占調整預算數115.8%', name: '占調整預算數', value: 115.8, unit: '%',
    note: 'brief budget clause: completion rate named by the relation (here without 的); no budget amount written' });
  E({ anchor: c, text: '增支42991萬元', name: '本級一般公共預算支出數增支', value: 42991, unit: '萬元',
    note: 'brief: 增支 an absolute-change item, name = measure + verb, positive' });
}
// ───── line 1: `?,F按照` (mojibake), `(閩財預〔2019〕4號)` (a document number: name), `2022年` (date): no item.
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
