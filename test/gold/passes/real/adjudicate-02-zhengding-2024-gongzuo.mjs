// Adjudicated gold for test/fixtures/real/02-zhengding-2024-gongzuo.txt (正定县 government work report, page 2:
// only the 2025 targets, under the unnumbered heading `2025年发展目标与重点任务`).
//
// compare-passes.mjs (pass A against pass B):
//   node test/gold/passes/compare-passes.mjs test/gold/passes/real/02-zhengding-2024-gongzuo.pass-a.json test/gold/passes/real/02-zhengding-2024-gongzuo.pass-b.json
// A 7, B 7, matched 7, no pair differs on any field: no decision. The gold is pass A with the rule notes below
// (open questions both passes answered alike, decided against the text and docs/annotation.md).
//
// Run from the repo root:  node test/gold/passes/real/adjudicate-02-zhengding-2024-gongzuo.mjs
// Writes test/gold/02-zhengding-2024-gongzuo.gold.json.
import { adjudicate } from './adjudicate-lib-01-08.mjs';

const base = '02-zhengding-2024-gongzuo';
const ruleNotes = [
  ['地区生产总值增长6%以上', 0, 'target from the lead-in 2025年主要预期目标是 (annotation.md §3 status); period 2025, the year the targets belong to, not the report year 2024 (§3 period); the unnumbered heading 2025年发展目标与重点任务 is no section → sectionId null (ANNOTATE.md sectionId)'],
  ['城乡居民人均可支配收入分别增长5.5%左右', 0, '分别: 城乡 split into its members as the field names them (城镇居民…, 农村居民…), as 城乡低保 → 城市低保/农村低保; each member has its own 左右 → about (annotation.md §1 分别)'],
  ['城乡居民人均可支配收入分别增长5.5%左右和6.5%左右', 0, '分别 second member: span from the shared phrase to its own figure and qualifier, growth.text 增长5.5%左右和6.5%左右 (annotation.md §1 分别: span and growth.text)'],
];

await adjudicate({
  base, decisions: [], expectedDecisions: 0, corrections: [], ruleNotes,
  headings: [], // the only heading is unnumbered: not a section
  expect: () => ({ status: 'target', period: '2025' }),
  // 城乡 is split into its members as the field names them (annotation.md §1 分别: 城乡低保 → 城市低保/农村低保)
  nameOk: (x) => ['城镇居民人均可支配收入', '农村居民人均可支配收入'].includes(x.name) && x.text.startsWith('城乡居民人均可支配收入分别'),
});
