// Gold annotation, pass B, for test/fixtures/real/02-zhengding-2024-gongzuo.txt (正定县 政府工作报告, page 2: 2025 targets).
// Made from the source text, /work/shared/CONTRACT.md §2–3, docs/annotation.md and the brief (/work/wt/ANNOTATE.md) only.
// Pass B reads in reverse, last paragraph first; the entries below are in that order, the output is sorted by span.
// Run: node test/gold/passes/real/02-zhengding-2024-gongzuo.pass-b.mjs   (from /work/main)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commonItemErrors, written } from '../gold-checks.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, '..', '..', '..', '..');
const BASE = '02-zhengding-2024-gongzuo';
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


// Headings: the page starts with the unnumbered `2025年发展目标与重点任务` — not a section (brief); no
// numbered heading in the excerpt → sectionId null for every item.
const HEADS = [];
const heads = HEADS.map(([a, id]) => [src.indexOf(a), id]);
const sectionAt = (p) => { let id = null; for (const [s, h] of heads) if (s >= 0 && s <= p) id = h; return id; };
// Status: target (the lead-in `2025年主要预期目标是:` governs the list; 预期 is a target cue). Period "2025".
ctx({ sectionId: null, status: 'target', period: '2025' });

// ───── line 6 (`始终筑牢“三个信心”…`, cut) and line 5: `“三个信心”` a slogan; no item.
// ───── line 4: 2025年主要预期目标是:地区生产总值增长6%以上,…,城乡居民人均可支配收入分别增长5.5%左右和6.5%左右;…
{
  const head = '城乡居民人均可支配收入分别增长';
  const n = '§1 分别: the compound subject 城乡 split into its members as the field names them (城镇居民…, 农村居民…); span from the shared phrase to the member\'s own figure (its own 左右 included); target from the lead-in 预期目标';
  E({ anchor: head + '5.5%左右和6.5%左右', text: head + '5.5%左右和6.5%左右', name: '农村居民人均可支配收入', value: null, unit: null,
    growth: G(6.5, '%', null, '增长5.5%左右和6.5%左右'), qualifier: 'about', note: n });
  E({ anchor: head + '5.5%左右和6.5%左右', text: head + '5.5%左右', name: '城镇居民人均可支配收入', value: null, unit: null,
    growth: G(5.5, '%', null, '增长5.5%左右'), qualifier: 'about', note: n });
}
for (const [name, v, q, qt] of [['一般公共预算收入', 3, 'about', '左右'], ['社会消费品零售总额', 5, 'about', '左右'],
  ['规上工业增加值', 7, 'about', '左右'], ['固定资产投资', 7, 'about', '左右'], ['地区生产总值', 6, 'at_least', '以上']]) {
  const gt = `增长${v}%${qt}`;
  E({ text: name + gt, name, value: null, unit: null, growth: G(v, '%', null, gt), qualifier: q,
    note: `growth-only target (lead-in 预期目标), ${qt} → ${q}, basis null` });
}
// `“十四五”规划各项目标任务`, `“十五五”规划纲要`: plan names, no figure.

// ───── line 3: `二十大`, `二十届二中、三中全会`, `省委十届历次全会`, `市委十一届七次、八次全会`,
// `县委十二届七次、八次全会` (ordinals): no item.  line 2: `2025年` (date), `“十四五”`, `“十五五”`: no item.
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
