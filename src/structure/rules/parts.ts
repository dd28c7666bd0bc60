/**
 * Cues that tell whether a heading opens the part of a report that looks back (results)
 * or the part that looks ahead (plan). A section without a cue inherits its parent's part.
 */
export interface PartCue {
  readonly id: string;
  readonly part: 'results' | 'plan';
  readonly pattern: RegExp;
  /** Heading titles the cue must match. */
  readonly examples: readonly string[];
  readonly counterExamples: readonly string[];
}

export const PART_CUES: readonly PartCue[] = [
  {
    id: 'part-results-execution',
    part: 'results',
    pattern: /执行情况|完成情况|运行情况|决算/,
    examples: ['2023年国民经济和社会发展计划执行情况', '主要指标完成情况'],
    counterExamples: ['2024年国民经济和社会发展计划安排'],
  },
  {
    id: 'part-results-review',
    part: 'results',
    pattern: /工作回顾|回顾|过去一年|过去五年|过去的一年|主要成绩|取得的成绩|工作总结|发展成就/,
    examples: ['2023年工作回顾', '过去一年的工作', '过去五年取得的主要成绩'],
    counterExamples: ['2024年工作安排'],
  },
  {
    // the first section of a statistical communiqué; the whole communiqué reports results
    id: 'part-results-communique-overview',
    part: 'results',
    pattern: /^(?:综合|经济运行综合情况)$/,
    examples: ['综合'],
    counterExamples: ['综合交通', '推进综合执法改革'],
  },
  {
    id: 'part-plan-arrangement',
    part: 'plan',
    pattern: /计划安排|计划[（(]草案[）)]|计划草案|预算草案|工作安排|工作打算|工作思路|工作建议/,
    examples: ['2024年国民经济和社会发展计划安排', '2024年计划（草案）', '2024年工作安排'],
    counterExamples: ['2023年计划执行情况'],
  },
  {
    id: 'part-plan-tasks',
    part: 'plan',
    pattern: /目标任务|主要任务|重点任务|重点工作|今年工作|总体要求|预期目标|主要目标|下一步/,
    examples: ['2024年主要目标任务', '今年工作的总体要求', '2024年重点工作'],
    counterExamples: ['产业结构持续优化'],
  },
];

/** Document titles whose every section reports results (a communiqué has no plan part). */
export const RESULTS_ONLY_TITLE = /统计公报|统计年鉴|工作总结|年鉴/;

/** A four-digit year named in a heading title: 2023 in 一、2023年国民经济… */
export const HEADING_YEAR = /((?:19|20)\d{2})(?=年)/;

/**
 * The part a heading title announces, by the earliest cue in it, or null.
 *
 * @example
 * partOfTitle('2024年国民经济和社会发展计划安排'); // 'plan'
 */
export function partOfTitle(title: string): 'results' | 'plan' | null {
  let best: { at: number; part: 'results' | 'plan' } | null = null;
  for (const cue of PART_CUES) {
    const m = cue.pattern.exec(title);
    if (m && (best === null || m.index < best.at)) best = { at: m.index, part: cue.part };
  }
  return best?.part ?? null;
}
