import type { Status } from '../schema/document.js';
import type { SectionNode } from '../structure/types.js';
import { ESTIMATE_CUES, TARGET_CUES } from './rules/cues.js';
import type { YearMention } from './rules/period-years.js';

/** The year and the part (results or plan) of the section a sentence is in. */
export function sectionYearAndPart(sections: Map<string, SectionNode>, id: string | null): { year: number | null; part: SectionNode['part'] } {
  const s = id ? sections.get(id) : undefined;
  return { year: s?.year ?? null, part: s?.part ?? null };
}

/** Where in a sentence its first estimate cue and its first target cue end (Infinity: none). */
export interface StatusCues {
  readonly estimateEnd: number;
  readonly targetEnd: number;
}

function firstEnd(sentenceText: string, cues: readonly string[]): number {
  let end = Infinity;
  for (const c of cues) {
    const at = sentenceText.indexOf(c);
    if (at >= 0) end = Math.min(end, at + c.length);
  }
  return end;
}

/**
 * A budgeted or planned amount is a target of its own year, wherever it is told
 * (收入调整预算37.5亿元, 完成预算105425万元的5.39%, 本年收入计划 89275); a rate of it is not.
 */
export const PLANNED_AMOUNT_NAME = /(?:预算数?|计划)$/;
export const PLANNED_AMOUNT_EXAMPLES = { target: ['收入调整预算37.5亿元', '支出年初预算数52.1亿元'], notTarget: ['完成预算的16.18%', '一般公共预算收入48.36亿元'] } as const;

/** The status cues of a sentence, found once for all its figures. */
export function statusCues(sentenceText: string): StatusCues {
  return { estimateEnd: firstEnd(sentenceText, ESTIMATE_CUES), targetEnd: firstEnd(sentenceText, TARGET_CUES) };
}

/**
 * Status (CONTRACT §3): 预计 before the figure in its sentence → estimate; the plan part of a
 * report, or a target cue outside the results part → target; else actual. A cue counts when
 * it ends at or before the figure's offset in the sentence.
 *
 * @example
 * statusAt(statusCues('预计全区地区生产总值完成282亿元'), 13, 0, 'results') // 'estimate'
 */
export function statusAt(cues: StatusCues, at: number, sentenceStart: number, part: SectionNode['part']): Status {
  const offsetInSentence = at - sentenceStart;
  if (cues.estimateEnd <= offsetInSentence) return 'estimate';
  if (part === 'plan') return 'target';
  if (part !== 'results' && cues.targetEnd <= offsetInSentence) return 'target';
  return 'actual';
}

/**
 * Period (docs/annotation.md §3): the section heading's year; else the period year written
 * nearest before the figure in its sentence (not one that dates a comparison, an event or a
 * document: rules/period-years.ts); else the year that led an earlier sentence (`2024年，全县…。
 * 分产业看，…`); else the report year (the next one in the plan part).
 *
 * @example
 * periodOf([], 10, null, 'results', 2023, null) // '2023'
 */
export function periodOf(
  years: readonly YearMention[],
  offset: number,
  sectionYear: number | null,
  part: SectionNode['part'],
  reportYear: number | null,
  runningYear: number | null,
): string | null {
  if (sectionYear !== null) return String(sectionYear);
  let explicit: YearMention | undefined;
  for (const y of years) if (y.role === 'period' && y.end <= offset) explicit = y;
  if (explicit) return String(explicit.year);
  if (runningYear !== null) return String(runningYear);
  // a year written after the figure still dates its sentence (…增长5%，为2023年以来最高)
  const later = years.find((y) => y.role === 'period');
  if (later) return String(later.year);
  if (reportYear === null) return null;
  return String(part === 'plan' ? reportYear + 1 : reportYear);
}
