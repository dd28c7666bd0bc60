// Adjudicated gold for test/fixtures/real/12-tiefeng-2024-gongzuo.txt (齐齐哈尔市铁锋区人民政府工作报告, page 2:
// the 2025 targets; real excerpt, development material).
//
// Starts from pass A and applies one commented decision per disagreement found by
//   node test/gold/passes/compare-passes.mjs test/gold/passes/real/12-tiefeng-2024-gongzuo.pass-a.json test/gold/passes/real/12-tiefeng-2024-gongzuo.pass-b.json
// A 8, B 8, 8 matched, no pair differs on any field: no decision. Every item was checked against the text
// and the guidelines; no item both passes agreed on breaks a rule. Both passes numbered the first heading of
// the page, 二、2025年目标任务与重点工作, s1 (sections by order of appearance; the brief's consistency rule:
// a page starting at 二、 has it as s1) and its (一) s1.1.
//
// Run from the repo root:  node test/gold/passes/real/adjudicate-12-tiefeng-2024-gongzuo.mjs
// Writes test/gold/12-tiefeng-2024-gongzuo.gold.json.
import { adjudicate } from './adjudicate-lib-09-16.mjs';

const DECISIONS = []; // no disagreement
const CORRECTIONS = [];
const RULE_NOTES = [
  ['地区生产总值增长3%', 0, 'page 2 starting at 二、: the first heading in order of appearance is s1 (annotation.md §3 sectionId; ADJUDICATE.md consistency); target from the plan part and the lead-in 主要预期目标是, period 2025 from the heading; the delivery date in the title is no period'],
  ['一般公共财政预算增长8%', 0, 'a truncated indicator name is kept as written (收入 not added) (annotation.md §3 name: as written)'],
  ['GDP突破百亿元', 0, '突破 without an exact value of the measure: an item, more_than; 百亿元 resolved whole → 10000000000 元 (annotation.md §1 Chinese numerals, milestone; §3 qualifier)'],
  ['经开区营收稳定在百亿元以上', 0, '经开区 restricts the measure to part of the area and stays; 稳定在 is a level verb, 以上 → at_least; 百亿元 → 10000000000 元 (annotation.md §3 name, qualifier)'],
  ['新增规上工业企业5家以上', 0, 'the run-in 不断调优产业结构。 is an unnumbered heading, not a section: the item stays in s1.1 (ANNOTATE.md sectionId)'],
];

await adjudicate({
  base: '12-tiefeng-2024-gongzuo',
  decisions: DECISIONS, corrections: CORRECTIONS, ruleNotes: RULE_NOTES, expectedDecisions: 0,
  headings: [['二、2025年目标任务与重点工作', 's1'], ['(一)突出产业兴区', 's1.1']],
  expect: () => ({ status: 'target', period: '2025' }), // the plan part for 2025 only
});
