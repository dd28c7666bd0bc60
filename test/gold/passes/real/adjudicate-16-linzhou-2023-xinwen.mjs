// Adjudicated gold for test/fixtures/real/16-linzhou-2023-xinwen.txt (a news item on 林周縣, traditional
// characters with converter noise; real excerpt, development material).
//
// Starts from pass A and applies one commented decision per disagreement found by
//   node test/gold/passes/compare-passes.mjs test/gold/passes/real/16-linzhou-2023-xinwen.pass-a.json test/gold/passes/real/16-linzhou-2023-xinwen.pass-b.json
// A 3, B 3, 3 matched, no pair differs on any field (growth.qualifier included: both more_than): no decision.
// Every item was checked against the text and the guidelines; no item both passes agreed on breaks a rule.
// The readings both passes took where the guidelines were silent (糧食總產過億斤 in a category of county, the
// 1978 base 833.02萬元, 約…餘 on one number) are proposed as rules in ADJUDICATION-09-16.md.
//
// Run from the repo root:  node test/gold/passes/real/adjudicate-16-linzhou-2023-xinwen.mjs
// Writes test/gold/16-linzhou-2023-xinwen.gold.json.
import { adjudicate } from './adjudicate-lib-09-16.mjs';

const DECISIONS = []; // no disagreement
const CORRECTIONS = [];
const RULE_NOTES = [];

await adjudicate({
  base: '16-linzhou-2023-xinwen',
  decisions: DECISIONS, corrections: CORRECTIONS, ruleNotes: RULE_NOTES, expectedDecisions: 0,
  headings: [], // a news item: no heading, sectionId null
  // period: the year the sentence writes before the figure (2023年, 2012年); a comparison year (較1978年) and the
  // publication date are never the period (ANNOTATE.md period)
  expect: (x, { sentence }) => ({ status: 'actual', period: [...sentence.matchAll(/(\d{4})年,/gu)].at(-1)?.[1] ?? null }),
});
