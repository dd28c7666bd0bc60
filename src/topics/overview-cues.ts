/**
 * Headings that summarise a whole year rather than one field: they get topic 'overview'
 * without consulting the classifier.
 */
export interface OverviewCue {
  readonly id: string;
  /** Only top-level sections (a child titled 2024年工作安排 is rare and still topical). */
  readonly topLevelOnly: boolean;
  readonly pattern: RegExp;
  readonly examples: readonly string[];
  readonly counterExamples: readonly string[];
}

export const OVERVIEW_CUES: readonly OverviewCue[] = [
  {
    id: 'overview-year-summary',
    topLevelOnly: true,
    pattern: /国民经济和社会发展|经济社会发展|经济和社会发展|政府工作|工作回顾|过去一年|过去五年|今年工作|^(?:\d{4}年度?的?)(?:工作|主要|重点|目标)/,
    examples: ['2023年国民经济和社会发展计划执行情况', '2024年国民经济和社会发展计划安排', '2023年工作回顾', '2024年工作安排', '过去一年的工作'],
    counterExamples: ['财政收支完成情况', '农业', '2023年农业生产情况'],
  },
  {
    id: 'overview-communique',
    topLevelOnly: false,
    pattern: /^(?:综合|国民经济综合情况|经济运行综合情况|总体要求|主要预期目标|指导思想和主要目标)$/,
    examples: ['综合', '主要预期目标', '总体要求'],
    counterExamples: ['综合交通', '推进综合执法改革'],
  },
];

/**
 * The id of the overview cue a heading matches, or null.
 *
 * @example
 * overviewCue('2023年国民经济和社会发展计划执行情况', true); // 'overview-year-summary'
 */
export function overviewCue(title: string, topLevel: boolean): string | null {
  for (const cue of OVERVIEW_CUES) {
    if (cue.topLevelOnly && !topLevel) continue;
    if (cue.pattern.test(title)) return cue.id;
  }
  return null;
}
