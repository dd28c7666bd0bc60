// Adjudicated gold for test/fixtures/real/07-qinbei-2024-gongbao.txt (钦北区 2024 statistical communiqué, excerpt
// without title; 表1 as `|`-separated rows with units only in the column headers).
//
// Starts from pass A and applies the decisions below, one per disagreement found by compare-passes.mjs:
//   node test/gold/passes/compare-passes.mjs test/gold/passes/real/07-qinbei-2024-gongbao.pass-a.json test/gold/passes/real/07-qinbei-2024-gongbao.pass-b.json
// (A 41, B 41, matched 41; 9 matched pairs differ, all in the name). Decided against the text and
// docs/annotation.md (§ cited), never by majority and never by what the extractor does.
//
// Run from the repo root:  node test/gold/passes/real/adjudicate-07-qinbei-2024-gongbao.mjs
// Writes test/gold/07-qinbei-2024-gongbao.gold.json.
import { adjudicate } from './adjudicate-lib-01-08.mjs';

const base = '07-qinbei-2024-gongbao';

// ---- T1–T9 (name). Column `年末人口(万人)` of 表1 2024年年末钦北区户籍人口构成情况表. A `<row> 年末人口` | B `<row> 人口`.
// A column name is the header without its unit and without its time words ("without a year (a time word, as in
// any name; the period carries it)", §1 Tables; §3 name drops time words). `年末` is the time word of a stock:
// the year-end is the point at which a stock belongs to its year (§3 period: "年末 figures belong to that year"),
// so the period carries it; the same figure in the prose, `年末全区户籍总人口88.30万人`, is named `户籍总人口` by both
// passes. Dropping it from the header and keeping it in the prose would name one figure two ways. (年末 is not a
// word that restricts the measure to part of the period, as a quarter in an annual report is: a stock has no
// other value in its year than its year-end one.) → B. Rule proposed (ADJUDICATION-01-08 R10).
const ROWS = [['总户籍人口 | 88.3', '总户籍人口'], ['其中:城镇 | 22.14', '城镇'], ['乡村 | 66.16', '乡村'],
  ['其中:男性 | 49.31', '男性'], ['女性 | 38.99', '女性'], ['其中:0-17岁 | 22.52', '0-17岁'], ['18-34岁 | 20.99', '18-34岁'],
  ['35-39岁 | 30.64', '35-39岁'], ['60岁以上 | 14.15', '60岁以上']];
const decisions = ROWS.map(([find, row], k) => ({ id: `T${k + 1}`, find, like: 'B', set: { name: `${row} 人口` },
  note: `T${k + 1}: table cell <row label> <column name>: the column 年末人口(万人) without its unit and its time word 年末 (the period carries it, as 年末全区户籍总人口 → 户籍总人口 in the prose) → ${row} 人口 (annotation.md §1 Tables, §3 name, period; ADJUDICATION-01-08 R10); unit 万人 from the header; 其中: dropped, span from it; an age band is a row label (no range, 以上 no qualifier)` }));

// ---- Rule notes: open questions both passes answered alike; the items do not change.
const ruleNotes = [
  ['生产总值[2](GDP)345.94亿元,按可比价计算,比上年增长5.9%', 0, 'footnote mark [2] an ordinal inside the span, dropped from the name (ANNOTATE.md); 全区 dropped (area), (GDP) an alias inside the span; period 2024 (全年, 2024年; the excerpt has no title)'],
  ['第一、二、三产业增加值占地区生产总值的比重分别为26.02%', 0, '分别: each bare member takes the shared head (第一产业增加值…), span from the shared phrase to its figure (annotation.md §1 分别)'],
  ['出生率为8.65‰', 0, '‰ is a unit of its own (ANNOTATE.md); a rate named as a noun with a level verb is a value (annotation.md §1)'],
  ['自然增长率为2.38‰', 0, '自然增长率 is a rate named as a noun with a level verb: a value 2.38 ‰, not a growth (annotation.md §1 a rate named as a noun)'],
  ['比上年末增加0.1万人', 0, 'amount of change, subject left out: measure + verb, span on the clause (annotation.md §1)'],
  ['总户籍人口 | 88.3 | 100', 0, 'integer share 100 as written, unit % from the header 比重(%); the table figure repeats the prose figure and is an item again (annotation.md §1 Tables); 表1, 图1–图3 and their years are ordinals and dates'],
  ['35-39岁 | 30.64', 0, 'row label as written, the source typo (35-59岁 meant: the shares and populations add up) kept'],
];

await adjudicate({
  base, decisions, expectedDecisions: 9, corrections: [], ruleNotes,
  headings: [['一、综 合', 's1']],
  expect: () => ({ status: 'actual', period: '2024' }),
  // table cells take their unit from the column header (年末人口(万人), 比重(%))
  unitOk: (x) => (x.unit === '万人' && x.name.endsWith(' 人口')) || (x.unit === '%' && x.name.endsWith(' 比重')),
});
