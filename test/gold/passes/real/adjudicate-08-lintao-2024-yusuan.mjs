// Adjudicated gold for test/fixtures/real/08-lintao-2024-yusuan.txt (临洮县 budget-execution release for February
// 2024: budget clauses in prose, then a flattened `|` table with a two-level header and no unit written).
//
// compare-passes.mjs (pass A against pass B):
//   node test/gold/passes/compare-passes.mjs test/gold/passes/real/08-lintao-2024-yusuan.pass-a.json test/gold/passes/real/08-lintao-2024-yusuan.pass-b.json
// A 95, B 95, matched 95, no pair differs on any field: no decision. The gold is pass A with the rule notes below
// (open questions both passes answered alike, decided against the text and docs/annotation.md).
//
// Run from the repo root:  node test/gold/passes/real/adjudicate-08-lintao-2024-yusuan.mjs
// Writes test/gold/08-lintao-2024-yusuan.gold.json.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { adjudicate, ROOT } from './adjudicate-lib-01-08.mjs';

const base = '08-lintao-2024-yusuan';
const src = readFileSync(resolve(ROOT, `test/fixtures/real/${base}.txt`), 'utf8');
const TABLE = src.indexOf('二〇二四年二月大口径财政收入执行情况表');

const ruleNotes = [
  ['大口径财政收入5682万元,完成预算105425万元的5.39%,较均衡进度慢2.94%,较上年同期减收1816万元,下降24.22%', 0, 'budget clause decomposed (ANNOTATE.md budget clauses): value + growth −24.22 % yoy over the clause (较上年同期 in the span), the budget amount a target item, the completion rate, the gap to pro-rata progress and the absolute change items of their own; period 2024 from the table title 二〇二四年二月 (Chinese numerals; the prose has no year), months 2月份 in this note only (ANNOTATE.md monthly releases)'],
  ['预算105425万元', 0, 'the budgeted amount of the same year: a target item (ANNOTATE.md budget clauses)'],
  ['完成预算105425万元的5.39%', 0, 'completion rate named by the relation (完成预算), the budget amount inside its span (ANNOTATE.md budget clauses)'],
  ['较均衡进度慢2.94%', 0, 'gap of the completion rate to pro-rata progress: a comparison with a benchmark, its own item named after the compared measure, value null, growth −2.94 (慢 = behind), basis null; unit % as printed although points are meant (as a % printed for ‰ stays %, ANNOTATE.md; ADJUDICATION-01-08 R11)'],
  ['较均衡进度慢0.48%', 0, 'as 较均衡进度慢2.94% (months 1-2月) (ADJUDICATION-01-08 R11)'],
  ['大口径财政收入17056万元,完成预算的16.18%,较均衡进度慢0.48%,较上年同期增收2113万元,增长14.14%', 0, 'months 1-2月 in this note only; the same name as the 2月份 figure: in a monthly release the months are the release’s own periods, as 全年 in an annual report (ANNOTATE.md; ADJUDICATION-01-08 R5)'],
  ['税务部门完成16396万元,占收入的96.13%,同比增收1881万元,增长12.96%', 0, 'subject + 完成 with no object: name as written (annotation.md §3 name, 民营经济实现增加值); the breakdowns are 1-2月 figures (they sum to 17056)'],
  ['税收收入 | 89275', 0, 'a table with no unit written anywhere (title, header, rows, cells): amount cells unit null, although the prose has 万元 (ANNOTATE.md; annotation.md §1 Tables, §3 value/unit); 本年收入计划 → 收入计划 (本年 a time word), the year’s planned revenue: target; cells placed by counting pipes, every empty cell a `|` (checked by each row’s sums)'],
  ['税收收入 | 89275 | 7451 | 2186 |\n| 5711 | 15348 | 17.19 | 14032', 0, 'column 上年同期数: the same months of the previous year → period 2023, actual; name kept whole (数 alone would name nothing)'],
  ['税收收入 | 89275 | 7451 | 2186 |\n| 5711 | 15348 | 17.19 | 14032 | 9.38', 0, 'two-level header: <row> 累计完成数 <sub-column> (合 计 → 合计); the growth column 同比增减% is the growth of 累计完成数 合计, basis yoy from the header (同比), growth.text the cell (annotation.md §1 Tables)'],
  ['资源税 | 700 |\n| 13', 0, 'the lone 13 read as 省级 by counting pipes (an empty 中央级 cell before it; 省级 + 县乡级 = 合计 26)'],
];

await adjudicate({
  base, decisions: [], expectedDecisions: 0, corrections: [], ruleNotes,
  headings: [['一、大口径财政收入完成情况', 's1']],
  expect: (x) => ({
    status: x.name.endsWith(' 收入计划') || x.name === '预算' ? 'target' : 'actual',
    period: x.name.endsWith(' 上年同期数') ? '2023' : '2024',
  }),
  // the table has no unit written: its amount cells go without one; % from the headers 占计划% and 同比增减%
  unitOk: (x) => x.unit === '%' && x.span.start > TABLE && x.name.endsWith(' 占计划'),
  unitNullOk: (x) => x.span.start > TABLE,
  yoyOk: (x) => x.span.start > TABLE && x.name.endsWith(' 累计完成数 合计'),
});
