import type { Indicator } from '../schema/document.js';
import type { QuantityMention } from '../quantity/types.js';
import { AREA_COMPARISON_CUES, GROWTH_CUES, LEVEL_AFTER_GROWTH, LEVEL_VERBS, YOY_CUES, type GrowthCue } from './rules/cues.js';
import { COMPARISON_YEAR, RANK_MOVE } from './rules/patterns.js';

/** How a percentage, 个百分点, 位次 or 倍 relates to its measure. */
export interface GrowthRole {
  readonly sign: 1 | -1;
  readonly basis: 'yoy' | null;
  /** Offset (in the text) where the growth phrase starts: 同比 of 同比增长6%, or the cue. */
  readonly phraseStart: number;
  /** Offset where the cue word starts (names of growth-only items end before it). */
  readonly cueStart: number;
  readonly cueEnd: number;
  readonly cue: string;
}

const CUES_LONGEST_FIRST: readonly GrowthCue[] = [...GROWTH_CUES].sort((a, b) => b.cue.length - a.cue.length);

/** The cue that ends last before the figure; of two ending together the longer (负增长 over 增长, 年均增长 over 增长). */
function lastCue(gap: string): { cue: GrowthCue; at: number } | null {
  let best: { cue: GrowthCue; at: number } | null = null;
  for (const cue of CUES_LONGEST_FIRST) {
    const at = gap.lastIndexOf(cue.cue);
    if (at < 0 || cue.notAfter?.test(gap.slice(0, at))) continue;
    const end = at + cue.cue.length;
    const bestEnd = best ? best.at + best.cue.cue.length : -1;
    if (!best || end > bestEnd || (end === bestEnd && cue.cue.length > best.cue.cue.length)) best = { cue, at };
  }
  return best;
}

/**
 * Decides whether a quantity states a change (growth) or a level, from the words between
 * the previous figure (or clause start) and it: `同比增长6%` is growth, `提高到60%` a level.
 * 个百分点 and 位次 are changes even without a cue; a percentage without a cue is a level.
 *
 * @example
 * growthRole('同比增长6%', 0, q6) // { sign: 1, basis: 'yoy', cue: '增长', … }
 */
export function growthRole(text: string, gapStart: number, q: QuantityMention): GrowthRole | null {
  if (q.kind !== 'percent' && q.kind !== 'pp' && q.kind !== 'rank' && q.kind !== 'multiple' && !isRankPlaces(text, gapStart, q)) return null;
  const gap = text.slice(gapStart, q.range.start);
  const found = lastCue(gap);
  if (found) {
    const after = gap.slice(found.at + found.cue.cue.length);
    const isLevel =
      LEVEL_AFTER_GROWTH.some((w) => after.startsWith(w)) || LEVEL_VERBS.some((w) => after.includes(w));
    if (!isLevel) {
      const cueStart = gapStart + found.at;
      const area = AREA_COMPARISON_CUES.includes(found.cue.cue);
      let yoyAt = area ? -1 : yoyStart(gap, found.at);
      const basis = yoyAt >= 0 ? 'yoy' : null;
      // the comparison year belongs to the growth phrase: 较2022年同比提升31个位次
      const year = yoyAt >= 0 ? COMPARISON_YEAR.exec(gap.slice(0, yoyAt)) : null;
      if (year) yoyAt -= year[0].length;
      return {
        sign: found.cue.sign,
        basis,
        phraseStart: yoyAt >= 0 ? gapStart + yoyAt : cueStart,
        cueStart,
        cueEnd: cueStart + found.cue.cue.length,
        cue: found.cue.cue,
      };
    }
  }
  if (q.kind === 'percent') return null;
  if (q.kind === 'multiple' && /(是|为|相当于)$/.test(gap)) return null;
  const at = q.range.start;
  return { sign: 1, basis: null, phraseStart: at, cueStart: at, cueEnd: at, cue: '' };
}

/**
 * Where the year-on-year phrase before a growth cue starts: the last cue written, widened to a
 * longer cue that holds it (比上年同期 holds 上年同期); -1 when there is none.
 */
function yoyStart(gap: string, before: number): number {
  let best = -1;
  let bestEnd = -1;
  for (const c of YOY_CUES) {
    const at = gap.lastIndexOf(c, before);
    if (at < 0) continue;
    const end = at + c.length;
    if (end > bestEnd || (end === bestEnd && at < best)) [best, bestEnd] = [at, end];
  }
  return best;
}

/** `前移2位`, `上升5位`: places moved in a ranking, written with 位 (docs/annotation.md §1). */
function isRankPlaces(text: string, gapStart: number, q: QuantityMention): boolean {
  return q.unitText === '位' && RANK_MOVE.test(text.slice(gapStart, q.range.start));
}

/** The schema's growth units (src/schema/document.ts). */
export type GrowthUnit = NonNullable<Indicator['growth']>['unit'];

/**
 * The growth unit of a change quantity (CONTRACT §2: % or pp; 位次 for ranks). Per-mille
 * stays apart from percent: `下降0.5‰` → ‰, `下降1.5个千分点` → ‰pt (per-mille points).
 */
export function growthUnit(q: QuantityMention): GrowthUnit {
  if (q.kind === 'pp') return q.unit?.factor === 0.1 ? '‰pt' : 'pp';
  if (q.kind === 'percent' && q.unitText === '‰') return '‰';
  if (q.kind === 'rank' || q.unitText === '位') return '位次';
  if (q.kind === 'multiple') return '倍';
  return '%';
}
