import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertPatchedNodejieba } from './nodejieba-patch.js';
import { withinNative } from './native-guard.js';
import { buildPosLexiconData, PosLexicon, type PosLexiconData } from './pos-lexicon.js';

/**
 * The only door to nodejieba in the project. The native module and its dictionaries
 * (~10 MB) load on the first call, once per process, so importing this file is free.
 */

interface JiebaModule {
  load(options: { dict?: string; userDict?: string; idfDict?: string; stopWordDict?: string }): void;
  DEFAULT_DICT: string;
  DEFAULT_USER_DICT: string;
  cut(sentence: string, hmm?: boolean): string[];
  tag(sentence: string): { word: string; tag: string }[];
}

let jieba: JiebaModule | null = null;
let lexicon: PosLexicon | null = null;

const dictFile = (name: string): string => fileURLToPath(new URL(`../../dict/${name}`, import.meta.url));

/**
 * The main dictionary: the core of jieba's own (without personal names and idioms, cut by
 * `npm run build` into dict/generated/ and shipped in the package, see scripts/build-dict.mjs),
 * which loads in a quarter of the time and memory of the full one; ZHIBIAO_JIEBA_DICT=full or a
 * path chooses another. Only names are read from the segmenter, never numbers. A missing core
 * dictionary is an error (see mustExist), never a quiet switch to the full one: the names of
 * indicators depend on it (义务教育巩固率, not 巩固率).
 */
function mainDictionary(defaultDict: string): string {
  const chosen = process.env.ZHIBIAO_JIEBA_DICT;
  if (chosen === 'full') return defaultDict;
  if (chosen) return chosen;
  return dictFile('generated/jieba.core.utf8');
}

/** The dictionaries jieba is loaded with; the tag lexicon is read from the same files. */
function dictionaries(defaults: Pick<JiebaModule, 'DEFAULT_DICT' | 'DEFAULT_USER_DICT'>): { main: string; user: string[] } {
  // The project's indicator terms keep measures whole (一般公共预算收入, not 一般|公共|…).
  const found = { main: mainDictionary(defaults.DEFAULT_DICT), user: [defaults.DEFAULT_USER_DICT, dictFile('zhibiao.user.utf8')] };
  mustExist([found.main, ...found.user]);
  return found;
}

/** jieba ends the whole process on a missing file; say which one instead. */
function mustExist(files: readonly string[]): void {
  for (const file of files) if (!existsSync(file)) throw new Error(`jieba dictionary not found: ${file}`);
}

/**
 * nodejieba's JavaScript side, the copy Node resolves from here (the one the install patched);
 * its native part and dictionary load on `load`, not here.
 */
function jiebaModule(): JiebaModule {
  const require = createRequire(import.meta.url);
  assertPatchedNodejieba(dirname(require.resolve('nodejieba/package.json')));
  // loading the addon runs native code too
  return withinNative(() => require('nodejieba') as JiebaModule);
}

function getJieba(): JiebaModule {
  if (jieba === null) {
    const loaded = jiebaModule();
    const { main, user } = dictionaries(loaded);
    // Keyword extraction is never used: a one-line idf table and stop list spare ~6 MB of loading.
    const idf = dictFile('no-idf.utf8');
    const stopWords = dictFile('no-stopwords.utf8');
    mustExist([idf, stopWords]);
    withinNative(() => loaded.load({ dict: main, userDict: user.join('|'), idfDict: idf, stopWordDict: stopWords }));
    jieba = loaded;
  }
  return jieba;
}

/** The tag lexicon of the dictionaries jieba loads; reading it does not load the segmenter. */
function lexiconData(shared: boolean): PosLexiconData {
  const { main, user } = dictionaries(jiebaModule());
  return buildPosLexiconData([main, ...user], { shared });
}

function getLexicon(): PosLexicon {
  lexicon ??= new PosLexicon(lexiconData(false));
  return lexicon;
}

/**
 * The tag lexicon built on SharedArrayBuffers, for a batch to build once and hand to every
 * worker thread (see {@link useSharedPosLexicon}).
 */
export function sharedPosLexiconData(): PosLexiconData {
  return lexiconData(true);
}

/** Makes this thread look tags up in a lexicon built by {@link sharedPosLexiconData}. */
export function useSharedPosLexicon(data: PosLexiconData): void {
  lexicon = new PosLexicon(data);
}

/**
 * Segments Chinese text into words (jieba, HMM on for unknown words).
 *
 * @example
 * cutWords('产业结构持续优化'); // ['产业结构', '持续', '优化']
 */
export function cutWords(text: string): string[] {
  if (text.length === 0) return [];
  const jieba = getJieba();
  return withinNative(() => jieba.cut(text, true));
}

/**
 * Segments text into words and their part-of-speech tags (ICTCLAS tag set), as two parallel
 * arrays: the tags jieba's own tagger gives ({@link tagWordsNative}), from `cut` and the
 * lexicon, without an object per word.
 *
 * @example
 * cutAndTag('财政金融运行平稳'); // { words: ['财政金融', '运行', '平稳'], tags: ['n', 'v', 'a'] }
 */
export function cutAndTag(text: string): { words: string[]; tags: string[] } {
  if (text.length === 0) return { words: [], tags: [] };
  const jieba = getJieba();
  const words = withinNative(() => jieba.cut(text, true));
  const lex = getLexicon();
  const tags = new Array<string>(words.length);
  for (let i = 0; i < words.length; i++) tags[i] = lex.tagOf(words[i] as string);
  return { words, tags };
}

/** jieba's own tagger, one N-API object per word: the reference cutAndTag is tested against. */
export function tagWordsNative(text: string): { word: string; tag: string }[] {
  if (text.length === 0) return [];
  const jieba = getJieba();
  return withinNative(() => jieba.tag(text));
}
