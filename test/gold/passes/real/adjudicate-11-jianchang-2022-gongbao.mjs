// Adjudicated gold for test/fixtures/real/11-jianchang-2022-gongbao.txt (2022年葫蘆島市建昌縣國民經濟和社會發展
// 統計公報, converted-document mirror in traditional characters with pinyin residue; real excerpt).
//
// Starts from pass A and applies one commented decision per disagreement found by
//   node test/gold/passes/compare-passes.mjs test/gold/passes/real/11-jianchang-2022-gongbao.pass-a.json test/gold/passes/real/11-jianchang-2022-gongbao.pass-b.json
// A 22, B 22, 22 matched, no pair differs on any field (span and growth.text included): no decision.
// Every item was checked against the text and the guidelines; no item both passes agreed on breaks a rule,
// so there is no correction. Questions both passes answered alike are cited in RULE_NOTES.
//
// Run from the repo root:  node test/gold/passes/real/adjudicate-11-jianchang-2022-gongbao.mjs
// Writes test/gold/11-jianchang-2022-gongbao.gold.json.
import { adjudicate } from './adjudicate-lib-09-16.mjs';

const DECISIONS = []; // no disagreement
const CORRECTIONS = [];
const RULE_NOTES = [
  ['地區(qū)生產總值91.8億元,比上年下降1.4%', 0, 'name without the converter residue (地區(qū) → 地區), span an exact slice with the residue inside (ANNOTATE.md); the bracketed method note (按可比價格計算) after the growth stays outside span and growth.text (new rule proposed in ADJUDICATION-09-16.md)'],
  ['工業(yè)實現增加值12.5億元,同比下降11.5%', 0, 'subject + 實現 + an object that alone does not name the measure (增加值): as written, 工業實現增加值 (annotation.md §3 name, as 民营经济实现增加值)'],
  ['“四上”企業(yè) 84 家', 0, 'quotes around part of a name stay (annotation.md §3 name); 四上 is a category label inside the quotes, no item; the spaces around 84 lie inside the span'],
  ['種植業(yè)23.99億元,增長1.2%', 0, 'a member after 其中: named as written (種植業), not assembled (種植業產值); a bare 增長 → basis null (annotation.md §3 name, growth)'],
];

await adjudicate({
  base: '11-jianchang-2022-gongbao',
  decisions: DECISIONS, corrections: CORRECTIONS, ruleNotes: RULE_NOTES, expectedDecisions: 0,
  // headings without 、 on their own lines are numbered headings (一 綜合情況, 二 農林牧漁業生產)
  headings: [['\n一 綜合情況', 's1'], ['\n二 農林牧漁業', 's2']],
  // communiqué; the title's year is damaged by mojibake (?022年), the opening paragraph states 2022年
  expect: () => ({ status: 'actual', period: '2022' }),
});
