// How well three kinds of work scale from one worker thread to two on this machine:
// a pure arithmetic loop (the machine's own scaling), jieba `cut` alone, and zhibiao's
// `extract` (in process, no I/O). Each worker gets its own N documents of the benchmark's
// corpus; scaling = 2 × time(one worker) ÷ time(two workers, the slower). Usage, after
// `npm run build`: node scripts/worker-scaling.mjs [documents per worker, default 300]
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

const root = new URL('..', import.meta.url);
const perWorker = Number(process.argv[2] ?? 300);
const { corpusDocuments } = await import(new URL('dist/bench/corpus.js', root).href);
const sources = [
  { name: 'boshan', text: readFileSync(new URL('corpus/boshan-2023.txt', root), 'utf8') },
  { name: 'qinglan', text: readFileSync(new URL('test/fixtures/reports/qinglan-2023.txt', root), 'utf8') },
];
const texts = [...corpusDocuments(sources, { count: perWorker * 2, seed: 20231, minDocumentBytes: 15_000 })].map((d) => d.text);

const body = `
const { parentPort, workerData } = require('node:worker_threads');
const { kind, texts, root } = workerData;
(async () => {
  let work;
  if (kind === 'arithmetic') work = () => { let x = 0; for (let i = 0; i < 3e6; i++) x = (x + i * 7) % 1000003; return x; };
  if (kind === 'cut') { const j = await import(root + 'dist/segment/jieba.js'); work = (t) => j.cutWords(t).length; }
  if (kind === 'extract') { const p = await import(root + 'dist/pipeline.js'); work = (t) => p.extract(t).indicators.length; }
  for (const t of texts.slice(0, 5)) work(t);
  const start = performance.now();
  for (const t of texts) work(t);
  parentPort.postMessage(performance.now() - start);
})();`;

function run(kind, slice) {
  return new Promise((resolve, reject) => {
    const w = new Worker(body, { eval: true, workerData: { kind, texts: slice, root: root.href }, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    w.once('message', (ms) => void w.terminate().then(() => resolve(ms)));
    w.once('error', reject);
  });
}

console.log(`| work | one worker, ms | two workers, ms (slower) | scaling |`);
console.log(`|---|---|---|---|`);
for (const kind of ['arithmetic', 'cut', 'extract']) {
  const first = texts.slice(0, perWorker);
  const second = texts.slice(perWorker);
  const one = await run(kind, first);
  const two = Math.max(...(await Promise.all([run(kind, first), run(kind, second)])));
  console.log(`| ${kind} | ${one.toFixed(0)} | ${two.toFixed(0)} | ${((2 * one) / two).toFixed(2)}× |`);
}
