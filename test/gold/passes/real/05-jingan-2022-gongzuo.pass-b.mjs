// Gold annotation, pass B, for test/fixtures/real/05-jingan-2022-gongzuo.txt (靖安县 2023 政府工作报告, review of 2022, opening).
// Made from the source text, /work/shared/CONTRACT.md §2–3, docs/annotation.md and the brief (/work/wt/ANNOTATE.md) only.
// Pass B reads in reverse, last paragraph first; the entries below are in that order, the output is sorted by span.
// Run: node test/gold/passes/real/05-jingan-2022-gongzuo.pass-b.mjs   (from /work/main)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commonItemErrors, written } from '../gold-checks.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, '..', '..', '..', '..');
const BASE = '05-jingan-2022-gongzuo';
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


// Headings: `一、2022年政府工作总结` → s1; the furniture, title, session line and salutation before it → null
// (no item there).
const HEADS = [['一、2022年政府工作总结', 's1']];
const heads = HEADS.map(([a, id]) => [src.indexOf(a), id]);
const sectionAt = (p) => { let id = null; for (const [s, h] of heads) if (s >= 0 && s <= p) id = h; return id; };
// Period: the heading's year 2022 (the 2023年1月16日 of title and session line is the delivery date).
ctx({ sectionId: 's1', status: 'actual', period: '2022' });

// ───── last line `——`: nothing.
// ───── ——增添后劲的是,…(line 21), last sentence first.
// `“5020”项目` is a programme name (slogan), no item.
E({ anchor: '投资56亿元的江钨硬质合金精深加工产业园、20亿元的靖安世康项目成功签约', text: '20亿元的靖安世康项目', name: '靖安世康项目',
  value: 20, unit: '亿元',
  note: 'elliptical second member of `投资…的X、…的Y`: the shared 投资 stays on the first member only (§3 name, list sharing the verb); a relation written around the number spans to the end of its noun (§1 成, 财政支出的八成以上用于民生)' });
E({ text: '投资56亿元的江钨硬质合金精深加工产业园', name: '投资江钨硬质合金精深加工产业园', value: 56, unit: '亿元',
  note: 'investment size of a named project, written around the number: named by its written pieces (的 dropped), span to the end of the noun (§1 成); a stated quantity about a programme, not a threshold category' });
E({ text: '投资84.6亿元的洪屏二期项目', name: '投资洪屏二期项目', value: 84.6, unit: '亿元',
  note: 'as above; 二期 is an ordinal inside the name' });
{
  const c = '纳入省市调度的57个重大项目累计完成投资118.9亿元,占年计划的137.61%';
  E({ anchor: c, text: '占年计划的137.61%', name: '占年计划', value: 137.61, unit: '%',
    note: 'share named by its relation without 的 (§3 name, 占年度计划); actual completion rate' });
  E({ anchor: c, text: '重大项目累计完成投资118.9亿元', name: '重大项目累计完成投资', value: 118.9, unit: '亿元',
    note: '累计 stays (§3 name); 完成投资 names the measure (完成 kept: the phrase is the measure, as 完成投资); the subject 重大项目 restricts it and stays' });
  E({ anchor: c, text: '57个重大项目', name: '重大项目', value: 57, unit: '个',
    note: 'count before its noun: span from the number; the relative clause 纳入省市调度的 before the count stays outside (span rule), name the noun' });
}
{
  const c = '争取地方专债项目11个、资金11.68亿元,申报贴息贷款项目9个、投放3049万元';
  E({ anchor: c, text: '投放3049万元', name: '贴息贷款项目投放', value: 3049, unit: '万元',
    note: 'a clause with only a verb takes the name of the item it continues + the verb (§3 subject left out, 累计建成52.6万亩); span on the clause' });
  E({ anchor: c, text: '贴息贷款项目9个', name: '贴息贷款项目', value: 9, unit: '个',
    note: '申报 (an application, an activity) dropped, as 争取/列入 (§3 name)' });
  E({ anchor: c, text: '资金11.68亿元', name: '资金', value: 11.68, unit: '亿元',
    note: 'a noun in the item\'s own clause is the name as written, even when it does not say whose (§3 subject left out)' });
  E({ anchor: c, text: '地方专债项目11个', name: '地方专债项目', value: 11, unit: '个',
    note: '争取 dropped (§3 name: 争取 obtains; the count of the year\'s special-bond projects)' });
}
E({ anchor: '全年新签约项目52个、签约资金247.53亿元', text: '签约资金247.53亿元', name: '签约资金', value: 247.53, unit: '亿元' });
E({ anchor: '全年新签约项目52个、签约资金247.53亿元', text: '新签约项目52个', name: '新签约项目', value: 52, unit: '个',
  note: '全年 dropped; 新签约 selects what is counted and stays (§3 name: 签约 kept)' });

// ───── ——值得欣喜的是,… 预计全县GDP增长5.8%左右;…;利用外资增长70.15%左右。 (line 19)
// 预计 governs the whole `;` list → estimate; growth-only items, about; no comparison word → basis null.
ctx({ status: 'estimate' });
for (const [name, v] of [['利用外资', 70.15], ['外贸出口', 75.4], ['一般公共预算收入', 7.8], ['固定资产投资', 10],
  ['社会消费品零售总额', 7.2], ['规上工业增加值', 9.3], ['GDP', 5.8]]) {
  const gt = `增长${v}%左右`;
  E({ anchor: `${name}${gt}`, text: `${name}${gt}`, name, value: null, unit: null, growth: G(v, '%', null, gt), qualifier: 'about',
    note: '预计 → estimate (it governs every clause of the sentence); 左右 → about; growth-only, basis null' + (name === 'GDP' ? '; 全县 dropped' : '') });
}
ctx({ status: 'actual' });

// ───── line 17: `二十大`, `第十七届人大二次会议` (ordinals), `“三拼三促”`, `“双一流”` (slogans): no item.
// ───── lines 1–13: furniture, title and session line dates (`2023年1月16日`), `第十七届`, `第三次会议`: no item.
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
