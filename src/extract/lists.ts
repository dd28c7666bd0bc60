import type { TextRange } from '../quantity/types.js';
import { tokenize } from '../segment/tokens.js';
import { CANONICAL_TABLE } from '../taxonomy/canonical-table.js';
import { cleanName, splitSharedName, type FoundName } from './names.js';
import { CLAUSE_LIST_SPLIT, LINKING_WORDS, MAX_PHRASE } from './rules/patterns.js';

const KNOWN_MEASURES: ReadonlySet<string> = new Set(CANONICAL_TABLE.flatMap((e) => e.synonyms));
/** Members, then a counted group they make up, then what is measured: A、B、C三大主导产业产值. */
const COUNTED_GROUP = /^(.+?)[一二两三四五六七八九十]大(?:主导|特色|支柱|重点|优势|新兴)?(产业|行业|板块|园区)(.*)$/;

/** Words that only link a value to its growth: 同比, 比上年, 增长, 、 … */
export function isOnlyCueWords(between: string, slack = 2): boolean {
  return between.replace(LINKING_WORDS, '').length <= slack;
}

/** The words after a count up to the clause end, when no noun names it: 7人被评为“…” → 被评为“…”. */
export function phraseAfter(text: string, from: number, to: number): FoundName | null {
  const raw = text.slice(from, Math.min(to, from + MAX_PHRASE));
  const phrase = raw.replace(/[，。；：、,;:\s]+$/, '');
  return phrase.length > 0 ? { name: phrase, start: from, end: from + phrase.length } : null;
}

/**
 * Names for a `分别` list: `城镇和农村居民人均可支配收入分别为…和…` → one name per figure; when the
 * words do not split into as many parts, every figure shares the one name found.
 */
export function fenbieNames(text: string, clause: TextRange, gapStart: number, at: number, count: number, found: FoundName | null): string[] | null {
  const fenbieAt = text.lastIndexOf('分别', at);
  if (fenbieAt < clause.start) return null;
  const raw = cleanName(text.slice(Math.max(clause.start, gapStart), fenbieAt).replace(/(为|是|达到|实现)$/, '')).name;
  // 新材料、装备制造、农产品精深加工三大主导产业分别实现产值… → 新材料产业产值, …
  const group = COUNTED_GROUP.exec(raw);
  if (group?.[1]) {
    const members = group[1].split(/[、和与及]/).filter((m) => m.length > 0);
    const afterFenbie = text.slice(fenbieAt + 2, at).split(/[0-9０-９]/)[0] ?? '';
    const measure = `${group[3] ?? ''}${cleanName(afterFenbie.replace(/^(实现|完成|达到|为)/, '').replace(/(增长|下降|为)$/, '')).name}`;
    if (members.length === count) return members.map((m) => `${m}${group[2]}${measure}`);
  }
  const split = splitSharedName(raw, count, sharedHeadStart);
  if (split) return split;
  const shared = found?.name.replace(/分别.*$/, '') ?? (raw.length > 0 ? raw : null);
  return shared ? Array.from({ length: count }, () => shared) : null;
}

/**
 * Where the part shared by a 分别 list starts in its last member: the longest known measure
 * it ends with (农村|居民人均可支配收入), else after its first word.
 */
export function sharedHeadStart(last: string): number {
  for (let k = 1; k < last.length - 1; k++) if (KNOWN_MEASURES.has(last.slice(k))) return k;
  const first = tokenize(last, { start: 0, end: last.length })[0]?.word.length ?? 2;
  return first < last.length ? first : 2;
}

export function lastListBreak(text: string, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (CLAUSE_LIST_SPLIT.test(text[k] as string)) return k + 1;
  return from;
}

