import type { Token } from '../segment/tokens.js';
import {
  NAME_FALLBACK_WORDS,
  NAME_LEADING_VERBS,
  NAME_POS_TAGS,
  NAME_PREFIX_STOPWORDS,
  NAME_LINK_WORDS,
  NAME_SUFFIX_STOPWORDS,
  NOT_NAME_WORDS,
} from './rules/cues.js';

/** A measure's name as found in the text, with where it starts and ends (normalised offsets). */
export interface FoundName {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  /** The name is a verb phrase (授信): nothing nominal was written before the figure. */
  readonly verbOnly?: boolean;
}

const PUNCTUATION = /^[，。；：、！？,;:!?（）()《》【】\s—…·•]+$/;
const SUFFIX_SKIP = new Set([...NAME_SUFFIX_STOPWORDS, ...NAME_LINK_WORDS]);
const MAX_VERB_NAME = 3;
const NOT_NAMES = new Set(NOT_NAME_WORDS);
const LEADING_VERBS = new Set(NAME_LEADING_VERBS);
const PREFIXES = [...NAME_PREFIX_STOPWORDS].sort((a, b) => b.length - a.length);
const YEAR_PHRASE = /(?:(?:较|比|同比|与)?(?:19|20)\d\d年(?:度|末|底|同期)?|[上本今去当]年(?:度|末|底)?)/g;

function isNameWord(token: Token): boolean {
  if (PUNCTUATION.test(token.word)) return false;
  if (token.word === '“' || token.word === '”') return true;
  if (NOT_NAMES.has(token.word)) return false;
  return NAME_POS_TAGS.has(token.tag) || token.tag === 'm' || token.tag === 'q';
}

/** Removes area, time and cue words from the head of a name, and year phrases anywhere. */
export function cleanName(raw: string): { name: string; cut: number } {
  let name = raw;
  let cut = 0;
  let changed = true;
  while (changed && name.length > 0) {
    changed = false;
    for (const p of PREFIXES) {
      if (name.startsWith(p) && name.length > p.length) {
        name = name.slice(p.length);
        cut += p.length;
        changed = true;
        break;
      }
    }
    const lead = /^(?:(?:19|20)\d\d年(?:度)?|[，、“”\s])/.exec(name);
    if (lead && name.length > lead[0].length) {
      name = name.slice(lead[0].length);
      cut += lead[0].length;
      changed = true;
    }
  }
  // a status cue after the subject (总收入预计为…) says how sure the figure is, not what it measures
  name = name.replace(YEAR_PHRASE, '').replace(/[“”"]/g, '').replace(/(?:同比|比上年|较上年|为|达|是|全部|均|都|预计|预期)$/, '');
  return { name: name.trim(), cut };
}

function trimEdges(tokens: readonly Token[]): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi && !isCoreWord(tokens[lo] as Token)) lo++;
  while (hi > lo && !isCoreWord(tokens[hi - 1] as Token)) hi--;
  return tokens.slice(lo, hi);
}

function isCoreWord(token: Token): boolean {
  if (token.word === '）' || token.word === ')') return true;
  return token.tag !== 'm' && token.tag !== 'q' && token.tag !== 'u' && !PUNCTUATION.test(token.word);
}

/**
 * The name written before a figure: walking back from the figure, skip linking verbs
 * (完成, 达到, 增长…), then take nouns until a verb, punctuation or the clause start.
 * A leading verb that says what is counted (新增, 新建…) is kept.
 *
 * @example
 * // tokens of '预计全区地区生产总值完成'
 * nameBefore(tokens) // { name: '地区生产总值', … }
 */
export function nameBefore(text: string, tokens: readonly Token[]): FoundName | null {
  let i = tokens.length - 1;
  const skippable = (t: Token): boolean =>
    SUFFIX_SKIP.has(t.word) || t.tag === 'd' || (PUNCTUATION.test(t.word) && t.word !== '）' && t.word !== ')');
  while (i >= 0 && skippable(tokens[i] as Token)) i--;
  const kept: Token[] = [];
  let inQuote = false;
  // a name ending in 比 is a ratio (城乡居民收入比, 存贷比), not a comparison
  const lastToken = tokens[i];
  if (lastToken?.word === '比' && i > 0 && !PUNCTUATION.test((tokens[i - 1] as Token).word)) {
    kept.unshift(lastToken);
    i--;
  }
  for (; i >= 0; i--) {
    const t = tokens[i] as Token;
    // a parenthetical inside a name stays with it: 固定资产投资（不含农户）, 执业（助理）医师
    if ((t.word === '）' || t.word === ')') && kept.length >= 0) {
      const open = findOpen(tokens, i);
      if (open >= 0 && open > 0 && isNameWord(tokens[open - 1] as Token)) {
        for (let k = i; k >= open; k--) kept.unshift(tokens[k] as Token);
        i = open;
        continue;
      }
    }
    if (t.word === '”') inQuote = true;
    if (t.word === '“') {
      inQuote = false;
      kept.unshift(t);
      continue;
    }
    if (inQuote) {
      kept.unshift(t);
      continue;
    }
    if (isNameWord(t)) {
      kept.unshift(t);
      continue;
    }
    if (t.tag.startsWith('v') && LEADING_VERBS.has(t.word) && kept.length > 0) kept.unshift(t);
    break;
  }
  let core = trimEdges(kept);
  // nothing nominal before the figure: the verb phrase itself names it (授信, 绿化提升改造)
  const verbOnly = core.length === 0;
  if (verbOnly) core = verbRun(tokens, i);
  // “高效办成一件事”落地实施16项: the quoted programme before the verbs names the count
  if (verbOnly && core.length > 0) {
    const quoted = quotedBefore(tokens, tokens.indexOf(core[0] as Token) - 1);
    if (quoted) return quoted;
  }
  // a one-character name (率, 比) is a suffix: take the words it completes (产品销售率)
  if (core.length > 0 && core.reduce((n, t) => n + t.word.length, 0) < 2) {
    let k = tokens.indexOf(core[0] as Token) - 1;
    const extended = [...core];
    while (k >= 0 && extended.length < 3 && !PUNCTUATION.test((tokens[k] as Token).word) && !NOT_NAMES.has((tokens[k] as Token).word)) {
      extended.unshift(tokens[k] as Token);
      k--;
    }
    core = extended;
  }
  if (core.length === 0) return fallbackWord(tokens);
  const start = (core[0] as Token).start;
  const end = (core[core.length - 1] as Token).end;
  const { name, cut } = cleanName(text.slice(start, end));
  if (name.length === 0) return fallbackWord(tokens);
  return verbOnly ? { name, start: start + cut, end, verbOnly } : { name, start: start + cut, end };
}

function quotedBefore(tokens: readonly Token[], from: number): FoundName | null {
  // the closing quote may stand a word or two before the verbs (”落地实施)
  let close = from;
  while (close >= 0 && from - close < 2 && (tokens[close] as Token).word !== '”') close--;
  if (close < 0 || (tokens[close] as Token).word !== '”') return null;
  for (let k = close - 1; k >= 0 && close - k < 12; k--) {
    if ((tokens[k] as Token).word === '“') {
      const first = tokens[k + 1];
      const last = tokens[close - 1];
      if (!first || !last || k + 1 > close - 1) return null;
      return { name: `${(tokens.slice(k + 1, close) as Token[]).map((t) => t.word).join('')}`, start: first.start, end: last.end };
    }
  }
  return null;
}

function findOpen(tokens: readonly Token[], close: number): number {
  for (let k = close - 1; k >= 0 && close - k < 8; k--) {
    const w = (tokens[k] as Token).word;
    if (w === '（' || w === '(') return k;
    if (w === '）' || w === ')' || w === '，' || w === '。') return -1;
  }
  return -1;
}

function verbRun(tokens: readonly Token[], last: number): Token[] {
  const run: Token[] = [];
  for (let k = last; k >= 0 && run.length < MAX_VERB_NAME; k--) {
    const t = tokens[k] as Token;
    if (!(t.tag.startsWith('v') || NAME_POS_TAGS.has(t.tag)) || PUNCTUATION.test(t.word)) break;
    if (run.length > 0 && !t.tag.startsWith('v')) break;
    run.unshift(t);
  }
  return run;
}

function fallbackWord(tokens: readonly Token[]): FoundName | null {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    if (NAME_FALLBACK_WORDS.includes(t.word)) return { name: t.word, start: t.start, end: t.end };
  }
  return null;
}

/**
 * The name written after a count: `7个产业联盟` → 产业联盟, `9家乡镇卫生院达到…` → 乡镇卫生院.
 * Nouns up to the first verb or punctuation; null when the count is followed by a verb.
 *
 * @example
 * nameAfter(text, tokensOf('特色农业项目开工建设')) // { name: '特色农业项目', … }
 */
export function nameAfter(text: string, tokens: readonly Token[]): FoundName | null {
  const kept: Token[] = [];
  let inQuote = false;
  for (const t of tokens) {
    if (t.word === '“') inQuote = true;
    if (t.word === '”') {
      inQuote = false;
      kept.push(t);
      continue;
    }
    // after a count a time word belongs to the noun it counts: 两所九年一贯制学校
    if (inQuote || isNameWord(t) || (t.tag === 't' && kept.length === 0)) {
      kept.push(t);
      continue;
    }
    break;
  }
  const core = trimEdges(kept);
  if (core.length === 0) return null;
  const start = (core[0] as Token).start;
  const end = (core[core.length - 1] as Token).end;
  const { name } = cleanName(text.slice(start, end));
  return name.length > 0 ? { name, start, end } : null;
}

/**
 * Splits a name shared by a `分别` list: `城镇和农村居民人均可支配收入` → 城镇居民人均可支配收入, 农村居民人均可支配收入.
 * A short part borrows what follows the first word of the last part (`firstWordLength` gives
 * that word's length, from the segmenter). Returns null when the parts do not number `count`.
 *
 * @example
 * splitSharedName('城镇和农村居民人均可支配收入', 2, () => 2) // ['城镇居民人均可支配收入', '农村居民人均可支配收入']
 */
export function splitSharedName(name: string, count: number, firstWordLength: (s: string) => number = () => 2): string[] | null {
  const parts = name.split(/[、和与及]/).filter((p) => p.length > 0);
  if (parts.length !== count) return null;
  const last = parts[parts.length - 1] as string;
  const tail = last.slice(Math.min(firstWordLength(last), last.length));
  return parts.map((p, i) => (i === parts.length - 1 || p.length > 3 || tail.length === 0 ? p : p + tail));
}
