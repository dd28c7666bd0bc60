// Adjudicated gold for test/fixtures/real/13-lishu-2019-gongzuo.txt (2019年梨树县政府工作报告, reposted on a 范文
// site; real excerpt, development material).
//
// Starts from pass A and applies one commented decision per disagreement found by
//   node test/gold/passes/compare-passes.mjs test/gold/passes/real/13-lishu-2019-gongzuo.pass-a.json test/gold/passes/real/13-lishu-2019-gongzuo.pass-b.json
// A 11, B 11, 11 matched, no pair differs on any field: no decision. Every item was checked against the text
// and the guidelines; no item both passes agreed on breaks a rule, so there is no correction.
//
// Run from the repo root:  node test/gold/passes/real/adjudicate-13-lishu-2019-gongzuo.mjs
// Writes test/gold/13-lishu-2019-gongzuo.gold.json.
import { adjudicate } from './adjudicate-lib-09-16.mjs';

const DECISIONS = []; // no disagreement
const CORRECTIONS = [];
const RULE_NOTES = [
  ['地区生产总值增长3.3%', 0, '预计到年末 governs its sentence (to 与经济增长同步。): estimate; the next sentences without 预计 are actual (annotation.md §3 status)'],
  ['开复工5000万元以上项目32个', 0, '5000万元以上 is a threshold defining the category of project (part of the name), so its 以上 is not the count\'s qualifier: null (annotation.md §1 a threshold that defines a category; level words); 开复工 selects (stock test)'],
  ['13个项目参加省“三早”项目集中开工', 0, 'a count with 等 after named projects is an item; the predicate stays (项目 alone says nothing); 30兆瓦 and 6万吨 lie inside project names (annotation.md §1 count + predicate, §2 name)'],
];

await adjudicate({
  base: '13-lishu-2019-gongzuo',
  decisions: DECISIONS, corrections: CORRECTIONS, ruleNotes: RULE_NOTES, expectedDecisions: 0,
  headings: [['一、攻坚克难', 's1']], // the —— run-ins and 项目建设质效齐升。 are unnumbered: not sections
  // results of 2019 (title, 2019年是…的一年); 预计 before the item in its sentence → estimate
  expect: (x, { sentence }) => ({ status: /预计/u.test(sentence) ? 'estimate' : 'actual', period: '2019' }),
});
