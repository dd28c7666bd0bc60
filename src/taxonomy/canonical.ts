import { createRequire } from 'node:module';
import type nlpType from 'compromise';
import { jaroWinkler } from '../text/similarity.js';
import { CANONICAL_TABLE, type CanonicalEntry } from './canonical-table.js';

const AREA_OR_TIME = /^(?:全区|全县|全市|全旗|全省|我区|我县|我市|全年|年末|年底|当年|(?:19|20)\d\d年)+/;
const FUZZY_MIN = 0.93;
/**
 * A change or a share of a measure is not the measure: 贷款余额增加 (the increase),
 * 税收占比 and 固定资产投资比重 (shares) name no key, whatever synonym they contain.
 */
const CHANGE_OR_SHARE = /(?:增加|减少|增量|增收|减收)$|比重|占比|所占/;

interface Lookup {
  readonly exact: Map<string, CanonicalEntry>;
  readonly bySuffix: readonly { synonym: string; entry: CanonicalEntry }[];
  readonly english: readonly { phrase: string; key: string }[];
}

let lookup: Lookup | null = null;

function build(): Lookup {
  const exact = new Map<string, CanonicalEntry>();
  const bySuffix: { synonym: string; entry: CanonicalEntry }[] = [];
  const english: { phrase: string; key: string }[] = [];
  for (const entry of CANONICAL_TABLE) {
    for (const s of entry.synonyms) {
      exact.set(s.replace(/\s/g, ''), entry);
      if (s.length >= 4 && !entry.wholeOnly?.includes(s)) bySuffix.push({ synonym: s, entry });
    }
    for (const e of entry.english ?? []) english.push({ phrase: e, key: entry.key });
  }
  bySuffix.sort((a, b) => b.synonym.length - a.synonym.length);
  return { exact, bySuffix, english };
}

/** compromise costs ~40 MB per thread: loaded only when a name has English in it. */
let nlp: typeof nlpType | null = null;

/** English words in a name, lower-cased and singular (compromise), e.g. `GDP` → `gdp`. */
function englishOf(name: string): string | null {
  const latin = name.match(/[A-Za-z][A-Za-z .-]*/g);
  if (!latin) return null;
  // in a Chinese name the English is an acronym (GDP增速, PM2.5浓度): lower-casing is enough
  if (/[\u3400-\u9fff]/.test(name)) return latin.join(' ').toLowerCase();
  nlp ??= createRequire(import.meta.url)('compromise') as typeof nlpType;
  const doc = nlp(latin.join(' '));
  doc.nouns().toSingular();
  return doc.text('normal').toLowerCase();
}

/**
 * The taxonomy key of a measure's name, or null: exact synonym first, then the longest
 * synonym the name ends with, then English names, then a near spelling (Jaro-Winkler).
 *
 * @example
 * canonicalKey('全区地区生产总值') // 'gdp'
 * canonicalKey('人均地区生产总值') // 'per_capita_gdp'
 */
export function canonicalKey(name: string | null): string | null {
  if (!name) return null;
  const known = memo.get(name);
  if (known !== undefined) return known;
  const key = lookUp(name);
  if (memo.size > MEMO_LIMIT) memo.clear();
  memo.set(name, key);
  return key;
}

/** Names repeat across a batch (地区生产总值 in every report): each is looked up once. */
const memo = new Map<string, string | null>();
const MEMO_LIMIT = 50_000;

function lookUp(name: string): string | null {
  lookup ??= build();
  const bare = name.replace(AREA_OR_TIME, '').replace(/[“”\s]/g, '');
  if (CHANGE_OR_SHARE.test(bare)) return null;
  const exact = lookup.exact.get(bare);
  if (exact) return exact.key;
  for (const { synonym, entry } of lookup.bySuffix) {
    if (!bare.endsWith(synonym)) continue;
    if (entry.notWith?.some((w) => bare.includes(w))) continue;
    return entry.key;
  }
  const english = englishOf(name);
  if (english) {
    for (const { phrase, key } of lookup.english) if (english.includes(phrase)) return key;
  }
  let best: { key: string; score: number } | null = null;
  for (const [synonym, entry] of lookup.exact) {
    if (synonym.length < 4 || Math.abs(synonym.length - bare.length) > 2) continue;
    if (entry.notWith?.some((w) => bare.includes(w))) continue;
    const score = jaroWinkler(bare, synonym);
    if (score >= FUZZY_MIN && (!best || score > best.score)) best = { key: entry.key, score };
  }
  return best?.key ?? null;
}

const byKey = new Map(CANONICAL_TABLE.map((e) => [e.key, e] as const));

/**
 * The taxonomy entry of a canonical key, or undefined for a key the taxonomy does not hold.
 *
 * @example
 * canonicalEntry('gdp')?.label // 'GDP'
 */
export function canonicalEntry(key: string | null): CanonicalEntry | undefined {
  return key === null ? undefined : byKey.get(key);
}
