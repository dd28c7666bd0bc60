import type { Region } from '../schema/document.js';
import { divisionIndex, type Division, type DivisionLevel } from './division-index.js';

/** A division name found in text; `candidates` share the name (there are four 鼓楼区). */
export interface DivisionMention {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly candidates: readonly Division[];
}

const SPECIFICITY: Readonly<Record<DivisionLevel, number>> = { county: 2, city: 1, province: 0 };

/**
 * Division names that are also everyday words in reports (老城区改造, 城东区域, 新建区级医院):
 * like two-character names, they count only after their city or province, or alone in a title.
 */
export const WORD_LIKE_NAMES: ReadonlySet<string> = new Set([
  '老城区', '新城区', '城中区', '城东区', '城西区', '城北区', '市中区', '市南区', '市北区', '新市区',
  '新建区', '前进区', '新兴区', '平安区', '安定区', '城厢区', '西市区', '东风区',
]);

/** 区 followed by 域 is 区域 (area), not a district. */
const NOT_A_NAME_AFTER = /^域/;

/** In a title a two-character name (涉县, 城区) must stand alone: after 关于/省/市/州 or at the start, before a digit or 人民政府… */
const TITLE_NAME_BEFORE = /(?:^|关于|[省市州盟年\s\d])$/;
const TITLE_NAME_AFTER = /^(?:\d|人民|政府|国民|经济|统计|年|关于|[（(\s])/;

/** The venue of a speech, 在新城区第十届人民代表大会…: any name there is the place itself. */
const VENUE_BEFORE = /在$/;
const VENUE_AFTER = /^\s*第[^\n]{1,12}?(?:人民代表大会|人大|届)/;

/** How a report refers to itself: 全区/我县 (county level), 全市 (city), 全省 (province). */
const SELF_REFERENCE: readonly { readonly level: 'county' | 'city' | 'province'; readonly pattern: RegExp }[] = [
  { level: 'county', pattern: /[全我本][区县旗]/g },
  { level: 'city', pattern: /[全我本]市/g },
  { level: 'province', pattern: /[全我本]省/g },
];

function countOf(text: string, needle: string | null): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Whether a mention is written right after its own city or province (阳泉市城区, 马鞍山市和县). */
function named(name: string | null, level: DivisionLevel): Division | undefined {
  return name === null ? undefined : divisionIndex().byName.get(name)?.find((d) => d.level === level);
}

function qualifiedBy(text: string, start: number, d: Division): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const city = named(d.city, 'city');
  const province = named(d.province, 'province');
  return [d.city, city?.shortName, d.province, province?.shortName].some((p) => !!p && before.endsWith(p));
}

/**
 * Every full division name in the text, leftmost-longest. A two-character name (涉县,
 * 城区, 郊区) or a word-like one (老城区) counts only after its own city or province — or,
 * in a title, when it stands alone.
 *
 * @example
 * scanDivisions('淄博市博山区').map((m) => m.name); // ['淄博市', '博山区']
 */
export function scanDivisions(text: string, inTitle = false): DivisionMention[] {
  const { byName, maxNameLength, lastChars, firstChars } = divisionIndex();
  const out: DivisionMention[] = [];
  for (let i = 0; i < text.length; ) {
    if (!firstChars.at(text, i)) {
      i++;
      continue;
    }
    let hit: DivisionMention | null = null;
    for (let len = Math.min(maxNameLength, text.length - i); len >= 2 && !hit; len--) {
      if (!lastChars.at(text, i + len - 1)) continue;
      const name = text.slice(i, i + len);
      const candidates = byName.get(name);
      if (!candidates) continue;
      if (NOT_A_NAME_AFTER.test(text.slice(i + len, i + len + 1))) continue;
      if (len === 2 || WORD_LIKE_NAMES.has(name)) {
        const before = text.slice(Math.max(0, i - 4), i);
        const after = text.slice(i + len, i + len + 16);
        const standsAlone =
          (inTitle && TITLE_NAME_BEFORE.test(text.slice(0, i)) && TITLE_NAME_AFTER.test(after)) ||
          (VENUE_BEFORE.test(before) && VENUE_AFTER.test(after));
        if (!standsAlone && !candidates.some((d) => qualifiedBy(text, i, d))) continue;
      }
      hit = { name, start: i, end: i + len, candidates };
    }
    if (hit) {
      out.push(hit);
      i = hit.end;
    } else {
      i++;
    }
  }
  return out;
}

/** Short names (博山, 淄博, 山东) in a title, when it names no division in full. */
function scanShortNames(text: string): DivisionMention[] {
  const { byShortName } = divisionIndex();
  const out: DivisionMention[] = [];
  for (let i = 0; i < text.length; i++) {
    for (let len = Math.min(8, text.length - i); len >= 2; len--) {
      const found = byShortName.get(text.slice(i, i + len));
      if (!found) continue;
      // a bare short name shared by levels (河南, 海南) means the larger place
      const top = Math.min(...found.map((d) => SPECIFICITY[d.level]));
      out.push({ name: text.slice(i, i + len), start: i, end: i + len, candidates: found.filter((d) => SPECIFICITY[d.level] === top) });
      i += len - 1;
      break;
    }
  }
  return out;
}

/**
 * Picks one division among namesakes by how often the text names its city and province;
 * null when the text does not tell them apart.
 */
function disambiguate(candidates: readonly Division[], text: string): Division | null {
  if (candidates.length === 1) return candidates[0] ?? null;
  const scored = candidates.map((d) => {
    const city = named(d.city, 'city');
    const province = named(d.province, 'province');
    const evidence =
      d.level === 'province'
        ? 0
        : countOf(text, d.level === 'county' ? d.city : null) +
          countOf(text, d.level === 'county' ? (city?.shortName ?? null) : null) +
          countOf(text, d.province) +
          countOf(text, province?.shortName ?? null);
    return { d, evidence };
  });
  scored.sort((a, b) => b.evidence - a.evidence);
  const [first, second] = scored;
  if (!first || first.evidence === 0 || (second && second.evidence === first.evidence)) return null;
  return first.d;
}

function toRegion(name: string, candidates: readonly Division[], text: string): Region {
  const d = disambiguate(candidates, text);
  return d ? { name: d.name, code: d.code, parent: d.parent } : { name, code: null, parent: null };
}

/** The most specific mention, the first one on ties. */
function mostSpecific(mentions: readonly DivisionMention[]): DivisionMention | null {
  let best: DivisionMention | null = null;
  for (const m of mentions) {
    const level = Math.max(...m.candidates.map((d) => SPECIFICITY[d.level]));
    const bestLevel = best ? Math.max(...best.candidates.map((d) => SPECIFICITY[d.level])) : -1;
    if (level > bestLevel) best = m;
  }
  return best;
}

/** The level a report speaks from, by how it refers to itself (全区 vs 全市 vs 全省). */
function selfLevel(text: string): 'county' | 'city' | 'province' | null {
  let best: { level: 'county' | 'city' | 'province'; n: number } | null = null;
  for (const { level, pattern } of SELF_REFERENCE) {
    const n = text.match(pattern)?.length ?? 0;
    if (n > 0 && (best === null || n > best.n)) best = { level, n };
  }
  return best?.level ?? null;
}

function fitsLevel(m: DivisionMention, level: 'county' | 'city' | 'province'): boolean {
  return m.candidates.some((d) =>
    level === 'county'
      ? d.level === 'county' && !d.name.endsWith('市')
      : level === 'city'
        ? d.level === 'city' || (d.level === 'county' && d.name.endsWith('市'))
        : d.level === 'province',
  );
}

/**
 * The region a report is about: the most specific division its title names, else the one
 * its body names most often at the level it speaks from (全区 → a district or county).
 * Namesakes are told apart by the city and province the text mentions; when it mentions
 * neither, the name is returned with code and parent null.
 *
 * @example
 * findRegion(seedText, '关于博山区2023年…的报告', 161);
 * // { name: '博山区', code: '370304', parent: '淄博市' }
 */
export function findRegion(text: string, title: string | null, preambleEnd = 0): Region {
  const context = `${title ?? ''}\n${text}`;
  if (title) {
    const inTitle = mostSpecific(scanDivisions(title, true)) ?? mostSpecific(scanShortNames(title));
    if (inTitle) return toRegion(inTitle.name, inTitle.candidates, context);
  }
  const mentions = scanDivisions(text);
  if (mentions.length === 0) return null;
  // the date line and the speaker's office (在博山区第十九届人民代表大会…) sit in the preamble
  const scores = new Map<string, { mention: DivisionMention; score: number }>();
  for (const m of mentions) {
    const entry = scores.get(m.name) ?? { mention: m, score: 0 };
    entry.score += m.start < preambleEnd ? 3 : 1;
    scores.set(m.name, entry);
  }
  const ranked = [...scores.values()].sort((a, b) => b.score - a.score);
  const level = selfLevel(text);
  const pick = (level ? ranked.find((r) => fitsLevel(r.mention, level)) : undefined) ?? ranked[0];
  return pick ? toRegion(pick.mention.name, pick.mention.candidates, context) : null;
}
