import type { DocumentStructure } from '../structure/types.js';
import type { DateLine } from '../structure/preamble.js';
import type { ReportYearSource } from '../schema/document.js';
import { leadingYears, yearsIn } from '../extract/rules/period-years.js';

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

/** A delivery date written in the title: (江西省)靖安县人民政府工作报告(2023年1月16日). */
const TITLE_DATE = /[（(]((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日[)）]/;

/** A year in a file name: 15-youyang-2025-jidu.txt. */
const FILE_NAME_YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/;

export interface FoundReportYear {
  readonly year: number | null;
  readonly from: ReportYearSource | null;
}

export interface ReportYearClues {
  readonly title: string | null;
  readonly dateLine: Pick<DateLine, 'year' | 'month'> | null;
  readonly structure: DocumentStructure;
  /** The normalised text, for a year the report states without a title (二〇二四年二月…, 2024年，全区…). */
  readonly text?: string;
  /** The input file's name, the last resort (the year of the figures, as files are usually named). */
  readonly fileName?: string | null;
}

const fromDate = (date: Pick<DateLine, 'year' | 'month'>): number => (date.month >= LATE_IN_YEAR_MONTH ? date.year : date.year - 1);

/**
 * The year whose results a report gives, and where it was read: from its title (a work report
 * given at the start of a year looks back on the year before — unless its date says it was given
 * late in the year), else from the date of the speech, else from the year of its first results
 * section, else from the years the text states (the first that leads a sentence, else the most
 * written), else from the file name; null when nothing tells.
 *
 * @example
 * reportYear({ title: '关于博山区2023年…执行情况与2024年计划（草案）的报告', dateLine: null, structure }); // { year: 2023, from: 'title' }
 * reportYear({ title: '政府工作报告', dateLine: { year: 2024, month: 1 }, structure }); // { year: 2023, from: 'date-line' }
 */
export function reportYear(clues: ReportYearClues): FoundReportYear {
  const { title, structure } = clues;
  const titleDate = title ? TITLE_DATE.exec(title) : null;
  const dateLine = clues.dateLine ?? (titleDate ? { year: Number(titleDate[1]), month: Number(titleDate[2]) } : null);
  // the delivery date says when, not which year: the rules read the title without it
  const titleWords = title?.replace(TITLE_DATE, '') ?? null;
  if (titleWords) {
    for (const rule of REPORT_YEAR_RULES) {
      const m = rule.pattern.exec(titleWords);
      if (!m) continue;
      // the speech's own date says when it was given: December reviews that year
      if (rule.offset !== 0 && dateLine && dateLine.year === Number(m[1])) return { year: fromDate(dateLine), from: 'date-line' };
      return { year: Number(m[1]) + rule.offset, from: 'title' };
    }
  }
  if (dateLine) return { year: fromDate(dateLine), from: 'date-line' };
  const results = structure.sections.find((s) => s.part === 'results' && s.year !== null);
  if (results?.year != null) return { year: results.year, from: 'section' };
  const stated = clues.text ? statedYear(clues.text, structure) : null;
  if (stated !== null) return { year: stated, from: 'text' };
  const inName = clues.fileName ? FILE_NAME_YEAR.exec(clues.fileName.replace(/^.*[\\/]/, '')) : null;
  if (inName?.[1]) return { year: Number(inName[1]), from: 'file-name' };
  return { year: null, from: null };
}

/** The year that leads the first sentence stating one, else the period year written most often. */
function statedYear(text: string, structure: DocumentStructure): number | null {
  const counts = new Map<number, number>();
  for (const sentence of structure.sentences) {
    const years = yearsIn(text, sentence.range.start, sentence.range.end);
    const leads = leadingYears(text, years, [sentence.range.start, ...sentence.clauses.map((c) => c.start)]);
    if (leads[0]) return leads[0].year;
    for (const y of years) if (y.role === 'period') counts.set(y.year, (counts.get(y.year) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [year, count] of counts) if (count > bestCount) [best, bestCount] = [year, count];
  return best;
}
