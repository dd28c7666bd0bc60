// Adjudicated gold for test/fixtures/real/15-youyang-2025-jidu.txt (酉阳县 first-quarter 2025 statistics release;
// real excerpt, development material).
//
// Starts from pass A and applies one commented decision per disagreement found by
//   node test/gold/passes/compare-passes.mjs test/gold/passes/real/15-youyang-2025-jidu.pass-a.json test/gold/passes/real/15-youyang-2025-jidu.pass-b.json
// A 27, B 27, 27 matched, no pair differs on any field: no decision. Every item was checked against the text
// and the guidelines; no item both passes agreed on breaks a rule, so there is no correction. The year is
// written nowhere in the text: period "2025" from the publication (address …/202505/…) and the README row,
// said in every note with the quarter or months (ANNOTATE.md quarterly releases; notes kept from pass A).
//
// Run from the repo root:  node test/gold/passes/real/adjudicate-15-youyang-2025-jidu.mjs
// Writes test/gold/15-youyang-2025-jidu.gold.json.
import { adjudicate } from './adjudicate-lib-09-16.mjs';

const DECISIONS = []; // no disagreement
const CORRECTIONS = [];
const RULE_NOTES = [
  ['规上服务业实现营业收入3.7亿元, 比上年下降1.8%', 0, 'subject + 实现 + an object that alone does not say whose (营业收入): as written (annotation.md §3 name); 比上年 → yoy; the stray space after the comma lies inside the span'],
  ['第一产业增长129.2%', 0, 'a breakdown (分产业看) named by the noun of its own clause, as written (annotation.md §3 subject left out)'],
  ['城乡收入比持续缩小,由上年同期的2.05:1下降为2.02:1', 0, 'a level reached from another: the new ratio 2.02 (x:1 → value, unit null), the old one inside the span, no growth (annotation.md §1)'],
];

await adjudicate({
  base: '15-youyang-2025-jidu',
  decisions: DECISIONS, corrections: CORRECTIONS, ruleNotes: RULE_NOTES, expectedDecisions: 0,
  headings: [['一、农业生产', 's1'], ['二、工业生产', 's2'], ['三、固定资产投资', 's3'], ['四、消费市场', 's4'], ['五、服务业', 's5'], ['六、居民收入', 's6']],
  expect: () => ({ status: 'actual', period: '2025' }),
  // a ratio x:1 is the only value without a unit
  unitNullOk: (x) => x.name === '城乡收入比',
  extraChecks: (x, w) => (/period 2025/u.test(x.note ?? '') && /quarter: 一季度|months: 1-2月|months: 3月末/u.test(x.note ?? '') ? [] : [`${w}: the note must say where the period comes from and give the quarter or months`]),
});
