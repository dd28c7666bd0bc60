// Gold annotation, pass B, for test/fixtures/real/08-lintao-2024-yusuan.txt
// (临洮县, 2024年2月 / 1-2月 大口径财政收入执行情况, a monthly budget-execution release).
// Made from the source text, /work/shared/CONTRACT.md §2–3, docs/annotation.md and the brief
// (/work/wt/ANNOTATE.md) only. Pass B reads in reverse: the table (last) first, then the prose
// from its last clause back to its first; the output is sorted by span.start.
// Run: node test/gold/passes/real/08-lintao-2024-yusuan.pass-b.mjs   (from /work/main)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commonItemErrors } from '../gold-checks.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, '..', '..', '..', '..');
const BASE = '08-lintao-2024-yusuan';
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

// Headings: `一、大口径财政收入完成情况` (line 1) → s1; nothing before it.
const HEADS = [['一、大口径财政收入完成情况', 's1']];
const heads = HEADS.map(([a, id]) => [src.indexOf(a), id]);
const sectionAt = (p) => { let id = null; for (const [s, h] of heads) if (s >= 0 && s <= p) id = h; return id; };

// Period: the text states the year only in the table title `二〇二四年二月…执行情况表` (Chinese
// numerals); it holds for the whole release (also the README row: 2024). 2月份 / 1-2月 go in notes.
ctx({ sectionId: 's1', status: 'actual', period: '2024' });
const M2 = 'months: 2月 (2月份); period 2024 from the table title 二〇二四年二月 (the prose states no year)';
const M12 = 'months: 1-2月; period 2024 from the table title 二〇二四年二月 (the prose states no year)';

// ───────────── table `二〇二四年二月大口径财政收入执行情况表` (read first: it is last) ─────────────
// Header: 预 算 科 目 | 本年收入计划 | 累计完成数 (two-level: 中央级 | 省级 | 市级 | 县乡级 | 合 计; the
// merged cell is printed twice) | 占计划% | 上年同期数 | 同比增减% | 备注. No unit anywhere in the table
// (no header unit, no 单位 cell, no 单位 line) → unit null (§1 Tables: unit from header / 单位 cell / 单位
// line; none written). Empty cells are dropped or printed as lines holding only `|`; each nonempty cell
// is placed in its column by the row's own arithmetic (中央+省+市+县乡 = 合计, 合计/计划 = 占计划%,
// 合计/上年 − 1 = 同比增减%), checked below.
// Names: `<row label> <column name>`; 本年 (a time word, the period carries it) dropped from 本年收入计划;
// a sub-column under 累计完成数 is named `累计完成数 <sub-column>`; `合 计` without its space.
// 本年收入计划 = the year's budgeted revenue → status target (as 调整预算 in the brief's budget clause).
// 上年同期数 = the same months of 2023 → period "2023", name keeps 上年同期数 (dropping the time words
// would leave a bare 数). 同比增减% → growth of the row's 合计 (basis yoy: header says 同比).
const COLS = {
  plan: ['收入计划', 'target'], c: ['累计完成数 中央级'], p: ['累计完成数 省级'], x: ['累计完成数 市级'],
  t: ['累计完成数 县乡级'], sum: ['累计完成数 合计'], pct: ['占计划'], prev: ['上年同期数'], yoy: null,
};
const ROWS = [
  ['税收收入', ['plan', 'c', 'p', 't', 'sum', 'pct', 'prev', 'yoy']],
  ['增值税', ['plan', 'c', 'p', 't', 'sum', 'pct', 'prev', 'yoy']],
  ['消费税', ['plan', 'c', 'sum', 'pct', 'prev', 'yoy']],
  ['企业所得税', ['plan', 'c', 'p', 't', 'sum', 'pct', 'prev', 'yoy']],
  ['个人所得税', ['plan', 'c', 'p', 't', 'sum', 'pct', 'prev', 'yoy']],
  ['资源税', ['plan', 'p', 't', 'sum', 'pct', 'prev', 'yoy']],
  ['城市维护建设税', ['plan', 't', 'sum', 'pct', 'prev', 'yoy']],
  ['房产税', ['plan', 't', 'sum', 'pct', 'prev', 'yoy']],
  ['印花税', ['plan', 't', 'sum', 'pct', 'prev', 'yoy']],
  ['城镇土地使用税', ['plan', 't', 'sum', 'pct', 'prev', 'yoy']],
  ['土地增值税', ['plan', 't', 'sum', 'pct', 'prev', 'yoy']],
  ['车船税', ['plan']],
];
const NOTES = {
  '资源税 p': 'the lone cell `| 13 |` on the line after `资源税 | 700 |` lies between 计划 and the line `13 | 26 | …` that starts at 县乡级 (5 cells: 县乡级, 合计, 占计划, 上年, 同比); it is one of 中央级/省级/市级 — read as 省级 (资源税 is a local tax shared by province and county); the layout alone does not say which',
  '消费税 c': 'the cell right after 计划 is the first 累计完成数 sub-column, 中央级 (消费税 is central); the later `17` starts a 4-cell line (合计, 占计划, 上年, 同比)',
};
{
  const tStart = src.indexOf('| 税收收入 |');
  // tokenize cells after the header: text between pipes, with positions
  const cells = [];
  const re = /[^|\n]+/g; re.lastIndex = tStart; let m;
  while ((m = re.exec(src))) { const s = m[0].trim(); if (!s) continue; const off = m.index + m[0].indexOf(s); cells.push({ s, start: off, end: off + s.length }); }
  let i = 0;
  for (const [label, cols] of ROWS) {
    const lab = cells[i++];
    if (lab.s !== label) { errors.push(`table: expected row ${label}, got ${lab.s}`); break; }
    const vals = {};
    for (const col of cols) {
      const c = cells[i++];
      if (!c || !/^-?\d+(\.\d+)?$/.test(c.s)) { errors.push(`table: ${label} ${col} not numeric: ${c?.s}`); continue; }
      vals[col] = { n: Number(c.s), ...c };
    }
    // arithmetic check of the column placement
    if (vals.sum) {
      const parts = ['c', 'p', 'x', 't'].filter((k) => vals[k]).reduce((a, k) => a + vals[k].n, 0);
      if (parts !== vals.sum.n) errors.push(`table ${label}: parts ${parts} ≠ 合计 ${vals.sum.n}`);
      if (Math.abs(vals.sum.n / vals.plan.n * 100 - vals.pct.n) > 0.006) errors.push(`table ${label}: 占计划 check`);
      if (Math.abs((vals.sum.n / vals.prev.n - 1) * 100 - vals.yoy.n) > 0.006) errors.push(`table ${label}: 同比 check`);
    }
    for (const col of cols) {
      if (col === 'yoy' || !vals[col]) continue;
      const [colName, status] = COLS[col];
      const last = col === 'sum' ? vals.yoy : vals[col];
      const note = [col === 'pct' ? '§1 Tables: cell item, unit % from the header 占计划%' : '§1 Tables: cell item, unit null (no unit written in the table)', NOTES[`${label} ${col}`],
        col === 'sum' ? 'growth from the 同比增减% cell (header 同比 → yoy)' : null,
        col === 'prev' ? 'period 2023: the figure of the same months of the previous year (months: 1-2月)' : 'months: 1-2月 (cumulative; the plan is the whole year\'s)',
      ].filter(Boolean).join('; ');
      E({ span: { start: lab.start, end: last.end }, name: `${label} ${colName}`, value: vals[col].n, unit: col === 'pct' ? '%' : null,
        growth: col === 'sum' ? G(vals.yoy.n, '%', 'yoy', vals.yoy.s) : null,
        status: status ?? 'actual', period: col === 'prev' ? '2023' : '2024', note });
    }
  }
  if (i !== cells.length) errors.push(`table: ${cells.length - i} cells left over`);
}

// ───────────── prose, last clause first ─────────────
// 从层级看: (1-2月 breakdown; 15348 = the table's 税收收入 合计, so these are 1-2月 figures)
const layer = [
  ['上划市级收入', '上划市级收入6万元,占收入的0.04%,同比减收71万元,下降92.21%', 6, '0.04', '减收', 71, -92.21, '下降92.21%'],
  ['上划省级收入', '上划省级收入2432万元,占收入的14.26%,同比增收357万元,增长17.2%', 2432, '14.26', '增收', 357, 17.2, '增长17.2%'],
  ['上划中央收入', '上划中央收入7716万元,占收入的45.24%,同比增收1417万元,增长22.5%', 7716, '45.24', '增收', 1417, 22.5, '增长22.5%'],
  // 从征收部门看: subject + 完成, no object → name as written (as `民营经济实现增加值`, §3 name)
  ['财政部门完成', '财政部门完成660万元,占收入的3.87%,同比增收232万元,增长54.21%', 660, '3.87', '增收', 232, 54.21, '增长54.21%'],
  ['税务部门完成', '税务部门完成16396万元,占收入的96.13%,同比增收1881万元,增长12.96%', 16396, '96.13', '增收', 1881, 12.96, '增长12.96%'],
  // 从收入结构看:
  ['非税收入', '非税收入1708万元,占收入的10.01%,同比增收797万元,增长87.49%', 1708, '10.01', '增收', 797, 87.49, '增长87.49%'],
  ['税收收入', '税收收入15348万元,占收入的89.99%,同比增收1316万元,增长9.38%', 15348, '89.99', '增收', 1316, 9.38, '增长9.38%'],
];
for (const [name, clause, v, share, verb, amt, gr, gtext] of layer) {
  E({ anchor: clause, text: clause, name, value: v, unit: '万元', growth: G(gr, '%', 'yoy', gtext),
    note: `value + growth one item over the clause; basis yoy from 同比 in the span (it leads the amount, §3 growth); ${M12}` +
      (name.endsWith('完成') ? '; name: subject + 完成 with no object, kept as written (§3 name, 民营经济实现增加值)' : '') });
  E({ anchor: clause, text: `占收入的${share}%`, name: '占收入', value: Number(share), unit: '%',
    note: `share named by its relation without 的 (§3 name; subject left out); ${M12}` });
  E({ anchor: clause, text: `同比${verb}${amt}万元`, name: name + verb, value: amt, unit: '万元',
    note: `brief budget clause: 同比${verb} an absolute-change item, name = measure + verb, value positive; ${M12}` });
}

// 1-2月,全县实现大口径财政收入17056万元,完成预算的16.18%,较均衡进度慢0.48%,较上年同期增收2113万元,增长14.14%。
{
  const c = '大口径财政收入17056万元,完成预算的16.18%,较均衡进度慢0.48%,较上年同期增收2113万元,增长14.14%';
  E({ anchor: c, text: c, name: '大口径财政收入', value: 17056, unit: '万元', growth: G(14.14, '%', 'yoy', '增长14.14%'),
    note: `brief budget clause: value with its growth one item (actual); 全县实现 dropped (§3 name); basis yoy from 较上年同期 in the span; ${M12}` });
  E({ anchor: c, text: '完成预算的16.18%', name: '完成预算', value: 16.18, unit: '%',
    note: `completion rate named by the relation (brief: 完成调整预算); ${M12}` });
  E({ anchor: c, text: '较均衡进度慢0.48%', name: '完成预算', value: null, unit: null, growth: G(-0.48, '%', null, '较均衡进度慢0.48%'),
    note: `gap of the completion rate to pro-rata progress (16.18% vs 2/12): a comparison with a benchmark, own item as 高于全市…个百分点 (§3 growth), named after the measure it compares, 慢 = behind → negative, basis null; unit % as written (points meant); ${M12}` });
  E({ anchor: c, text: '较上年同期增收2113万元', name: '大口径财政收入增收', value: 2113, unit: '万元',
    note: `brief: absolute change its own item, measure + verb, positive; ${M12}` });
}
// 2月份,全县实现大口径财政收入5682万元,完成预算105425万元的5.39%,较均衡进度慢2.94%,较上年同期减收1816万元,下降24.22%。
{
  const c = '大口径财政收入5682万元,完成预算105425万元的5.39%,较均衡进度慢2.94%,较上年同期减收1816万元,下降24.22%';
  E({ anchor: c, text: c, name: '大口径财政收入', value: 5682, unit: '万元', growth: G(-24.22, '%', 'yoy', '下降24.22%'),
    note: `brief budget clause: value with its growth one item (actual), a fall negative; basis yoy from 较上年同期 in the span; ${M2}` });
  E({ anchor: c, text: '预算105425万元', name: '预算', value: 105425, unit: '万元', status: 'target',
    note: 'brief budget clause: the budgeted amount of the same year is a target item (the whole year\'s budget; period 2024 from the table title)' });
  E({ anchor: c, text: '完成预算105425万元的5.39%', name: '完成预算', value: 5.39, unit: '%',
    note: `brief budget clause: completion rate named by the relation, span over the base inside the clause; ${M2}` });
  E({ anchor: c, text: '较均衡进度慢2.94%', name: '完成预算', value: null, unit: null, growth: G(-2.94, '%', null, '较均衡进度慢2.94%'),
    note: `gap of the completion rate to pro-rata progress (5.39% vs 1/12): comparison with a benchmark, own item (§3 growth, as 高于全市), 慢 → negative, basis null, unit % as written (points meant); ${M2}` });
  E({ anchor: c, text: '较上年同期减收1816万元', name: '大口径财政收入减收', value: 1816, unit: '万元',
    note: `brief: 减收 an absolute-change item, name = measure + verb, value positive; ${M2}` });
}
// Not items: `一、` (ordinal), `2月份`, `1-2月`, `二〇二四年二月` (dates), header words.

// ───────────── checks and output ─────────────
for (const x of items) {
  const w = x.text.slice(0, 40);
  errors.push(...commonItemErrors(src, x, w));
  if (sectionAt(x.span.start) !== x.sectionId) errors.push(`${w}: section ${x.sectionId} ≠ ${sectionAt(x.span.start)}`);
  if (x.growth && /^(下降|减少|较均衡进度慢|-)/.test(x.growth.text) && x.growth.value >= 0) errors.push(`${w}: fall not negative`);
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
