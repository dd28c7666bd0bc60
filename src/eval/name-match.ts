import { jaroWinkler } from '../text/similarity.js';

/** How two names were found to agree, strictest test first. */
export type NameMatch = 'equal' | 'contains' | 'jaro-winkler';

/** The three tests, in the order they are tried, for the report's legend. */
export const NAME_MATCH_KINDS: readonly NameMatch[] = ['equal', 'contains', 'jaro-winkler'];

/** Jaro-Winkler similarity at or above which two names still count as the same measure. */
export const JARO_WINKLER_THRESHOLD = 0.85;

/** One line per test, printed under the report so a reader knows what "agree" meant. */
export const NAME_MATCH_LEGEND: Readonly<Record<NameMatch, string>> = {
  equal: 'equal after removing whitespace and punctuation',
  contains: 'one name contains the other (docs/annotation.md §3)',
  'jaro-winkler': `Jaro-Winkler similarity >= ${JARO_WINKLER_THRESHOLD}`,
};

const NOISE = /[\s\p{P}]/gu;

/** A name with whitespace and punctuation (quotes, 、, brackets) taken out. */
export function bareName(name: string): string {
  return name.replace(NOISE, '');
}

/**
 * Compares a predicted name with the gold one; `null` when they disagree. Two missing
 * names agree; a name against no name does not.
 *
 * @example
 * compareNames('“技改专项贷”', '技改专项贷')        // 'equal'
 * compareNames('城镇居民人均可支配收入', '人均可支配收入') // 'contains'
 * compareNames('地区生产总值', '规上工业增加值')         // null
 */
export function compareNames(gold: string | null, predicted: string | null): NameMatch | null {
  if (gold === null || predicted === null) return gold === predicted ? 'equal' : null;
  const a = bareName(gold);
  const b = bareName(predicted);
  if (a === b) return 'equal';
  if (a === '' || b === '') return null;
  if (a.includes(b) || b.includes(a)) return 'contains';
  return jaroWinkler(a, b) >= JARO_WINKLER_THRESHOLD ? 'jaro-winkler' : null;
}
