import type { Status } from '../schema/document.js';
import type { SectionNode } from '../structure/types.js';
import { ESTIMATE_CUES, TARGET_CUES } from './rules/cues.js';

/** The year and the part (results or plan) of the section a sentence is in. */
export function sectionYearAndPart(sections: Map<string, SectionNode>, id: string | null): { year: number | null; part: SectionNode['part'] } {
  const s = id ? sections.get(id) : undefined;
  return { year: s?.year ?? null, part: s?.part ?? null };
}

/**
 * Status (CONTRACT §3): 预计 before the figure in its sentence → estimate; the plan part of a
 * report, or a target cue outside the results part → target; else actual.
 *
 * @example
 * statusOf('预计全区地区生产总值完成282亿元', 5, 'results') // 'estimate'
 */
export function statusOf(sentenceText: string, offsetInSentence: number, part: SectionNode['part']): Status {
  const before = sentenceText.slice(0, offsetInSentence);
  if (ESTIMATE_CUES.some((c) => before.includes(c))) return 'estimate';
  if (part === 'plan') return 'target';
  if (part !== 'results' && TARGET_CUES.some((c) => before.includes(c))) return 'target';
  return 'actual';
}

/**
 * Period: the section heading's year, else a year written in the sentence (not one that only
 * dates a comparison, 较2022年), else the report year (the next one in the plan part).
 *
 * @example
 * periodOf('全年实现地区生产总值286.44亿元', null, 'results', 2023) // '2023'
 */
export function periodOf(sentenceText: string, year: number | null, part: SectionNode['part'], reportYear: number | null): string | null {
  if (year !== null) return String(year);
  const explicit = /(?<![较比与])((?:19|20)\d\d)年(?!同期)/.exec(sentenceText);
  if (explicit?.[1]) return explicit[1];
  if (reportYear === null) return null;
  return String(part === 'plan' ? reportYear + 1 : reportYear);
}
