import type { Status } from '../schema/document.js';
import type { SectionNode } from '../structure/types.js';
import { ESTIMATE_CUES, TARGET_CUES } from './rules/cues.js';

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
 * statusAt(statusCues('预计全区地区生产总值完成282亿元'), 5, 'results') // 'estimate'
 */
export function statusAt(cues: StatusCues, offsetInSentence: number, part: SectionNode['part']): Status {
  if (cues.estimateEnd <= offsetInSentence) return 'estimate';
  if (part === 'plan') return 'target';
  if (part !== 'results' && cues.targetEnd <= offsetInSentence) return 'target';
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
