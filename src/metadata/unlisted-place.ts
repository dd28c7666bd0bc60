import type { Region } from '../schema/document.js';

/**
 * Where a title or a speech's venue names a place the division table does not hold — a
 * district created or renamed after the table, or one of the project's invented test
 * counties (云梧区, 青岚县) — the place is still the report's region, with code null, so
 * reports of one place can be put side by side (`zhibiao panel`).
 */
const TITLE_PLACE = /^(?:关于)?(\p{Script=Han}{2,4}?[市州盟])?(\p{Script=Han}{1,5}?[县区旗市])(?=(?:19|20)\d\d年|人民政府|政府工作|国民经济)/u;
const VENUE_PLACE = /在(\p{Script=Han}{2,6}?[县区旗市])第[^\n]{1,12}?(?:人民代表大会|人大)/u;

/**
 * The place a title or a preamble's venue line names, as a region without a code; null
 * when neither names one.
 *
 * @example
 * unlistedPlace('关于澜州市云梧区2023年国民经济和社会发展计划执行情况…的报告', '')
 * // { name: '云梧区', code: null, parent: '澜州市' }
 * unlistedPlace('政府工作报告', '——2025年1月9日在楸川县第十八届人民代表大会第四次会议上')
 * // { name: '楸川县', code: null, parent: null }
 */
export function unlistedPlace(title: string | null, preamble: string): Region {
  const inTitle = title ? TITLE_PLACE.exec(title) : null;
  if (inTitle?.[2]) return { name: inTitle[2], code: null, parent: inTitle[1] ?? null };
  const venue = VENUE_PLACE.exec(preamble);
  return venue?.[1] ? { name: venue[1], code: null, parent: null } : null;
}
