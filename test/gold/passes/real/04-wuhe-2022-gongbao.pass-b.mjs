// Gold annotation, pass B, for test/fixtures/real/04-wuhe-2022-gongbao.txt (五河县 2022年国民经济和社会发展统计公报, opening).
// Made from the source text, /work/shared/CONTRACT.md §2–3, docs/annotation.md and the brief (/work/wt/ANNOTATE.md) only.
// Pass B reads in reverse, last paragraph first; the entries below are in that order, the output is sorted by span.
// Run: node test/gold/passes/real/04-wuhe-2022-gongbao.pass-b.mjs   (from /work/main)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commonItemErrors, written } from '../gold-checks.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, '..', '..', '..', '..');
const BASE = '04-wuhe-2022-gongbao';
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


// Headings: `一、综  合` (letter-spaced) → s1; the title, `选择区域:>>` and the opening paragraph → null
// (no item there).
const HEADS = [['一、综  合', 's1']];
const heads = HEADS.map(([a, id]) => [src.indexOf(a), id]);
const sectionAt = (p) => { let id = null; for (const [s, h] of heads) if (s >= 0 && s <= p) id = h; return id; };
// Period: the title's year (`2022年五河县…统计公报`), also the table title `2022年全县生产总值`.
ctx({ sectionId: 's1', status: 'actual', period: '2022' });

// ───── 表一:2022年全县生产总值 (last, read first). One cell per line, blank lines between; unit from
// `单位:万元`; columns `按现行价格计算`, `按2020年不变价格计算`, `比上年 ±%`.
// Names `<row label> <column name>`; the column `按2020年不变价格计算` keeps its 2020: it is the price
// base, not the period nor a time word the period carries (dropping it would lose what the period does
// not say). Row labels without their leading indentation, `#` dropped from the name (span from `#`, as
// from `其中`), inner spaces removed (`工  业` → `工业`). The growth column (`比上年` → yoy, text the cell)
// is the growth of the constant-price value: a growth at comparable prices, and the cell right after it;
// the current-price value is an item of its own without growth.
{
  const hdr = src.indexOf('比上年 ±%');
  const lines = [];
  let pos = src.indexOf('\n', hdr) + 1;
  while (pos < src.length) {
    let e = src.indexOf('\n', pos); if (e < 0) e = src.length;
    const raw = src.slice(pos, e); const s = raw.trim();
    if (s) { const off = pos + raw.indexOf(s); lines.push({ s, start: off, end: off + s.length }); }
    pos = e + 1;
  }
  if (lines.length % 4) errors.push(`table: ${lines.length} cells, not rows of 4`);
  const rows = [];
  for (let i = 0; i + 3 < lines.length; i += 4) rows.push(lines.slice(i, i + 4));
  for (const [lab, cur_, con, gr] of rows.reverse()) {
    for (const c of [cur_, con, gr]) if (!/^-?\d+\.\d+$/.test(c.s)) errors.push(`table: bad cell ${c.s}`);
    const label = lab.s.replace(/^#/, '').replace(/\s+/g, '');
    const sub = lab.s.startsWith('#') ? '; `#` dropped from the name, span from `#`' : '';
    const sp = /\s/.test(lab.s) ? '; inner spaces removed from the name (brief)' : '';
    E({ span: { start: lab.start, end: con.end }, name: `${label} 按2020年不变价格计算`, value: Number(con.s), unit: '万元',
      growth: G(Number(gr.s), '%', 'yoy', gr.s), ...{} });
    // growth belongs to the constant-price value; its span must reach the growth cell
    items[items.length - 1].span = { start: lab.start, end: gr.end };
    items[items.length - 1].text = src.slice(lab.start, gr.end);
    items[items.length - 1].note = '§1 Tables: unit from 单位:万元; growth column 比上年 ±% → growth of the constant-price value (comparable prices), yoy, text the cell' + sub + sp;
    E({ span: { start: lab.start, end: cur_.end }, name: `${label} 按现行价格计算`, value: Number(cur_.s), unit: '万元',
      note: '§1 Tables: unit from 单位:万元; current-price value, no growth' + sub + sp });
  }
}
// Caption/header numbers (`表一`, `2022年`, `2020年`) are no items.

// ───── 全县实现地区生产总值(GDP)272.9亿元,比上年同期增长4%(见表一)。其中:一产实现增加值76.3亿元,同比增长5.1%;…
//       三次产业比重为28:18.3:53.7。分季度看,GDP一季度同比增长2.3%,上半年同比增长0.2%,前三季度同比增长1.9%。人均GDP 51525元。
E({ text: '人均GDP 51525元', name: '人均GDP', value: 51525, unit: '元', note: 'space between name and value inside the span' });
E({ anchor: 'GDP一季度同比增长2.3%,上半年同比增长0.2%,前三季度同比增长1.9%', text: '前三季度同比增长1.9%', name: 'GDP', value: null, unit: null,
  growth: G(1.9, '%', 'yoy', '同比增长1.9%'), note: 'quarter: 前三季度 (cumulative; brief: in the note only); subject left out → name of the item it continues, span on the clause; period 2022' });
E({ anchor: 'GDP一季度同比增长2.3%,上半年同比增长0.2%,前三季度同比增长1.9%', text: '上半年同比增长0.2%', name: 'GDP', value: null, unit: null,
  growth: G(0.2, '%', 'yoy', '同比增长0.2%'), note: 'quarter: 上半年 (brief: in the note only); subject left out → GDP, span on the clause; period 2022' });
E({ text: 'GDP一季度同比增长2.3%', name: 'GDP', value: null, unit: null, growth: G(2.3, '%', 'yoy', '同比增长2.3%'),
  note: 'quarter: 一季度 (brief: in the note only; 一季度 dropped from the name as a time word); period 2022' });
// 三次产业比重为28:18.3:53.7 → ratio of structure, no item (§1).
E({ text: '三产实现增加值146.6亿元,同比增长3.3%', name: '三产实现增加值', value: 146.6, unit: '亿元', growth: G(3.3, '%', 'yoy', '同比增长3.3%'),
  note: '§3 name: subject + 实现 + object, the object (增加值) alone does not name the measure → as written' });
E({ text: '二产实现增加值50亿元,同比增长4.5%', name: '二产实现增加值', value: 50, unit: '亿元', growth: G(4.5, '%', 'yoy', '同比增长4.5%'),
  note: '§3 name: subject + 实现 + object, as written' });
E({ text: '一产实现增加值76.3亿元,同比增长5.1%', name: '一产实现增加值', value: 76.3, unit: '亿元', growth: G(5.1, '%', 'yoy', '同比增长5.1%'),
  note: '§3 name: subject + 实现 + object, as written; 其中 outside' });
E({ text: '地区生产总值(GDP)272.9亿元,比上年同期增长4%', name: '地区生产总值', value: 272.9, unit: '亿元',
  growth: G(4, '%', 'yoy', '比上年同期增长4%'), note: '全县实现 dropped (§3 name); (GDP) inside the span only; integer % as written; `(见表一)` a table reference outside the span' });

// ───── title `…统计公报 2022` (a tag: date), `2022年,全县…` (date): no item.
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
