// Adjudicated gold for test/fixtures/real/05-jingan-2022-gongzuo.txt (靖安县人民政府工作报告, delivered 2023-01-16,
// reviewing 2022).
//
// Starts from pass A and applies the decisions below, one per disagreement found by compare-passes.mjs:
//   node test/gold/passes/compare-passes.mjs test/gold/passes/real/05-jingan-2022-gongzuo.pass-a.json test/gold/passes/real/05-jingan-2022-gongzuo.pass-b.json
// (A 19, B 19, matched 19; 5 matched pairs differ: 5 names, 1 span). Decided against the text and
// docs/annotation.md (§ cited), never by majority and never by what the extractor does.
//
// Run from the repo root:  node test/gold/passes/real/adjudicate-05-jingan-2022-gongzuo.mjs
// Writes test/gold/05-jingan-2022-gongzuo.gold.json.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { spanFinder } from '../gold-checks.mjs';
import { adjudicate, ROOT } from './adjudicate-lib-01-08.mjs';

const base = '05-jingan-2022-gongzuo';
const src = readFileSync(resolve(ROOT, `test/fixtures/real/${base}.txt`), 'utf8');
const at = spanFinder(src);

const decisions = [
  // ---- N1 (name). `申报贴息贷款项目9个、投放3049万元`. A `投放` | B `贴息贷款项目投放`. The clause has only a verb and
  // a figure; it continues the item just named (the loans of the 9 subsidised-loan projects). §3 name ("Subject
  // left out"): "A clause with only a comparison or verb (… 累计建成52.6万亩 …) takes the name of the item it
  // continues; the span stays on the clause" — measure + verb as written, as 高标准农田累计建成. The verb phrase alone
  // is the name only where there is no item to continue (`完成投资同比增长17%`). The neighbour `资金11.68亿元` keeps
  // its own noun (a noun in the item's own clause is the name, both passes). → B.
  { id: 'N1', find: '投放3049万元', like: 'B', set: { name: '贴息贷款项目投放' },
    note: 'N1: a clause with only a verb and a figure takes the name of the item it continues + the verb (annotation.md §3 name, subject left out: 高标准农田累计建成); span on the clause' },
  // ---- N2 (name and span). `纳入省市调度的57个重大项目累计完成投资118.9亿元`. A `累计完成投资`, span from 累计 |
  // B `重大项目累计完成投资`, span from 重大项目. The investment is that of the 57 major projects, not the county's
  // investment: the noun before the verb restricts the measure and is written with it (`重大项目累计完成投资` is one
  // written run). §3 name: the noun phrase before the verb names the measure; only the area and period are dropped,
  // a word restricting the measure stays; the verb phrase alone is the name only when the clause names nothing
  // else. The count 57个 stays its own item (a count before a noun, §1), its span overlapping this one as spans
  // overlap for a share between a value and its growth (§1). → B.
  { id: 'N2', find: '累计完成投资118.9亿元', like: 'B',
    set: { name: '重大项目累计完成投资', ...at('57个重大项目累计完成投资118.9亿元', '重大项目累计完成投资118.9亿元') },
    note: 'N2: the counted noun before the verb restricts the measure (the investment of these projects, not the county’s) and names it with the verb phrase: 重大项目累计完成投资, span from the name; 累计 stays (annotation.md §3 name); the count 57个重大项目 is its own item, the spans overlap' },
  // ---- N3–N4 (name). `投资84.6亿元的洪屏二期项目完成核准`, `投资56亿元的江钨硬质合金精深加工产业园`. Both passes: an
  // item, span from 投资 to the end of the project name. A `洪屏二期项目投资` (pieces reordered) | B `投资洪屏二期项目`
  // (pieces as written, 的 dropped). A relation written around the number "is named by its written pieces (的
  // dropped) and the span runs to the end of the last piece" (§1 share in 成: `财政支出的八成以上用于民生` →
  // `财政支出用于民生`, in written order); §3 name is "as written". → B.
  { id: 'N3', find: '投资84.6亿元的洪屏二期项目', like: 'B', set: { name: '投资洪屏二期项目' },
    note: 'N3: a quantity written inside a noun phrase (投资X亿元的<project>) is named by its written pieces in written order, 的 dropped, span to the end of the last piece (annotation.md §1 财政支出的八成以上用于民生 → 财政支出用于民生; ADJUDICATION-01-08 R8); 二期 an ordinal inside the name' },
  { id: 'N4', find: '投资56亿元的江钨硬质合金精深加工产业园', like: 'B', set: { name: '投资江钨硬质合金精深加工产业园' },
    note: 'N4: as N3, pieces in written order, 的 dropped (annotation.md §1; ADJUDICATION-01-08 R8)' },
  // ---- N5 (name). `…、20亿元的靖安世康项目成功签约` (the second member of a list sharing 投资). A `靖安世康项目投资` |
  // B `靖安世康项目`. A verb shared by a list "stays on the first member only, as written" (§3 name:
  // `创建省级美丽乡村示范村6个、市级精品村18个` → `市级精品村`); the span `20亿元的靖安世康项目` holds no 投资, and a
  // name is assembled from what is written for the item, not from a word outside its span. The shorter name is
  // contained in any longer reading, so scoring by containment loses nothing. → B.
  { id: 'N5', find: '20亿元的靖安世康项目', like: 'B', set: { name: '靖安世康项目' },
    note: 'N5: second member of a list sharing 投资: the shared verb stays on the first member only, as written (annotation.md §3 name, 创建…示范村6个、市级精品村18个 → 市级精品村); named by its written pieces, 的 dropped (ADJUDICATION-01-08 R8)' },
];

// ---- Rule notes: open questions both passes answered alike; the items do not change.
const ruleNotes = [
  ['GDP增长5.8%左右', 0, '预计 governs the whole ;-list up to 。 → estimate (annotation.md §3 status); growth-only, 左右 → about, basis null; period 2022 (the section 一、2022年政府工作总结; the delivery date 2023年1月16日 is never the period)'],
  ['57个重大项目', 0, 'a count before a noun: value, name the noun that follows, span from the number (annotation.md §1, §3 span); the relative clause 纳入省市调度的 before the count stays outside'],
  ['占年计划的137.61%', 0, 'completion rate named by its relation without 的 (annotation.md §3 name, 占年度计划); actual (§3 status: 完成年度计划的108.4% is an actual completion rate)'],
  ['地方专债项目11个', 0, '争取 dropped (obtaining; annotation.md §3 name); 资金11.68亿元 after it keeps its own noun'],
  ['新签约项目52个', 0, '签约 kept (stock test, annotation.md §3 name)'],
];

await adjudicate({
  base, decisions, expectedDecisions: 5, corrections: [], ruleNotes,
  headings: [['一、2022年政府工作总结', 's1']],
  // 预计 governs the sentence up to its 。 (the ;-list of growth targets); elsewhere actual
  expect: (x) => {
    const from = Math.max(src.lastIndexOf('。', x.span.start), src.lastIndexOf('\n', x.span.start));
    return { status: /预计/.test(src.slice(from + 1, x.span.end)) ? 'estimate' : 'actual', period: '2022' };
  },
});
