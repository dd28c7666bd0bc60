import { mkdir, readFile, rm } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadGold } from '../eval/load-files.js';
import { writeFileAtomic } from '../output/atomic-file.js';
import { adversarialPasses, renderAdversarial, runAdversarial } from './adversarial.js';
import { makeTempFolder, writeCorpus, type CorpusSource } from './corpus.js';
import { measureReviewPage, renderReviewPageMarkdown, type ReviewPageMeasure } from './review-page.js';
import { goldRecall, recognizersFinds, zhibiaoFinds, type GoldRecall } from './gold-recall.js';
import {
  IN_PROCESS_KINDS,
  machineInfo,
  measureCli,
  measureInChild,
  measureInProcess,
  readFileList,
  type CliRaw,
  type InProcessKind,
  type InProcessRaw,
} from './measure.js';
import {
  MB,
  computeRatios,
  evaluateTargets,
  fasterRound,
  flatness,
  lineFromCli,
  lineFromInProcess,
  renderMarkdown,
  type BenchReport,
  type Flatness,
  type RunLine,
} from './report.js';

/**
 * `npm run bench` — zhibiao against its floor, segmentation alone, its own CLI and
 * Recognizers-Text, on one generated corpus, then the adversarial inputs of issue 13 at N and
 * 4N, and the review page of a 5 MB report in Chromium. Flags: --quick (100 docs, RT sample 5,
 * N 2,000), --docs N, --sample N (RT documents), --flat (memory flatness in a quick run), --seed N,
 * --rounds N (default 2, 1 with --quick), --adversarial (the adversarial table only), --n N (its
 * size, default 10,000), --review-only (just the review page). Prints markdown tables and writes
 * output/bench.json, output/bench-adversarial.json (and with --review-only output/bench-review.json).
 *
 * Rounds: the runs a ratio compares (segmentation and extract; --jobs 1 and --jobs 2) are
 * repeated, interleaved, and each keeps its fastest round, so that a burst of other load on a
 * shared machine during one run does not decide a ratio; peak RSS keeps the highest round.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCRIPT = fileURLToPath(import.meta.url);
const CLI = join(ROOT, 'bin', 'zhibiao.js');
const SOURCES = [
  { name: 'boshan', path: 'corpus/boshan-2023.txt' },
  { name: 'qinglan', path: 'test/fixtures/reports/qinglan-2023.txt' },
] as const;
const GOLD = 'test/gold/boshan-2023.gold.json';
/** ~15 MB per 1,000 documents: a shorter source is lengthened to this. */
const MIN_DOCUMENT_BYTES = 15_000;

interface BenchOptions {
  readonly docs: number;
  readonly sample: number;
  readonly quick: boolean;
  readonly flat: boolean;
  readonly seed: number;
  readonly rounds: number;
  /** --adversarial: only the adversarial table (issue 13). */
  readonly adversarialOnly: boolean;
  /** --n: size N of the adversarial inputs (run at N and 4N). */
  readonly adversarialN: number;
  /** Only the review-page measurement (a 5 MB report's page in Chromium). */
  readonly reviewOnly: boolean;
}

function positive(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`--${name} takes a positive whole number, not "${raw}"`);
  return value;
}

function parseOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: 'boolean', default: false },
      flat: { type: 'boolean', default: false },
      docs: { type: 'string' },
      sample: { type: 'string' },
      seed: { type: 'string' },
      rounds: { type: 'string' },
      adversarial: { type: 'boolean', default: false },
      n: { type: 'string' },
      'review-only': { type: 'boolean', default: false },
    },
  });
  const quick = values.quick === true;
  return {
    quick,
    docs: positive('docs', values.docs, quick ? 100 : 1000),
    sample: positive('sample', values.sample, quick ? 5 : 20),
    flat: !quick || values.flat === true,
    seed: positive('seed', values.seed, 20231),
    rounds: positive('rounds', values.rounds, quick ? 1 : 2),
    adversarialOnly: values.adversarial === true,
    adversarialN: positive('n', values.n, quick ? 2_000 : 10_000),
    reviewOnly: values['review-only'] === true,
  };
}

function say(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

/** The seed's gold recall for zhibiao and (when installed) Recognizers-Text. */
async function seedRecall(): Promise<{ zhibiao: GoldRecall; recognizers: GoldRecall | null }> {
  const gold = loadGold(join(ROOT, GOLD));
  const text = await readFile(join(ROOT, SOURCES[0].path), 'utf8');
  const { extract } = await import('../pipeline.js');
  const doc = extract(text, { id: gold.document });
  const zhibiao = goldRecall(gold, (g) => zhibiaoFinds(g, doc.indicators));
  try {
    const { loadRecognizers, recognizeDocument } = await import('./recognizers.js');
    const entities = recognizeDocument(await loadRecognizers(), text);
    return { zhibiao, recognizers: goldRecall(gold, (g) => recognizersFinds(g, entities)) };
  } catch (error) {
    say(`Recognizers-Text unavailable, its line is skipped: ${(error as Error).message}`);
    return { zhibiao, recognizers: null };
  }
}

const LABELS: Record<InProcessKind, string> = {
  floor: 'floor: read + one number regex',
  segment: 'segmentation alone (jieba cut, HMM)',
  extract: 'zhibiao extract, in process, 1 thread',
  recognizers: 'Recognizers-Text zh, sentence by sentence',
};

async function runBench(options: BenchOptions): Promise<BenchReport> {
  const machine = machineInfo();
  say(`${machine.cpu}, ${machine.cores} cores, ${(machine.memoryBytes / 2 ** 30).toFixed(1)} GiB, Node ${machine.node}`);
  const sources: CorpusSource[] = await Promise.all(
    SOURCES.map(async (s) => ({ name: s.name, text: await readFile(join(ROOT, s.path), 'utf8') })),
  );
  const temp = await makeTempFolder('run');
  const removeOnInterrupt = (): void => {
    void temp.remove().finally(() => process.exit(130));
  };
  process.once('SIGINT', removeOnInterrupt);
  try {
    const corpusDir = join(temp.dir, 'corpus');
    const scratch = join(temp.dir, 'scratch');
    await Promise.all([mkdir(corpusDir), mkdir(scratch)]);
    const corpusOptions = { count: options.docs, seed: options.seed, minDocumentBytes: MIN_DOCUMENT_BYTES };
    const corpus = await writeCorpus(corpusDir, sources, corpusOptions);
    say(`corpus: ${corpus.files.length} documents, ${(corpus.bytes / MB).toFixed(1)} MB in ${corpusDir}`);

    say('gold recall on the seed');
    const recall = await seedRecall();

    const lines: RunLine[] = [];
    const inProcess = new Map<InProcessKind, InProcessRaw>();
    for (let round = 1; round <= options.rounds; round++) {
      for (const kind of IN_PROCESS_KINDS) {
        if (kind === 'recognizers' && (recall.recognizers === null || round > 1)) continue; // minutes per run
        const files = kind === 'recognizers' ? corpus.files.slice(0, options.sample) : corpus.files;
        say(`in process: ${kind} over ${files.length} documents (round ${round} of ${options.rounds})`);
        const raw = await measureInChild(kind, files, SCRIPT, scratch);
        const kept = inProcess.get(kind);
        inProcess.set(kind, kept === undefined ? raw : fasterRound(kept, raw));
      }
    }
    for (const [kind, raw] of inProcess) lines.push(lineFromInProcess(kind, LABELS[kind], raw, kind === 'recognizers'));

    const cliRun = async (jobs: number, docs: number, bytes: number): Promise<CliRaw> => {
      say(`CLI --jobs ${jobs} over ${docs} documents`);
      const outDir = join(temp.dir, `out-jobs${jobs}-${docs}`);
      try {
        return await measureCli({ cli: CLI, inputDir: corpusDir, outDir, jobs, docs, bytes, scratchDir: scratch });
      } finally {
        await rm(outDir, { recursive: true, force: true });
      }
    };
    let jobs1: CliRaw | null = null;
    let jobs2: CliRaw | null = null;
    for (let round = 1; round <= options.rounds; round++) {
      const one = await cliRun(1, corpus.files.length, corpus.bytes);
      jobs1 = jobs1 === null ? one : fasterRound(jobs1, one);
      const two = await cliRun(2, corpus.files.length, corpus.bytes);
      jobs2 = jobs2 === null ? two : fasterRound(jobs2, two);
    }
    if (jobs1 === null || jobs2 === null) throw new Error('--rounds must be at least 1');
    lines.push(lineFromCli('cli-1', 'zhibiao CLI --jobs 1 (whole process)', jobs1));
    lines.push(lineFromCli('cli-2', 'zhibiao CLI --jobs 2 (whole process)', jobs2));

    let flat: Flatness | null = null;
    if (options.flat && jobs2.peakRssBytes !== null) {
      const more = await writeCorpus(corpusDir, sources, { ...corpusOptions, count: options.docs * 3 }, options.docs);
      const big = await cliRun(2, corpus.files.length + more.files.length, corpus.bytes + more.bytes);
      if (big.peakRssBytes !== null) flat = flatness(jobs2.docs, jobs2.peakRssBytes / MB, big.docs, big.peakRssBytes / MB);
    }

    const ratios = computeRatios(lines);
    return {
      generatedAt: new Date().toISOString(),
      machine,
      config: {
        docs: options.docs,
        corpusBytes: corpus.bytes,
        seed: options.seed,
        rounds: options.rounds,
        quick: options.quick,
        recognizersSample: Math.min(options.sample, options.docs),
        rssMethod: jobs1.rssMethod,
        loadAverageAtEnd: loadavg()[0] ?? 0,
        sources: SOURCES.map((s) => s.path),
      },
      lines,
      ratios,
      recall,
      flat,
      targets: evaluateTargets({ lines, ratios, recall, flat }),
    };
  } finally {
    process.off('SIGINT', removeOnInterrupt);
    await temp.remove();
  }
}

async function main(argv: readonly string[]): Promise<void> {
  if (argv[0] === '--child') {
    // One in-process measurement, in its own process: see measureInChild.
    const kind = argv[1] as InProcessKind;
    if (!IN_PROCESS_KINDS.includes(kind) || argv[2] === undefined) throw new Error(`usage: run.js --child <${IN_PROCESS_KINDS.join('|')}> <file-list.json>`);
    process.stdout.write(JSON.stringify(await measureInProcess(kind, await readFileList(argv[2]))));
    return;
  }
  const options = parseOptions(argv);
  if (!options.adversarialOnly) {
    const report = options.reviewOnly ? null : await runBench(options);
    if (report) process.stdout.write(renderMarkdown(report));
    const reviewPage = await reviewPageLine(options);
    if (reviewPage) process.stdout.write(renderReviewPageMarkdown(reviewPage));
    const target = join(ROOT, 'output', report ? 'bench.json' : 'bench-review.json');
    await mkdir(join(ROOT, 'output'), { recursive: true });
    await writeFileAtomic(target, `${JSON.stringify(report ? { ...report, reviewPage } : { reviewPage }, null, 2)}\n`);
    say(`wrote ${target}`);
    if (options.reviewOnly) return;
  }
  await adversarialTable(options.adversarialN);
}

/** The adversarial inputs of issue 13 at N and 4N, as a markdown table (also output/bench-adversarial.json). */
async function adversarialTable(n: number): Promise<void> {
  const temp = await makeTempFolder('adversarial');
  try {
    const lines = await runAdversarial({ cli: CLI, dir: temp.dir, n, say });
    process.stdout.write(`\n${renderAdversarial(lines, n)}`);
    await mkdir(join(ROOT, 'output'), { recursive: true });
    await writeFileAtomic(join(ROOT, 'output', 'bench-adversarial.json'), `${JSON.stringify({ n, machine: machineInfo(), lines }, null, 2)}\n`);
    if (!adversarialPasses(lines)) process.exitCode = 1;
  } finally {
    await temp.remove();
  }
}

/** The review page of a 5 MB report in Chromium (a table of its own); null, said why, without a browser. */
async function reviewPageLine(options: BenchOptions): Promise<ReviewPageMeasure | null> {
  const sources: CorpusSource[] = await Promise.all(SOURCES.map(async (s) => ({ name: s.name, text: await readFile(join(ROOT, s.path), 'utf8') })));
  const temp = await makeTempFolder('review');
  try {
    say('review page: a 5 MB report, extracted, rendered and opened in Chromium');
    return await measureReviewPage(sources, { dir: temp.dir, seed: options.seed, rounds: options.quick ? 2 : 3 });
  } catch (error) {
    say(`review page not measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return null;
  } finally {
    await temp.remove();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
