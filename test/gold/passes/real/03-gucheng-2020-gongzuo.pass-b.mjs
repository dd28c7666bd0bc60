// Gold annotation, pass B, for test/fixtures/real/03-gucheng-2020-gongzuo.txt (谷城县 2020 政府工作报告, review of 十三五, opening).
// Made from the source text, /work/shared/CONTRACT.md §2–3, docs/annotation.md and the brief (/work/wt/ANNOTATE.md) only.
// Pass B reads in reverse, last paragraph first; the entries below are in that order, the output is sorted by span.
// Run: node test/gold/passes/real/03-gucheng-2020-gongzuo.pass-b.mjs   (from /work/main)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commonItemErrors, written } from '../gold-checks.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, '..', '..', '..', '..');
const BASE = '03-gucheng-2020-gongzuo';
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


// Headings: `一、十三五时期工作总结jMF` → s1 (the watermark jMF glued to the line); site line, titles,
// session line and salutation before it → null (no item there).
const HEADS = [['一、十三五时期工作总结jMF', 's1']];
const heads = HEADS.map(([a, id]) => [src.indexOf(a), id]);
const sectionAt = (p) => { let id = null; for (const [s, h] of heads) if (s >= 0 && s <= p) id = h; return id; };
// Period: `预计十三五末` — the end of the 13th five-year plan is 2020, the title's year → "2020".
// Status: 预计 governs the whole `;` list → estimate. Growth `年均增长` (average annual growth over the
// five years): a growth in %, basis null (no 比上年/同比). Names: hard wraps (`地区生产\n总值`) are
// layout, not part of the name (as the brief removes converter noise); spans stay exact slices.
ctx({ sectionId: 's1', status: 'estimate', period: '2020' });
const N = 'estimate (预计十三五末 governs the list), period 2020 (end of 十三五 = the title year); 年均增长 = average annual growth, basis null';

// ───── line 21–25, last clause first. `农村常住` (cut, no figure): nothing.
E({ anchor: '城镇常住居民人均可支配\n收入35867元,年均增长7.7%', text: '城镇常住居民人均可支配\n收入35867元,年均增长7.7%',
  name: '城镇常住居民人均可支配收入', value: 35867, unit: '元', growth: G(7.7, '%', null, '年均增长7.7%'),
  note: N + '; hard wrap inside the name removed from the name' });
E({ text: '利用外资5184万美元,年均增长10%', name: '利用外资', value: 5184, unit: '万美元', growth: G(10, '%', null, '年均增长10%'), note: N });
E({ text: '外贸出口2\n.5亿美元,年均增长6.1%', name: '外贸出口', value: 2.5, unit: '亿美元', growth: G(6.1, '%', null, '年均增长6.1%'),
  note: N + '; value 2.5 broken by a hard wrap (`2\\n.5`)' });
E({ text: '社会消费品零售总额140亿元,年均增长8.2%', name: '社会消费品零售总额', value: 140, unit: '亿元', growth: G(8.2, '%', null, '年均增长8.2%'), note: N });
E({ text: '固定资产投资25\n0.3亿元,可比年均增长10.3%', name: '固定资产投资', value: 250.3, unit: '亿元', growth: G(10.3, '%', null, '可比年均增长10.3%'),
  note: N + '; value 250.3 broken by a hard wrap (`25\\n0.3`); growth.text keeps 可比 (fused to the growth: comparable-price average growth)' });
E({ text: '人均生产总值7.9万元,年均增长6%', name: '人均生产总值', value: 7.9, unit: '万元', growth: G(6, '%', null, '年均增长6%'), note: N });
E({ text: '地区生产\n总值突破400亿元,年均增长6.2%', name: '地区生产总值', value: 400, unit: '亿元', growth: G(6.2, '%', null, '年均增长6.2%'),
  qualifier: 'more_than', note: N + '; 突破 with no exact value → an item, more_than (§3 qualifier); 全县 dropped; hard wrap inside the name removed' });

// ───── lines 12–20: `十三五` (plan name, slogan), `五年` (duration: date), `第一位`, `第一时间` (ordinal words),
// `一个多月`, `两个多月` (durations: date) — no item.
// ───── lines 1–10: site furniture `2021-07-27 17:55:08`, `2020年12月23日`, `第十八届`, `第五次会议`: no item.
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
