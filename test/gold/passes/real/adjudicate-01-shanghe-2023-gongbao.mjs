// Adjudicated gold for test/fixtures/real/01-shanghe-2023-gongbao.txt (2023年商河縣國民經濟和社會發展統計公報,
// a forum repost in traditional characters, the whole excerpt on one line).
//
// Starts from pass A and applies the decisions below, one per disagreement found by compare-passes.mjs:
//   node test/gold/passes/compare-passes.mjs test/gold/passes/real/01-shanghe-2023-gongbao.pass-a.json test/gold/passes/real/01-shanghe-2023-gongbao.pass-b.json
// (A 24, B 21 items; 21 matched; 3 items in A only, none in B only; 3 matched pairs differ in growth and span).
// The six disagreements are one phenomenon (a share followed by `占比較上年提高N個百分點`), decided against the
// text and docs/annotation.md (§ cited), never by majority and never by what the extractor does.
//
// Run from the repo root:  node test/gold/passes/real/adjudicate-01-shanghe-2023-gongbao.mjs
// Writes test/gold/01-shanghe-2023-gongbao.gold.json.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { spanFinder } from '../gold-checks.mjs';
import { adjudicate, ROOT } from './adjudicate-lib-01-08.mjs';

const base = '01-shanghe-2023-gongbao';
const src = readFileSync(resolve(ROOT, `test/fixtures/real/${base}.txt`), 'utf8');
const at = spanFinder(src);

// ---- P1–P6. A share and the change of that share: `占地區生產總值比重為28.5%,占比較上年提高0.8個百分點` (and
// `…為5.7%,占比較上年提高0.2個百分點`, `制造業增加值占GDP比重為20.5%,占比較上年提高0.2個百分點`).
// A: two items each — the share (value %) and a growth-only item named `占比` (+pp yoy) | B: one item, the share
// with its change as its growth (span over both clauses). `占比` is not another measure: it is the share just
// stated, written again as the subject of its change. A level and its change by points are one item (§1 value and
// growth in one clause; `提高到60%` vs `提高3个百分点`; the §1 example `优良天数比例81.6%，比上年增加11天，提高3.0个
// 百分点` → 81.6 % + 3.0 pp yoy; the gold of qinglan/yuanfeng: `税收占比达到80.9%，比上年提高1.9个百分点`, one item).
// A separate item exists only where the share already has a growth (an item has one growth: §1 a change of a
// growth rate), which is not the case here. → B: the share item takes the growth and its span runs to the change
// (P1, P3, P5: set like B); A's three `占比` items are removed (P2, P4, P6: omitA).
// New rule proposed (ADJUDICATION-01-08.md R1): a share's change with the noun `占比` restated is its growth.
const P_NOTE = 'a share and the change of that share in the next clause (`占比` restates the share, it is no other measure): one item, value % + growth pp yoy, span over both clauses (annotation.md §1 value and growth; §1 two measures … 优良天数比例81.6%…提高3.0个百分点; ADJUDICATION-01-08 R1)';
const pp = (v, text) => ({ value: v, unit: 'pp', basis: 'yoy', text });
const decisions = [
  { id: 'P1', find: '占地區生產總值比重為28.5%', like: 'B',
    set: { ...at('占地區生產總值比重為28.5%,占比較上年提高0.8個百分點', '占地區生產總值比重為28.5%,占比較上年提高0.8個百分點'), growth: pp(0.8, '較上年提高0.8個百分點') },
    note: `P1: ${P_NOTE}; the share follows a mojibake-damaged value (“四新”經濟增加值, not an item) and is named by its own relation (§3 subject left out; ANNOTATE.md mojibake)` },
  { id: 'P2', find: '占比較上年提高0.8個百分點', omitA: true, note: 'P2: the change of the share is the growth of P1' },
  { id: 'P3', find: '占地區生產總值比重為5.7%', like: 'B',
    set: { ...at('占地區生產總值比重為5.7%,占比較上年提高0.2個百分點', '占地區生產總值比重為5.7%,占比較上年提高0.2個百分點'), growth: pp(0.2, '較上年提高0.2個百分點') },
    note: `P3: ${P_NOTE}; the share of 健康產業增加值, named by its relation (§3 subject left out)` },
  { id: 'P4', find: '占比較上年提高0.2個百分點', nth: 0, omitA: true, note: 'P4: the change of the share is the growth of P3' },
  { id: 'P5', find: '制造業增加值占GDP比重為20.5%', like: 'B',
    set: { ...at('制造業增加值占GDP比重為20.5%,占比較上年提高0.2個百分點', '制造業增加值占GDP比重為20.5%,占比較上年提高0.2個百分點'), growth: pp(0.2, '較上年提高0.2個百分點') },
    note: `P5: ${P_NOTE}` },
  // after P4 removed the first of the two equal texts, the second is the only one left
  { id: 'P6', find: '占比較上年提高0.2個百分點', omitA: true, note: 'P6: the change of the share is the growth of P5' },
];

// ---- Rule notes: open questions both passes answered alike; the items do not change.
const ruleNotes = [
  ['地區生產總值[2]246.1億元,名義增長6.8%', 0, 'GDP with two growth rates: the value takes the growth written next to it (名義增長6.8%, basis null: no comparison word); the comparable-price rate is a second item (an item has one growth) (annotation.md §1 second figure; ADJUDICATION-01-08 R2); the footnote mark [2] is an ordinal inside the span, not in the name (ANNOTATE.md)'],
  ['按可比價格計算,比上年增長7.0%', 0, 'second growth of the same measure: own item named after it, span on the clause with its condition (annotation.md §1 second figure, §3 span 扣除…后净增)'],
  ['二三產業占比較去年同期提高0.8個百分點', 0, '較去年同期 in an annual communiqué = the previous year → yoy; the structure ratios 25.1:33.6:41.3 → 24.3:32.6:43.1 are no items (annotation.md §1 ratio of structure)'],
  ['對經濟增長貢獻率1.3%', 0, 'a rate after a mojibake-damaged value, named by its own clause → an item (ANNOTATE.md mojibake); 名義增長10.0% before it has no nameable measure (the name is inside the garbage) → no item, as the value ?0.2億元'],
  ['提供就業崗位1萬余個', 0, '1萬余個 → 10000 個 more_than (annotation.md §3 value: a 萬 followed by 余 belongs to the number); 提供 kept (stock test, §3 name)'],
];

await adjudicate({
  base, decisions, expectedDecisions: 6, corrections: [], ruleNotes,
  headings: [['一、綜合', 's1']],
  // a statistical communiqué: every figure actual; no year in the heading → the title's year (§3 period)
  expect: () => ({ status: 'actual', period: '2023' }),
});
