// Adjudicated gold for test/fixtures/real/03-gucheng-2020-gongzuo.txt (谷城县 2020 government work report, a
// repost with watermark tokens `jMF` and hard wraps at a fixed width, inside names and numbers).
//
// compare-passes.mjs (pass A against pass B):
//   node test/gold/passes/compare-passes.mjs test/gold/passes/real/03-gucheng-2020-gongzuo.pass-a.json test/gold/passes/real/03-gucheng-2020-gongzuo.pass-b.json
// A 7, B 7, matched 7, no pair differs on any field: no decision. The gold is pass A with the rule notes below
// (open questions both passes answered alike, decided against the text and docs/annotation.md).
// Values split by a hard wrap (`25\n0.3亿元`, `2\n.5亿美元`) are checked by the shared module on the text with the
// line break inside the number removed (gold-checks.mjs `written()` does not join them and is left unchanged).
//
// Run from the repo root:  node test/gold/passes/real/adjudicate-03-gucheng-2020-gongzuo.mjs
// Writes test/gold/03-gucheng-2020-gongzuo.gold.json.
import { adjudicate } from './adjudicate-lib-01-08.mjs';

const base = '03-gucheng-2020-gongzuo';
const ruleNotes = [
  ['地区生产\n总值突破400亿元,年均增长6.2%', 0, '预计十三五末 governs the whole ;-list → estimate; period 2020 (十三五末 = end of 2020, the report year; annotation.md §3 status, period); 突破 without an exact value → 400 亿元 more_than (§1 milestone, §3 qualifier); 年均增长 → growth %, basis null (an average annual rate, no comparison with the previous year; ADJUDICATION-01-08 R3); name without the hard wrap, span an exact slice (ADJUDICATION-01-08 R4)'],
  ['固定资产投资25\n0.3亿元,可比年均增长10.3%', 0, 'a number split by a hard wrap is read whole: 25\\n0.3 → 250.3 亿元, the span keeps the line break (ADJUDICATION-01-08 R4); 可比年均增长 → growth %, basis null, 可比 kept in growth.text (R3)'],
  ['外贸出口2\n.5亿美元,年均增长6.1%', 0, '2\\n.5 → 2.5 亿美元, unit as written (annotation.md §3 value/unit; ADJUDICATION-01-08 R4)'],
  ['城镇常住居民人均可支配\n收入35867元,年均增长7.7%', 0, 'name without the hard wrap (城镇常住居民人均可支配收入); the clause after it (农村常住) is cut before any figure → no item'],
];

await adjudicate({
  base, decisions: [], expectedDecisions: 0, corrections: [], ruleNotes,
  headings: [['一、十三五时期工作总结', 's1']],
  // 预计十三五末 governs the ;-list that runs to the end of the excerpt (the hard wraps inside it are no sentence
  // ends, so the position decides: after 预计 → estimate)
  expect: (x, { src }) => ({ status: x.span.start > src.indexOf('预计十三五末') ? 'estimate' : 'actual', period: '2020' }),
});
