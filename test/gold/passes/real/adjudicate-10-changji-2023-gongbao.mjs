// Adjudicated gold for test/fixtures/real/10-changji-2023-gongbao.txt (2023年昌吉市國民經濟和社會發展統計公報,
// traditional-character mirror; real excerpt, development material).
//
// Starts from pass A and applies one commented decision per disagreement found by
//   node test/gold/passes/compare-passes.mjs test/gold/passes/real/10-changji-2023-gongbao.pass-a.json test/gold/passes/real/10-changji-2023-gongbao.pass-b.json
// A 36, B 36, 36 matched, no pair differs on any field (span and growth.text included): no decision.
// Every item was checked against the text and the guidelines (docs/annotation.md, /work/wt/ANNOTATE.md);
// no item both passes agreed on breaks a rule, so there is no correction. Questions both passes answered
// alike (the label-less pipe row, 分別 members implied by 三次產業, age-band shares, ‰ printed as %) are
// cited in RULE_NOTES and proposed as rules in ADJUDICATION-09-16.md.
//
// Run from the repo root:  node test/gold/passes/real/adjudicate-10-changji-2023-gongbao.mjs
// Writes test/gold/10-changji-2023-gongbao.gold.json.
import { adjudicate } from './adjudicate-lib-09-16.mjs';

const DECISIONS = []; // no disagreement
const CORRECTIONS = [];
const RULE_NOTES = [
  ['對經濟增長貢獻率分別為4.8%', 0, '分別 whose members are only implied by 三次產業 in the previous clause: each member named by the industry in order (第一/第二/第三產業, as written in the items above), span from the measure of its own clause (annotation.md §1 分別; new rule proposed in ADJUDICATION-09-16.md)'],
  ['拉動經濟增長0.3', 0, '分別拉動經濟增長 with members implied by 三次產業: growth pp, value null, span and growth.text from 拉動 (annotation.md §1 two 分別 clauses)'],
  ['占18.8%', 0, 'a share whose clause holds only the verb 占: named after the item it continues + 占 (0-17歲占), span on the clause; the age band 0-17歲 is a category, not a range (annotation.md §3 subject left out; new rule proposed in ADJUDICATION-09-16.md)'],
  ['人口出生率8.35%', 0, '% printed where ‰ is meant stays % (as written; ANNOTATE.md)'],
  ['人口死亡率8.47%', 0, '% printed where ‰ is meant stays % (as written; ANNOTATE.md)'],
  ['人口自然增長率-0.11%', 0, 'a rate printed with % where ‰ is meant stays % (ANNOTATE.md); a natural growth rate is a level: value −0.11, no growth'],
  ['人口自然增長率-0.11%', 0, 'the pipe row right after this item the population paragraph (| | | … 100.0 | … 65.04 | …) has no row label, column name or unit written: its cells are no items (a figure whose measure cannot be named from the text; new rule proposed in ADJUDICATION-09-16.md); the population figures are annotated where the prose writes them'],
];

await adjudicate({
  base: '10-changji-2023-gongbao',
  decisions: DECISIONS, corrections: CORRECTIONS, ruleNotes: RULE_NOTES, expectedDecisions: 0,
  headings: [['一、綜合情況', 's1']], // mid-line in the joined page, still a heading (ANNOTATE.md)
  expect: () => ({ status: 'actual', period: '2023' }), // communiqué; the title's year
  extraChecks: (x, w) => (x.text.includes('|') ? [`${w}: the label-less pipe row holds no item`] : []),
});
