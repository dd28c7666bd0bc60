// Adjudicated gold for test/fixtures/real/09-hangjinhouqi-2021-gongbao.txt (2021年杭锦后旗国民经济和社会发展
// 统计公报, a forum repost; real excerpt, development material).
//
// Starts from pass A and applies one commented decision per disagreement found by
//   node test/gold/passes/compare-passes.mjs test/gold/passes/real/09-hangjinhouqi-2021-gongbao.pass-a.json test/gold/passes/real/09-hangjinhouqi-2021-gongbao.pass-b.json
// A 18, B 18, 18 matched, no pair differs on any field (span and growth.text included): no decision.
// Every item was checked against the text and the guidelines (docs/annotation.md, /work/wt/ANNOTATE.md);
// two readings both passes shared break a rule and are corrected (C1: the table column 年末数; C2: the area
// word 全旗 in a row label). The open
// questions both passes answered alike are cited in RULE_NOTES (and proposed as rules in ADJUDICATION-09-16.md).
//
// Run from the repo root:  node test/gold/passes/real/adjudicate-09-hangjinhouqi-2021-gongbao.mjs
// Writes test/gold/09-hangjinhouqi-2021-gongbao.gold.json. No dependencies (dist/ for the schema check).
import { adjudicate } from './adjudicate-lib-09-16.mjs';

const DECISIONS = []; // no disagreement
// ---- C1 (name, 3 items; both passes shared the reading). Table 1, column 年末数(万人). A and B: <row> 年末数
// (both asked in their questions whether 年末 should go). §1 Tables: the column name is taken without its unit
// and without a year — a time word, as in any name, the period carries it; a header that is only a year leaves
// the row label alone. 年末 is a time word (§3 period: 年末 figures belong to that year), and both passes dropped
// it from every prose name (年末全旗常住人口 → 常住人口; in 11-jianchang 年末“四上”企業 → “四上”企業). Without it the
// header is 数, "the figure", which names no measure: the header is a time word only, as `2023年` is, and the row
// label alone is the name. (The 比重 column keeps its noun: 城镇 比重.) Consistency: in a header where a noun
// remains (07-qinbei 年末人口(万人)) the same rule gives <row> 人口. Rule proposed in ADJUDICATION-09-16.md.
const C1_NOTE = 'table cell: the column 年末数(万人) is a time word (年末) + 数, the figure: the row label alone is the name, as under a header that is only a year; unit 万人 from the header (annotation.md §1 Tables; correction of both passes, rule proposed in ADJUDICATION-09-16.md)';
const CORRECTIONS = [
  { id: 'C1.1', find: '全旗常住人口\n      21.35', set: { name: '常住人口' }, note: `C1.1: ${C1_NOTE}; C2: the area word 全旗 is dropped from the row label, as from any name (annotation.md §3 name)` },
  { id: 'C1.2', find: '其中:城镇\n      11.31', set: { name: '城镇' }, note: `C1.2: ${C1_NOTE}; 其中: dropped from the name, the span starts at 其中` },
  { id: 'C1.3', find: '农村\n      10.04', set: { name: '农村' }, note: `C1.3: ${C1_NOTE}; an indented sibling row after 其中:城镇 is named by its own label, the indentation outside the span` },
];
// ---- C2 (name, 2 items; both passes shared the reading). Row label 全旗常住人口. A and B kept 全旗 (both asked).
// §3 name drops the reporting area (全区, 全县) from every name, and the Tables rule already normalises a row
// label as a name (inner spaces removed, 其中: dropped; the column's year dropped "as in any name"); both passes
// named the same figure in the prose 常住人口. → 常住人口 (C1.1 above) and 常住人口 比重.
CORRECTIONS.push({ id: 'C2', find: '全旗常住人口\n      21.35\n      100', set: { name: '常住人口 比重' },
  note: 'C2: the area word 全旗 is dropped from the row label, as from any name (annotation.md §3 name; correction of both passes); the total share 100 written without decimals is an item, unit % from the header 比重(%) (annotation.md §1 Tables)' });
const RULE_NOTES = [
  ['城镇登记失业率控制在3.81%以内', 0, '控制在…以内 in the results: at_most, actual (annotation.md §3 status)'],
];

await adjudicate({
  base: '09-hangjinhouqi-2021-gongbao',
  decisions: DECISIONS, corrections: CORRECTIONS, ruleNotes: RULE_NOTES, expectedDecisions: 0,
  // the forum furniture and the title lines hold no heading; the indented 一、综合情况 is the only one
  headings: [['一、综合情况', 's1']],
  // a statistical communiqué: every figure is the year's result; the title's year (2021) is the period
  expect: () => ({ status: 'actual', period: '2021' }),
  // table cells take their unit from the column header: 年末数(万人), 比重(%)
  unitOk: (x) => x.text.includes('\n') && ((!x.name.includes(' ') && x.unit === '万人') || (x.name.endsWith(' 比重') && x.unit === '%')),
  extraChecks: (x, w) => (/查看|签到|积分|主题|帖子|发表于|Rank/u.test(x.text) ? [`${w}: page furniture is never an item`] : []),
});
