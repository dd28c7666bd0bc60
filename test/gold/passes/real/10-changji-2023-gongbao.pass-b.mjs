// Gold annotation, pass B, of test/fixtures/real/10-changji-2023-gongbao.txt (昌吉市 2023 statistical communiqué,
// traditional characters, paragraphs joined into long lines). Read in reverse: line 3 first, then line 2 from its
// end (the pipe row) back, then line 1. Built from the text, shared/CONTRACT.md §2–3, docs/annotation.md and the
// brief's decisions only.
// Sections: 一、綜合情況 sits mid-line 1 → s1 (text before it null, no figure there); everything after it is s1.
// All actual, period "2023" (title; 全年, 年末).
// Run from /work/main: node test/gold/passes/real/10-changji-2023-gongbao.pass-b.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { commonItemErrors } from '../gold-checks.mjs';

const BASE = '10-changji-2023-gongbao';
const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, '../../../..');
const SOURCE = `test/fixtures/real/${BASE}.txt`;
const OUT = resolve(here, `${BASE}.pass-b.json`);
const src = readFileSync(resolve(ROOT, SOURCE), 'utf8');
const { GoldDocumentSchema } = await import(pathToFileURL(resolve(ROOT, 'dist/schema/gold.js')).href);

const entries = [];
let ctx = { sectionId: null, status: 'actual', period: null };
const at = (sectionId, status, period) => { ctx = { sectionId, status, period }; };
// growth: g(value, unit, basis, text, qualifier?)
const g = (value, unit, basis, text, qualifier) =>
  qualifier ? { value, unit, basis, text, qualifier } : { value, unit, basis, text };
// I(anchor, text, name, value, unit, extra?) — anchor null → the text is its own anchor
const I = (anchor, text, name, value, unit, extra = {}) =>
  entries.push({ anchor: anchor ?? text, text, name, value, unit, growth: null, qualifier: null, ...ctx, ...extra });

at('s1', 'actual', '2023');

// ── line 3: 就業
I(null, '城鎮新增就業5630人', '城鎮新增就業', 5630, '人', { note: '全年 dropped' });
I(null, '就業困難人員實現就業429人', '就業困難人員實現就業', 429, '人',
  { note: '§3 subject + 實現 + object: 就業 alone does not name the measure → as written' });
// “零就業”家庭24小時“動態清零” → slogan (24小時 inside it), no item
I(null, '新增創業1344人', '新增創業', 1344, '人', { note: '全年 dropped' });
I(null, '帶動就業5128人', '帶動就業', 5128, '人', { note: '§3 name: 帶動 kept when the rest alone would be all of it (as 带动消费)' });
I(null, '農村富余勞動力轉移就業24151人次', '農村富余勞動力轉移就業', 24151, '人次', { note: '實現 + object naming the measure → object alone' });
I(null, '實名登記區內外應屆高校畢業生3909人', '實名登記區內外應屆高校畢業生', 3909, '人',
  { note: '§3 stock test: 實名登記 picks the registered graduates from all graduates → kept' });
I(null, '就業率保持在90%以上', '就業率', 90, '%', { qualifier: 'at_least' });

// ── line 2, end: | | | | | | 100.0 | | | 65.04 | … | 43.12 | | | | → a flattened table row with no row label and no
//    column name: its cells cannot be named or given a unit from the text → no items (see questions).

// ── line 2: 人口
I(null, '出生人口3423人', '出生人口', 3423, '人');
I(null, '人口出生率8.35%', '人口出生率', 8.35, '%', { note: 'brief: % printed where ‰ is obviously meant stays % (as written)' });
I(null, '死亡人口3470人', '死亡人口', 3470, '人');
I(null, '人口死亡率8.47%', '人口死亡率', 8.47, '%', { note: 'brief: % where ‰ is meant stays %' });
I(null, '人口自然增長率-0.11%', '人口自然增長率', -0.11, '%', { note: 'a level rate (value), negative as written; % where ‰ is meant stays % (brief)' });
const ages = [['0-17歲', 77324, 18.8], ['18-34歲', 88164, 21.4], ['35-59歲', 177576, 43.1], ['60歲及以上', 68730, 16.7]];
for (const [band, n, pct] of ages) {
  I(`${band}${n}人,占${pct}%`, `${band}${n}人`, band, n, '人',
    { note: 'age band named as written (the band is a category, its hyphen no range/negative; 及以上 part of the name, no qualifier); 人口年齡結構為 a lead-in' });
  I(`${band}${n}人,占${pct}%`, `占${pct}%`, `${band}占`, pct, '%',
    { note: '§3 share stated by its relation (占, of 戶籍總人口) with its subject in the previous clause: name = the band it continues + 占, span on the clause (§1 second figure without a name)' });
}
I(null, '男性201281人', '男性', 201281, '人');
I(null, '女性210513人', '女性', 210513, '人');
I(null, '城鎮267848人', '城鎮', 267848, '人', { note: '其中 outside; noun of the clause as written' });
I(null, '鄉村143946人', '鄉村', 143946, '人');
I(null, '戶籍總人口411794人', '戶籍總人口', 411794, '人');
I(null, '總戶數157243戶', '總戶數', 157243, '戶', { note: '年末全市 dropped; 據人口年報顯示 a source phrase' });
// 分別拉動經濟增長0.3、2.0和4.6個百分點 (members 三次產業 in a previous clause)
const pull = 'two 分別 clauses: the pull is its own item, growth pp, value null (§1); span and growth.text from the verb to the member\'s own figure, unit once at the end (§1 分別 span); member names from 三次產業 (assembled); basis null';
I('拉動經濟增長0.3、', '拉動經濟增長0.3', '第一產業拉動經濟增長', null, null, { growth: g(0.3, 'pp', null, '拉動經濟增長0.3'), note: pull }); 
I(null, '拉動經濟增長0.3、2.0', '第二產業拉動經濟增長', null, null, { growth: g(2.0, 'pp', null, '拉動經濟增長0.3、2.0'), note: pull });
I(null, '拉動經濟增長0.3、2.0和4.6個百分點', '第三產業拉動經濟增長', null, null, { growth: g(4.6, 'pp', null, '拉動經濟增長0.3、2.0和4.6個百分點'), note: pull });
const con = '§1 two 分別 clauses: 貢獻率 values (%) per member of 三次產業, span from the shared phrase of the item\'s own clause to its figure';
I('對經濟增長貢獻率分別為4.8%、', '對經濟增長貢獻率分別為4.8%', '第一產業對經濟增長貢獻率', 4.8, '%', { note: con });
I(null, '對經濟增長貢獻率分別為4.8%、28.4%', '第二產業對經濟增長貢獻率', 28.4, '%', { note: con });
I(null, '對經濟增長貢獻率分別為4.8%、28.4%和66.8%', '第三產業對經濟增長貢獻率', 66.8, '%', { note: con });
// 三次產業結構為8.4:40.9:50.7 → structure ratio, no item

// ── line 1: 一、綜合情況 (mid-line heading) …
I(null, '地區生產總值(GDP)620.77億元,比上年增長6.9%', '地區生產總值', 620.77, '億元',
  { growth: g(6.9, '%', 'yoy', '比上年增長6.9%'), note: '全年實現 dropped; (GDP) an abbreviation inside the span' });
I(null, '第一產業增加值52.34億元,增長3.0%', '第一產業增加值', 52.34, '億元', { growth: g(3.0, '%', null, '增長3.0%'), note: '其中 outside' });
I(null, '第二產業增加值254.09億元,增長6.3%', '第二產業增加值', 254.09, '億元', { growth: g(6.3, '%', null, '增長6.3%') });
I(null, '第三產業增加值314.35億元,增長7.8%', '第三產業增加值', 314.35, '億元', { growth: g(7.8, '%', null, '增長7.8%') });
// before 一、: title, 二十大, 十屆, 十二屆六次 (ordinals), “點、線、網、面”, “典范地州” (slogans) → no figure

// ───────────── build and verify ─────────────
function count(hay, needle) { let n = 0, i = -1; while ((i = hay.indexOf(needle, i + 1)) !== -1) n++; return n; }
const clean = (s) => s.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, '').replace(/\s+/g, '');
const problems = [];
const namesNotInText = [];
const out = [];
for (const e of entries) {
  const w = `«${e.text}»`;
  const n = count(src, e.anchor);
  if (n !== 1) { problems.push(`${w}: anchor occurs ${n} times`); continue; }
  const a = src.indexOf(e.anchor);
  const k = e.anchor.indexOf(e.text);
  if (k < 0 || e.anchor.indexOf(e.text, k + 1) >= 0) { problems.push(`${w}: text not exactly once in anchor`); continue; }
  const start = a + k, end = start + e.text.length;
  const it = { name: e.name, value: e.value };
  if (e.valueHigh !== undefined) it.valueHigh = e.valueHigh;
  Object.assign(it, { unit: e.unit, growth: e.growth, qualifier: e.qualifier, status: e.status, period: e.period,
    sectionId: e.sectionId, span: { start, end }, text: src.slice(start, end) });
  if (e.note) it.note = e.note;
  if (it.text !== e.text) problems.push(`${w}: slice mismatch`);
  problems.push(...commonItemErrors(src, it, w));
  if (e.unit && !e.unitFromHeader && !clean(e.text).includes(e.unit)) problems.push(`${w}: unit ${e.unit} not written in text`);
  if (e.growth) {
    const down = /下降|下滑|减少|減少|降低|回落|放缓|減支|减支|-/.test(e.growth.text);
    if (down !== (e.growth.value < 0)) problems.push(`${w}: growth sign does not follow its verb`);
    if (e.growth.basis === 'yoy' && !/同比|比上年|較上年|较上年|比年初|上年|上年同期/.test(e.text) && !e.yoyFromHeader) problems.push(`${w}: yoy without a comparison in the span`);
  }
  if (!clean(e.text).includes(e.name.replace(/\s+/g, ''))) namesNotInText.push(`${e.name} ⟵ ${e.text}`);
  out.push(it);
}
out.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
for (let i = 1; i < out.length; i++) {
  const p = out[i - 1], q = out[i];
  if (p.span.start === q.span.start && p.span.end === q.span.end && p.value === q.value && p.unit === q.unit && (p.growth?.value ?? null) === (q.growth?.value ?? null))
    problems.push(`duplicate item «${q.text}»`);
}
const doc = { document: BASE, source: SOURCE, annotator: 'pass-b', indicators: out };
const parsed = GoldDocumentSchema.safeParse(doc);
if (!parsed.success) problems.push('GoldDocumentSchema: ' + JSON.stringify(parsed.error.issues.slice(0, 5)));
if (problems.length) { console.error(problems.join('\n')); process.exit(1); }
writeFileSync(OUT, JSON.stringify(doc, null, 2) + '\n');
const by = (f) => out.reduce((m, x) => ((m[f(x)] = (m[f(x)] || 0) + 1), m), {});
console.log(`OK ${BASE}: ${out.length} items; spans verified (source.slice === text); GoldDocumentSchema valid`);
console.log('status', by((x) => x.status), 'period', by((x) => x.period), 'sections', by((x) => x.sectionId));
if (namesNotInText.length) console.log(`names not written contiguously in their text (assembled or table names), ${namesNotInText.length}:\n  ` + namesNotInText.join('\n  '));
