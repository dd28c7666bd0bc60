import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * The only door to nodejieba in the project. The native module and its dictionaries
 * (~10 MB) load on the first call, once per process, so importing this file is free.
 */

interface JiebaModule {
  load(options: { userDict?: string }): void;
  DEFAULT_USER_DICT: string;
  cut(sentence: string, hmm?: boolean): string[];
  tag(sentence: string): { word: string; tag: string }[];
}

let jieba: JiebaModule | null = null;

function getJieba(): JiebaModule {
  if (jieba === null) {
    // createRequire keeps the load lazy and synchronous; nodejieba loads its dictionary on first use.
    const require = createRequire(import.meta.url);
    const loaded = require('nodejieba') as JiebaModule;
    // The project's indicator terms keep measures whole (一般公共预算收入, not 一般|公共|…).
    const projectDict = fileURLToPath(new URL('../../dict/zhibiao.user.utf8', import.meta.url));
    loaded.load({ userDict: `${loaded.DEFAULT_USER_DICT}|${projectDict}` });
    jieba = loaded;
  }
  return jieba;
}

/**
 * Segments Chinese text into words (jieba, HMM on for unknown words).
 *
 * @example
 * cutWords('产业结构持续优化'); // ['产业结构', '持续', '优化']
 */
export function cutWords(text: string): string[] {
  if (text.length === 0) return [];
  return getJieba().cut(text, true);
}

/**
 * Segments text into words with their part-of-speech tags (ICTCLAS tag set).
 *
 * @example
 * tagWords('财政金融运行平稳'); // [{ word: '财政金融', tag: 'n' }, { word: '运行', tag: 'v' }, { word: '平稳', tag: 'a' }]
 */
export function tagWords(text: string): { word: string; tag: string }[] {
  if (text.length === 0) return [];
  return getJieba().tag(text);
}
