// Adjudicated gold for test/fixtures/real/06-jiaocheng-2022-yusuan.txt (蕉城區 2022 final-accounts explanation,
// a traditional-character mirror with mojibake that destroys the `（一）` heading and the first item).
//
// compare-passes.mjs (pass A against pass B):
//   node test/gold/passes/compare-passes.mjs test/gold/passes/real/06-jiaocheng-2022-yusuan.pass-a.json test/gold/passes/real/06-jiaocheng-2022-yusuan.pass-b.json
// A 35, B 35, matched 35, no pair differs on any field: no decision. The gold is pass A with the rule notes below
// (open questions both passes answered alike, decided against the text and docs/annotation.md).
//
// Run from the repo root:  node test/gold/passes/real/adjudicate-06-jiaocheng-2022-yusuan.mjs
// Writes test/gold/06-jiaocheng-2022-yusuan.gold.json.
import { adjudicate } from './adjudicate-lib-01-08.mjs';

const base = '06-jiaocheng-2022-yusuan';
const ruleNotes = [
  ['本級一般公共預算支出數為459989萬元,占調整預算數115.8%,增支42991萬元,增長10.3%', 0, 'budget clause decomposed (ANNOTATE.md budget clauses): value + growth one item over the clause, basis null (no comparison word); the completion rate and the absolute change are items of their own, their spans inside this one; 本級 restricts the measure and stays, 2022年度 and 蕉城區 dropped (annotation.md §3 name); period 2022 (2022年度); no budget amount is written, so no target item'],
  ['占調整預算數115.8%', 0, 'completion rate named by its relation as written (ANNOTATE.md budget clauses; annotation.md §3 name)'],
  ['增支42991萬元', 0, 'absolute change: measure + verb, value positive, the verb carries the direction (annotation.md §1 amount of change; ANNOTATE.md budget clauses)'],
  ['人大事務1087萬元,較上年增支204萬元,增長23.1%', 0, 'value + rate one item, basis yoy from 較上年 in its span, growth.text the rate (annotation.md §3 growth: a comparison word leading an amount of change belongs to it); the entry number 1. is an ordinal outside the span; the mojibake first item (一般公共服務支出 ?8639萬元, 減支5273萬元, 下降9.8%) has no item: its value is damaged and its measure is named only inside the garbage (ANNOTATE.md mojibake); the destroyed （一） heading is no section, all items s1'],
  ['知識產權事務10萬元', 0, '與上年持平 writes no figure: growth null, span ends at the value (ADJUDICATION-01-08 R9)'],
  ['港澳臺事務12萬元', 0, '上年無支出 writes no figure: no growth, no item (ADJUDICATION-01-08 R9); the change 較上年增支12萬元 is its own item'],
  ['海關事務20萬元,較上年減支20萬元,下降50%', 0, 'an integer rate as written → −50 %'],
];

await adjudicate({
  base, decisions: [], expectedDecisions: 0, corrections: [], ruleNotes,
  headings: [['一、區本級支出決算情況說明', 's1']],
  expect: () => ({ status: 'actual', period: '2022' }),
});
