import type { DocumentStructure } from '../structure/types.js';
import type { DateLine } from '../structure/preamble.js';

/**
 * How a title tells which year's results a report gives. Rules are tried in order; the
 * first that matches decides. `offset` turns the year found into the report year.
 */
export interface ReportYearRule {
  readonly id: string;
  /** Group 1 is the year. */
  readonly pattern: RegExp;
  readonly offset: number;
  readonly examples: readonly { readonly title: string; readonly year: number }[];
  readonly counterExamples: readonly string[];
}

export const REPORT_YEAR_RULES: readonly ReportYearRule[] = [
  {
    // the year nearest before a look-back cue: 2023 in 2023年…执行情况与2024年计划
    id: 'year-results-cue',
    pattern: /((?:19|20)\d{2})年(?:度)?(?:(?!(?:19|20)\d{2}年)[^。！？\n])*?(?:执行情况|完成情况|运行情况|统计公报|工作总结|决算|年鉴|工作回顾)/,
    offset: 0,
    examples: [
      { title: '关于博山区2023年国民经济和社会发展计划执行情况与2024年计划（草案）的报告', year: 2023 },
      { title: '博山区2023年国民经济和社会发展统计公报', year: 2023 },
      { title: '关于2022年度财政决算的报告', year: 2022 },
      { title: '关于2024年计划草案和2023年计划执行情况的报告', year: 2023 },
    ],
    counterExamples: ['2024年政府工作报告', '关于2024年国民经济和社会发展计划（草案）的报告'],
  },
  {
    // a report given at the start of a year looks back on the year before
    id: 'year-of-delivery',
    pattern: /((?:19|20)\d{2})年(?:度)?(?:(?!(?:19|20)\d{2}年)[^。！？\n])*?(?:政府工作报告|计划[（(]?草案|预算草案|工作要点)/,
    offset: -1,
    examples: [
      { title: '2024年博山区政府工作报告', year: 2023 },
      { title: '关于2024年国民经济和社会发展计划（草案）的报告', year: 2023 },
    ],
    counterExamples: ['政府工作报告'],
  },
  {
    id: 'year-named',
    pattern: /((?:19|20)\d{2})年/,
    offset: 0,
    examples: [{ title: '博山区2023年经济社会发展情况', year: 2023 }],
    counterExamples: ['政府工作报告'],
  },
];

/** A speech dated from November on reviews the year it is given in (some counties meet in December). */
const LATE_IN_YEAR_MONTH = 11;

/**
 * The year whose results a report gives: from its title, else from the date of the speech
 * (a government work report given in January 2024 reviews 2023), else from the year of
 * its first results section; null when nothing tells.
 *
 * @example
 * reportYear('关于博山区2023年…执行情况与2024年计划（草案）的报告', null, structure); // 2023
 * reportYear('政府工作报告', { year: 2024, month: 1, day: 9, … }, structure); // 2023
 */
export function reportYear(title: string | null, dateLine: DateLine | null, structure: DocumentStructure): number | null {
  if (title) {
    for (const rule of REPORT_YEAR_RULES) {
      const m = rule.pattern.exec(title);
      if (m) return Number(m[1]) + rule.offset;
    }
  }
  if (dateLine) return dateLine.month >= LATE_IN_YEAR_MONTH ? dateLine.year : dateLine.year - 1;
  const results = structure.sections.find((s) => s.part === 'results' && s.year !== null);
  return results?.year ?? null;
}
