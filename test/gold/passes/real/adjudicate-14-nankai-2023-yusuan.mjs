// Adjudicated gold for test/fixtures/real/14-nankai-2023-yusuan.txt (南开区2023年预算执行情况和2024年预算草案的
// 报告; real excerpt, development material).
//
// Starts from pass A and applies one commented decision per disagreement found by
//   node test/gold/passes/compare-passes.mjs test/gold/passes/real/14-nankai-2023-yusuan.pass-a.json test/gold/passes/real/14-nankai-2023-yusuan.pass-b.json
// A 16, B 16, 16 matched; 1 matched pair differs (span only): 1 decision. Every other item was checked
// against the text and the guidelines; no item both passes agreed on breaks a rule, so there is no correction.
//
// Run from the repo root:  node test/gold/passes/real/adjudicate-14-nankai-2023-yusuan.mjs
// Writes test/gold/14-nankai-2023-yusuan.gold.json.
import { adjudicate } from './adjudicate-lib-09-16.mjs';

const DECISIONS = [];

// ---- E1 (span). 加上税收返还和转移支付等资金27.23亿元 (s1.1.1). Both: name 资金, 27.23 亿元, actual.
// A span 资金27.23亿元 | B span 税收返还和转移支付等资金27.23亿元. §3 name: examples before 等 are dropped, the
// category after it is the name (省级以上工程技术研究中心等研发平台23个 → 研发平台); §3 span: from the first
// character of the name. The qinglan-2023 gold has exactly this: `研发平台23个` (the examples outside the span),
// and the count-first case (`7个产业联盟`, not `电机、泵、耐火材料等7个产业联盟`) keeps the examples out likewise.
// The examples are not part of the measure's name, so they are not in its span. → A.
DECISIONS.push({ id: 'E1', find: '资金27.23亿元', keep: true,
  note: 'E1: examples before 等 are dropped from the name and stay outside the span, which starts at the name (资金), as 研发平台23个 in the qinglan-2023 gold (annotation.md §3 name, span)' });

const CORRECTIONS = [];
const RULE_NOTES = [
  ['区级一般公共预算收入预计完成39.1亿元', 0, 'budget clause (ANNOTATE.md): X the outturn, here estimate (预计); 区级 restricts the measure to the district-level budget and stays (annotation.md §3 name)'],
  ['收入调整预算37.5亿元', 0, 'budget clause (ANNOTATE.md): Y, the adjusted budget of the same year, a target item although 预计 governs the sentence; the approving body and its ordinals (第十八届, 第十九次) are not in the name'],
  ['完成区第十八届人大常委会第十九次会议批准收入调整预算37.5亿元的104.3%', 0, 'budget clause (ANNOTATE.md): Z, the completion rate, named by the relation (完成 + 收入调整预算), span from 完成 over the base to the rate (the Y span lies inside); estimate (预计 earlier in the sentence)'],
  ['一般公共预算总收入预计为104.05亿元', 0, '预计 governs what follows it: the total is estimate, the components before it in the sentence actual (annotation.md §3 status; open point for the lead in ADJUDICATION-09-16.md)'],
  ['动用预算稳定调节基金1.72亿元', 0, 'a budget revenue line is named as the line is written (动用 kept: without it the phrase reads as the fund\'s balance; stock test, annotation.md §3 name; new rule proposed in ADJUDICATION-09-16.md)'],
  ['国防支出352万元', 0, 'unit as written (万元 among 亿元 items); a new sentence without 预计 → actual (annotation.md §3 value/unit, status)'],
];

const yItem = (x) => /调整预算$/u.test(x.name) && !x.name.startsWith('完成');
await adjudicate({
  base: '14-nankai-2023-yusuan',
  decisions: DECISIONS, corrections: CORRECTIONS, ruleNotes: RULE_NOTES, expectedDecisions: 1,
  // 2023年预算执行基本情况 is unnumbered: no section. 一、 s1, (一) s1.1, the run-in 1./2. under it s1.1.1/s1.1.2
  headings: [['一、预算收入和支出情况', 's1'], ['(一)一般公共预算部分', 's1.1'], ['1.一般公共预算收入。', 's1.1.1'], ['2.一般公共预算支出。', 's1.1.2']],
  expect: (x, { sentence }) => ({
    status: yItem(x) ? 'target' : /预计/u.test(sentence) ? 'estimate' : 'actual',
    period: '2023',
  }),
});
