import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { cutAndTag, cutWords, sharedPosLexiconData, tagWordsNative } from '../../src/segment/jieba.js';
import { buildPosLexiconData, PosLexicon, tagOfUnknown } from '../../src/segment/pos-lexicon.js';
import { sentenceTokens } from '../../src/segment/tokens.js';

const root = join(import.meta.dirname, '..', '..');
const seed = readFileSync(join(root, 'corpus', 'boshan-2023.txt'), 'utf8');

/** cutAndTag's parallel arrays as jieba's tagger gives them: one { word, tag } per word. */
function tagWords(text: string): { word: string; tag: string }[] {
  const { words, tags } = cutAndTag(text);
  return words.map((word, i) => ({ word, tag: tags[i] as string }));
}

describe('nodejieba as installed', () => {
  it('runs the binary built from the patched source (npm postinstall)', () => {
    const patches = readdirSync(join(root, 'patches')).filter((f) => f.startsWith('nodejieba+')).sort();
    expect(patches.length).toBeGreaterThan(0);
    const hash = createHash('sha256');
    for (const f of patches) hash.update(readFileSync(join(root, 'patches', f)));
    const jiebaDir = dirname(createRequire(join(root, 'package.json')).resolve('nodejieba/package.json'));
    const marker = readFileSync(join(jiebaDir, 'build', 'Release', 'zhibiao-patch.sha256'), 'utf8').trim();
    expect(marker).toBe(hash.digest('hex'));
    expect(readFileSync(join(jiebaDir, 'lib', 'nodejieba.cpp'), 'utf8')).toContain('sharedByFiles');
  });

  it('segments the same in worker threads that share one dictionary, all at once', async () => {
    const text = seed.slice(0, 3000);
    const script = `
      const { parentPort, workerData } = require('node:worker_threads');
      import(workerData.module).then((j) => {
        const runs = [];
        for (let i = 0; i < 20; i++) runs.push(JSON.stringify(j.tagWordsNative(workerData.text)));
        parentPort.postMessage(runs);
      });`;
    const module = new URL('../../dist/segment/jieba.js', import.meta.url).href;
    const inWorker = (): Promise<string[]> =>
      new Promise((resolve, reject) => {
        const w = new Worker(script, { eval: true, workerData: { module, text } });
        w.once('message', (m: string[]) => void w.terminate().then(() => resolve(m)));
        w.once('error', reject);
      });
    const expected = JSON.stringify(tagWordsNative(text));
    const results = await Promise.all([inWorker(), inWorker(), inWorker()]);
    for (const runs of results) for (const r of runs) expect(r).toBe(expected);
  });

  it('tags exactly the words it cuts, each with a tag', () => {
    const tagged = tagWords(seed);
    expect(tagged.map((t) => t.word)).toEqual(cutWords(seed));
    expect(tagged.every((t) => typeof t.tag === 'string' && t.tag.length > 0)).toBe(true);
    expect(tagged.map((t) => t.word).join('')).toBe(seed);
  });

  it.each([
    'corpus/boshan-2023.txt',
    'test/fixtures/reports/qinglan-2023.txt',
    'test/fixtures/reports/dev/yunwu-2023.txt',
    'test/fixtures/reports/dev/qiuchuan-2024.txt',
    'test/fixtures/reports/heldout/yuanfeng-2024.txt',
  ])('tags %s exactly as jieba’s own tagger does (cut + the lexicon)', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const native = tagWordsNative(text);
    expect(native.length).toBeGreaterThan(1000);
    expect(tagWords(text)).toEqual(native);
  });

  it('tags words outside the dictionary by jieba’s rule', () => {
    expect(tagWords('鿏鿐鿑')).toEqual(tagWordsNative('鿏鿐鿑'));
    expect(tagOfUnknown('鲁中')).toBe('x');
    expect(tagOfUnknown('2023')).toBe('m');
    expect(tagOfUnknown('5G')).toBe('m'); // it stops at half the word, after the 5
    expect(tagOfUnknown('GDP')).toBe('eng');
    expect(tagOfUnknown('5')).toBe('x');
    for (const odd of ['ABC123', 'x9', '12ab', 'Ｇ20', '3号', 'COVID-19', '4.5', 'a']) {
      expect(tagWords(odd), odd).toEqual(tagWordsNative(odd));
    }
  });

  it('tags the same from a lexicon on shared memory, as worker threads receive it', () => {
    const data = sharedPosLexiconData();
    expect(data.units.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(data.slots.buffer).toBeInstanceOf(SharedArrayBuffer);
    const shared = new PosLexicon(structuredClone(data));
    const native = tagWordsNative(seed);
    expect(native.map((t) => shared.tagOf(t.word))).toEqual(native.map((t) => t.tag));
  });

  it('reads dictionary lines as jieba does: a later entry wins, a word alone or with an empty tag has none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhibiao-lexicon-'));
    writeFileSync(join(dir, 'main.utf8'), '甲乙 3 n\n丙丁 5 v\r\n');
    writeFileSync(join(dir, 'user.utf8'), '丙丁 a\n戊己\n庚辛 \n');
    const lexicon = new PosLexicon(buildPosLexiconData([join(dir, 'main.utf8'), join(dir, 'user.utf8')]));
    const words = ['甲乙', '丙丁', '戊己', '庚辛'];
    expect(words.map((w) => lexicon.tagOf(w))).toEqual(['n', 'a', 'x', 'x']);
    // and jieba, loaded with the same files in a thread of its own, agrees
    const script = `
      const { parentPort, workerData } = require('node:worker_threads');
      const jieba = require('nodejieba');
      jieba.load({ dict: workerData.main, userDict: workerData.user, idfDict: workerData.idf, stopWordDict: workerData.stop });
      parentPort.postMessage(workerData.words.map((w) => jieba.tag(w).map((t) => t.tag).join('|')));`;
    const jiebaTags = await new Promise<string[]>((resolve, reject) => {
      const w = new Worker(script, {
        eval: true,
        workerData: {
          main: join(dir, 'main.utf8'),
          user: join(dir, 'user.utf8'),
          idf: join(root, 'dict', 'no-idf.utf8'),
          stop: join(root, 'dict', 'no-stopwords.utf8'),
          words,
        },
      });
      w.once('message', (m: string[]) => void w.terminate().then(() => resolve(m)));
      w.once('error', reject);
    });
    expect(jiebaTags).toEqual(words.map((w) => lexicon.tagOf(w)));
  });

  it('keeps the project’s indicator terms whole', () => {
    expect(cutWords('一般公共预算收入增长')).toContain('一般公共预算收入');
  });
});

describe('sentenceTokens', () => {
  it('gives words whose offsets slice back to themselves, none inside the blanked figure', () => {
    const text = '全年新增首贷286户，贷款余额增长12.5%。';
    const blank = { start: text.indexOf('286户'), end: text.indexOf('286户') + 4 };
    const words = sentenceTokens(text, { start: 0, end: text.length }, [blank]);
    const tokens = words(0, text.length);
    expect(tokens.length).toBeGreaterThan(3);
    for (const t of tokens) {
      expect(text.slice(t.start, t.end)).toBe(t.word);
      expect(t.end <= blank.start || t.start >= blank.end).toBe(true);
    }
    expect(words(0, blank.start).map((t) => t.word)).toContain('首贷');
  });
});
