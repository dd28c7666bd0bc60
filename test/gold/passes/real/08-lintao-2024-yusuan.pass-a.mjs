// Gold annotation, pass A (top to bottom) for test/fixtures/real/08-lintao-2024-yusuan.txt.
// Made from the text, /work/shared/CONTRACT.md §2–3, docs/annotation.md and the brief /work/wt/ANNOTATE.md only.
// Run: node test/gold/passes/real/08-lintao-2024-yusuan.pass-a.mjs   (from /work/main); writes 08-lintao-2024-yusuan.pass-a.json beside it.
const ID = '08-lintao-2024-yusuan';
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

// Monthly budget-execution release (no title). `一、大口径财政收入完成情况` → s1 (everything below it, the table
// included). Period "2024": the only year written is the table title `二〇二四年二月…` (Chinese numerals); months go into
// the note only (brief). Status actual, except the budgeted amounts (预算105425万元 and the column 本年收入计划): target
// (brief budget clauses). 上年同期数 figures belong to 2023.
const s1 = 's1', P = '2024';
const M2 = '"months": "2" (2月份)', M12 = '"months": "1-2" (1-2月, cumulative)';
// ── 2月份 ──
const C1 = '大口径财政收入5682万元,完成预算105425万元的5.39%,较均衡进度慢2.94%,较上年同期减收1816万元,下降24.22%';
I(s1, A, P, C1, C1, '大口径财政收入', 5682, '万元', g(-24.22, '%', 'yoy', '下降24.22%'), null,
  { note: `${M2}. Budget clause (brief): value + its growth one item over the clause; 较上年同期 in the span → yoy; 全县实现 dropped (§3)` });
I(s1, T, P, C1, '预算105425万元', '预算', 105425, '万元', null, null,
  { note: `the year's budgeted amount: a target item (brief budget clauses); annual, no months` });
I(s1, A, P, C1, '完成预算105425万元的5.39%', '完成预算', 5.39, '%', null, null,
  { note: `${M2}. Completion rate, named by the relation (brief); the budget amount inside its span is the item above` });
I(s1, A, P, C1, '较均衡进度慢2.94%', '完成预算', null, null, g(-2.94, '%', null, '较均衡进度慢2.94%'), null,
  { note: `${M2}. Gap of the completion rate to the pro-rata (even) progress: a comparison with a benchmark, own item, value null, negative (慢), basis null (§3 growth, as 低于全省…); unit % as printed although the figure is in percentage points (see questions)` });
I(s1, A, P, C1, '较上年同期减收1816万元', '大口径财政收入减收', 1816, '万元', null, null,
  { note: `${M2}. Absolute change: measure + verb, positive (brief, §1)` });
// ── 1-2月 ──
const C2 = '大口径财政收入17056万元,完成预算的16.18%,较均衡进度慢0.48%,较上年同期增收2113万元,增长14.14%';
I(s1, A, P, C2, C2, '大口径财政收入', 17056, '万元', g(14.14, '%', 'yoy', '增长14.14%'), null, { note: `${M12}. Budget clause as above` });
I(s1, A, P, C2, '完成预算的16.18%', '完成预算', 16.18, '%', null, null, { note: `${M12}. Completion rate (relation, 的 dropped)` });
I(s1, A, P, C2, '较均衡进度慢0.48%', '完成预算', null, null, g(-0.48, '%', null, '较均衡进度慢0.48%'), null,
  { note: `${M12}. Gap to the pro-rata progress, as for 2月份` });
I(s1, A, P, C2, '较上年同期增收2113万元', '大口径财政收入增收', 2113, '万元', null, null, { note: `${M12}. Absolute change` });
// ── breakdowns (从收入结构看 / 从征收部门看 / 从层级看), all 1-2月 (their sums give 17056) ──
function part(name, v, share, verb, chg, gv, pct, changeName = `${name}${verb}`) {
  const anchor = `${name}${v}万元,占收入的${share}%,同比${verb}${chg}万元,${gv}${pct}%`;
  const sign = gv === '下降' ? -1 : 1;
  I(s1, A, P, anchor, anchor, name, Number(v), '万元', g(sign * Number(pct), '%', 'yoy', `${gv}${pct}%`), null,
    { note: `${M12}. 同比 in the span → yoy; growth.text the rate (§3 growth: a comparison word leading an amount belongs to it)` });
  I(s1, A, P, anchor, `占收入的${share}%`, '占收入', Number(share), '%', null, null, { note: `${M12}. Share named by its relation` });
  I(s1, A, P, anchor, `同比${verb}${chg}万元`, changeName, Number(chg), '万元', null, null, { note: `${M12}. Absolute change: measure + verb, positive` });
}
part('税收收入', '15348', '89.99', '增收', '1316', '增长', '9.38');
part('非税收入', '1708', '10.01', '增收', '797', '增长', '87.49');
part('税务部门完成', '16396', '96.13', '增收', '1881', '增长', '12.96');
part('财政部门完成', '660', '3.87', '增收', '232', '增长', '54.21');
part('上划中央收入', '7716', '45.24', '增收', '1417', '增长', '22.5');
part('上划省级收入', '2432', '14.26', '增收', '357', '增长', '17.2');
part('上划市级收入', '6', '0.04', '减收', '71', '下降', '92.21');

// ── 二〇二四年二月大口径财政收入执行情况表 (title, header and the first row run on after the prose) ──
// Columns: 预算科目 | 本年收入计划 | 累计完成数 (中央级 | 省级 | 市级 | 县乡级 | 合计) | 占计划% | 上年同期数 | 同比增减% | 备注.
// Every text between two pipes is a cell; a line holding only `|` and a row break `|\n|` are empty cells (the sums
// 中央+省+市+县乡 = 合计 and 合计/计划 = 占计划% confirm this reading for every row). No unit is written anywhere in the
// table (万元 only in the prose) → unit null for the amount columns (docs §1 Tables: header, 单位 cell or 单位 line;
// see questions); % from the headers 占计划% and 同比增减%. 同比增减% is the growth of the 累计完成数 合计 (its value;
// yoy from 同比); 本年收入计划 drops the time word 本年 (a year, docs §1 Tables) and is a target; 上年同期数 belongs to 2023.
const TABLE_YOY = (x) => x.text.includes(' | ') && x.growth !== null;
const COLS = ['收入计划', '累计完成数 中央级', '累计完成数 省级', '累计完成数 市级', '累计完成数 县乡级', '累计完成数 合计', '占计划', '上年同期数', '同比增减', '备注'];
function tableRow(label, expectFilled) {
  const key = `| ${label} |`;
  const a = src.indexOf(key);
  if (a < 0 || src.indexOf(key, a + 1) >= 0) throw new Error(`row label not unique: ${label}`);
  const labelStart = a + 2;
  let pos = a + key.length;               // just after the pipe that closes the label
  const cells = [];
  while (cells.length < COLS.length) {
    const next = src.indexOf('|', pos);
    if (next < 0) break;                  // the table is cut
    const raw = src.slice(pos, next);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    cells.push(t ? { t, start: pos + lead, end: pos + lead + t.length } : null);
    pos = next + 1;
  }
  const filled = cells.map((c, i) => (c ? COLS[i] : null)).filter(Boolean);
  if (JSON.stringify(filled) !== JSON.stringify(expectFilled)) throw new Error(`${label}: cells ${filled} ≠ expected ${expectFilled}`);
  const at = (i) => cells[i];
  const add = (i, status, period, unit, growth, note) => {
    const c = at(i);
    const end = growth ? at(8).end : c.end;
    const text = src.slice(labelStart, end);
    // anchored by offsets: the row label is unique as `| label |`; reuse I() through a unique anchor = the text itself
    // when it is unique, else record directly
    entries.push({ name: `${label.replace(/\s+/g, '')} ${COLS[i]}`, value: Number(c.t), unit, growth, qualifier: null, status, period,
      sectionId: s1, span: { start: labelStart, end }, text, ...(note ? { note } : {}) });
  };
  cells.forEach((c, i) => {
    if (!c) return;
    const col = COLS[i];
    if (col === '同比增减' || col === '备注') return;
    if (col === '收入计划') add(i, T, P, null, null, 'column 本年收入计划: the year\'s planned revenue, a target (brief budget clauses); unit not written in the table');
    else if (col === '占计划') add(i, A, P, '%', null, `${M12}. 占计划% (completion rate)`);
    else if (col === '上年同期数') add(i, A, '2023', null, null, '"months": "1-2" of 2023; the same period of the previous year → period 2023; unit not written in the table');
    else if (col === '累计完成数 合计') {
      const gc = at(8);
      const growth = gc ? g(Number(gc.t), '%', 'yoy', gc.t) : null;
      add(i, A, P, null, growth, `${M12}. 累计完成数 合计 with the row's 同比增减% as its growth (yoy); span to the growth cell; unit not written in the table`);
    } else add(i, A, P, null, null, `${M12}. unit not written in the table`);
  });
}
const FULL = ['收入计划', '累计完成数 中央级', '累计完成数 省级', '累计完成数 县乡级', '累计完成数 合计', '占计划', '上年同期数', '同比增减'];
const LOCAL = ['收入计划', '累计完成数 县乡级', '累计完成数 合计', '占计划', '上年同期数', '同比增减'];
tableRow('税收收入', FULL);
tableRow('增值税', FULL);
tableRow('消费税', ['收入计划', '累计完成数 中央级', '累计完成数 合计', '占计划', '上年同期数', '同比增减']);
tableRow('企业所得税', FULL);
tableRow('个人所得税', FULL);
tableRow('资源税', ['收入计划', '累计完成数 省级', '累计完成数 县乡级', '累计完成数 合计', '占计划', '上年同期数', '同比增减']);
tableRow('城市维护建设税', LOCAL);
tableRow('房产税', LOCAL);
tableRow('印花税', LOCAL);
tableRow('城镇土地使用税', LOCAL);
tableRow('土地增值税', LOCAL);
tableRow('车船税', ['收入计划']);   // cut after `车船税 | 3110 |`

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
