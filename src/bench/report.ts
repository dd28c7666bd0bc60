import { markdownTable } from '../eval/format-report.js';
import type { GoldRecall } from './gold-recall.js';
import type { CliRaw, InProcessRaw, MachineInfo } from './measure.js';
import { percentile } from './measure.js';

/**
 * Pure bookkeeping of a benchmark run: lines from raw timings, the ratios, the targets
 * with PASS/FAIL, and the markdown table. No clock and no file system here, so all of it
 * is testable with made-up numbers.
 */

/** Bytes in a megabyte, for MB/s and RSS alike (decimal, as `du --si`). */
export const MB = 1_000_000;

export type LineId = 'floor' | 'segment' | 'extract' | 'recognizers' | 'cli-1' | 'cli-2';

/** One row of the results table. */
export interface RunLine {
  readonly id: LineId;
  readonly label: string;
  readonly docs: number;
  readonly bytes: number;
  readonly seconds: number;
  readonly docsPerSecond: number;
  readonly mbPerSecond: number;
  readonly p50Ms: number | null;
  readonly p95Ms: number | null;
  readonly startupMs: number | null;
  readonly peakRssMb: number | null;
  /** Set when the line was measured on a sample of the documents. */
  readonly sample?: boolean;
}

function rates(docs: number, bytes: number, seconds: number): { docsPerSecond: number; mbPerSecond: number } {
  const safe = seconds > 0 ? seconds : Number.MIN_VALUE;
  return { docsPerSecond: docs / safe, mbPerSecond: bytes / MB / safe };
}

/**
 * A table row from an in-process run.
 *
 * @example
 * lineFromInProcess('extract', 'zhibiao extract, in process', raw).docsPerSecond; // raw.docs / raw.seconds
 */
export function lineFromInProcess(id: LineId, label: string, raw: InProcessRaw, sample = false): RunLine {
  return {
    id,
    label,
    docs: raw.docs,
    bytes: raw.bytes,
    seconds: raw.seconds,
    ...rates(raw.docs, raw.bytes, raw.seconds),
    p50Ms: percentile(raw.perDocMs, 50),
    p95Ms: percentile(raw.perDocMs, 95),
    startupMs: raw.startupMs,
    peakRssMb: raw.peakRssBytes / MB,
    ...(sample ? { sample: true } : {}),
  };
}

/**
 * A table row from a CLI run (no per-document times: the process is timed whole).
 *
 * @example
 * lineFromCli('cli-2', 'zhibiao CLI --jobs 2', raw).p50Ms; // null
 */
export function lineFromCli(id: LineId, label: string, raw: CliRaw): RunLine {
  return {
    id,
    label,
    docs: raw.docs,
    bytes: raw.bytes,
    seconds: raw.seconds,
    ...rates(raw.docs, raw.bytes, raw.seconds),
    p50Ms: null,
    p95Ms: null,
    startupMs: raw.startupMs,
    peakRssMb: raw.peakRssBytes === null ? null : raw.peakRssBytes / MB,
  };
}

/** The ratios the issue asks for; null where a side was not measured. */
export interface Ratios {
  /** zhibiao extract ÷ segmentation alone, documents/s on the same documents. */
  readonly extractOverSegment: number | null;
  /** zhibiao extract ÷ Recognizers-Text, by MB/s (its sample's mean document size may differ). */
  readonly extractOverRecognizers: number | null;
  /** CLI --jobs 2 ÷ --jobs 1, documents/s, startup included. */
  readonly jobs2OverJobs1: number | null;
}

function ratio(a: number | undefined, b: number | undefined): number | null {
  return a === undefined || b === undefined || b === 0 ? null : a / b;
}

/**
 * @example
 * computeRatios([{ id: 'extract', docsPerSecond: 20, … }, { id: 'segment', docsPerSecond: 200, … }]).extractOverSegment; // 0.1
 */
export function computeRatios(lines: readonly RunLine[]): Ratios {
  const get = (id: LineId): RunLine | undefined => lines.find((l) => l.id === id);
  return {
    extractOverSegment: ratio(get('extract')?.docsPerSecond, get('segment')?.docsPerSecond),
    extractOverRecognizers: ratio(get('extract')?.mbPerSecond, get('recognizers')?.mbPerSecond),
    jobs2OverJobs1: ratio(get('cli-2')?.docsPerSecond, get('cli-1')?.docsPerSecond),
  };
}

/** Peak RSS of the CLI --jobs 2 run at two corpus sizes. */
export interface Flatness {
  readonly docsLow: number;
  readonly docsHigh: number;
  readonly rssLowMb: number;
  readonly rssHighMb: number;
  /** high ÷ low. */
  readonly ratio: number;
}

/**
 * @example
 * flatness(1000, 300, 3000, 315).ratio; // 1.05
 */
export function flatness(docsLow: number, rssLowMb: number, docsHigh: number, rssHighMb: number): Flatness {
  return { docsLow, docsHigh, rssLowMb, rssHighMb, ratio: rssHighMb / rssLowMb };
}

export type Verdict = 'PASS' | 'FAIL' | 'n/a';

/** One target and how the run fared against it. */
export interface TargetResult {
  readonly id: string;
  readonly target: string;
  readonly measured: string;
  readonly verdict: Verdict;
}

/** Everything the targets are judged on. */
export interface TargetInput {
  readonly lines: readonly RunLine[];
  readonly ratios: Ratios;
  readonly recall: { readonly zhibiao: GoldRecall; readonly recognizers: GoldRecall | null };
  readonly flat: Flatness | null;
}

/** The issue's thresholds, in one place. */
export const TARGETS = {
  extractOverSegment: 0.5,
  extractOverRecognizers: 100,
  jobs2OverJobs1: 1.7,
  peakRssMb: 400,
  flatRatio: 1.1,
  startupMs: 1500,
} as const;

function verdict(ok: boolean | null): Verdict {
  return ok === null ? 'n/a' : ok ? 'PASS' : 'FAIL';
}

function times(x: number | null): string {
  return x === null ? '—' : `${x >= 10 ? x.toFixed(1) : x.toFixed(2)}×`;
}

function maxOf(values: readonly (number | null | undefined)[]): number | null {
  const present = values.filter((v): v is number => typeof v === 'number');
  return present.length === 0 ? null : Math.max(...present);
}

/**
 * Judges the run against {@link TARGETS}; a target whose inputs were not measured is `n/a`.
 *
 * @example
 * evaluateTargets(input).find((t) => t.id === 'jobs')?.verdict; // 'PASS' when jobs-2 ÷ jobs-1 ≥ 1.7
 */
export function evaluateTargets(input: TargetInput): TargetResult[] {
  const { ratios, recall, flat } = input;
  const cli = input.lines.filter((l) => l.id === 'cli-1' || l.id === 'cli-2');
  const cliDocs = cli[0]?.docs;
  const peak = maxOf(cli.map((l) => l.peakRssMb));
  const startup = maxOf(cli.map((l) => l.startupMs));
  const rt = recall.recognizers;
  const beatsRt = ratios.extractOverRecognizers === null || rt === null ? null : ratios.extractOverRecognizers >= TARGETS.extractOverRecognizers && recall.zhibiao.recall > rt.recall;
  return [
    {
      id: 'vs-segmentation',
      target: `extract ≥ ${TARGETS.extractOverSegment} × segmentation alone`,
      measured: times(ratios.extractOverSegment),
      verdict: verdict(ratios.extractOverSegment === null ? null : ratios.extractOverSegment >= TARGETS.extractOverSegment),
    },
    {
      id: 'vs-recognizers',
      target: `extract ≥ ${TARGETS.extractOverRecognizers} × Recognizers-Text, with higher gold recall`,
      measured: `${times(ratios.extractOverRecognizers)}; recall ${recall.zhibiao.recall.toFixed(3)} vs ${rt === null ? '—' : rt.recall.toFixed(3)}`,
      verdict: verdict(beatsRt),
    },
    {
      id: 'jobs',
      target: `CLI --jobs 2 ≥ ${TARGETS.jobs2OverJobs1} × --jobs 1`,
      measured: times(ratios.jobs2OverJobs1),
      verdict: verdict(ratios.jobs2OverJobs1 === null ? null : ratios.jobs2OverJobs1 >= TARGETS.jobs2OverJobs1),
    },
    {
      id: 'peak-rss',
      target: `CLI peak RSS ≤ ${TARGETS.peakRssMb} MB${cliDocs === undefined || cliDocs === 1000 ? '' : ` (measured at ${cliDocs} docs, target is for 1,000)`}`,
      measured: peak === null ? '—' : `${peak.toFixed(0)} MB (worse of --jobs 1/2)`,
      verdict: verdict(peak === null ? null : peak <= TARGETS.peakRssMb),
    },
    {
      id: 'flat',
      // Flat means no growth with the corpus: a lower peak on the larger run (GC timing moves peaks
      // by tens of percent from run to run) passes.
      target: `peak RSS flat: ${flat ? flat.docsHigh : 3000} docs ≤ ${TARGETS.flatRatio} × ${flat ? flat.docsLow : 1000} docs (no growth)`,
      measured: flat === null ? 'not measured (full run or --flat)' : times(flat.ratio),
      verdict: verdict(flat === null ? null : flat.ratio <= TARGETS.flatRatio),
    },
    {
      id: 'startup',
      target: `CLI startup to first document ≤ ${TARGETS.startupMs / 1000} s`,
      measured: startup === null ? '—' : `${(startup / 1000).toFixed(2)} s (worse of --jobs 1/2)`,
      verdict: verdict(startup === null ? null : startup <= TARGETS.startupMs),
    },
  ];
}

/** The whole result, as written to output/bench.json. */
export interface BenchReport {
  readonly generatedAt: string;
  readonly machine: MachineInfo;
  readonly config: {
    readonly docs: number;
    readonly corpusBytes: number;
    readonly seed: number;
    /** Interleaved repetitions of every run but Recognizers-Text; each line keeps its fastest. */
    readonly rounds: number;
    readonly quick: boolean;
    readonly recognizersSample: number;
    readonly rssMethod: string;
    /** 1-minute load average when the run ended (the machine's field holds it at the start). */
    readonly loadAverageAtEnd: number;
    readonly sources: readonly string[];
  };
  readonly lines: readonly RunLine[];
  readonly ratios: Ratios;
  readonly recall: TargetInput['recall'];
  readonly flat: Flatness | null;
  readonly targets: readonly TargetResult[];
}

function num(x: number | null, digits?: number): string {
  if (x === null) return '—';
  const d = digits ?? (x >= 100 ? 0 : x >= 10 ? 1 : 2);
  return x.toFixed(d);
}

function startupCell(line: RunLine): string {
  if (line.startupMs === null) return '—';
  return line.startupMs >= 1000 ? `${(line.startupMs / 1000).toFixed(2)} s` : `${line.startupMs.toFixed(0)} ms`;
}

/**
 * The report as markdown: machine, results, ratios, gold recall, memory flatness, targets.
 *
 * @example
 * renderMarkdown(report).split('\n')[0]; // '# zhibiao benchmark — 1000 documents, 19.7 MB'
 */
export function renderMarkdown(report: BenchReport): string {
  const { machine, config } = report;
  const rows = report.lines.map((l) => [
    l.sample ? `${l.label} — SAMPLE of ${l.docs} docs` : l.label,
    String(l.docs),
    num(l.docsPerSecond),
    num(l.mbPerSecond, 2),
    num(l.p50Ms, 1),
    num(l.p95Ms, 1),
    startupCell(l),
    l.peakRssMb === null ? '—' : `${l.peakRssMb.toFixed(0)} MB`,
  ]);
  const recallRow = (name: string, r: GoldRecall | null): string[] =>
    r === null
      ? [name, '—', '—', '—', '—', '—', '—']
      : [
          name,
          `${r.found}/${r.total}`,
          r.recall.toFixed(3),
          ...(['currency', 'percentage', 'dimension', 'measure word'] as const).map((c) => `${r.byClass[c].found}/${r.byClass[c].total}`),
        ];
  const parts = [
    `# zhibiao benchmark — ${config.docs} documents, ${(config.corpusBytes / MB).toFixed(1)} MB${config.quick ? ' (--quick)' : ''}`,
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${(machine.memoryBytes / 2 ** 30).toFixed(1)} GiB, Node ${machine.node} (${machine.platform})`,
    `Load average (1 min): ${machine.loadAverage.toFixed(2)} at start, ${config.loadAverageAtEnd.toFixed(2)} at end${machine.loadAverage > 1 ? ' — other work was running when the bench started, timings are pessimistic' : ''} (the bench itself adds 1–2 while it runs).`,
    `Corpus: ${config.sources.join(' + ')}, each repeated with its figures perturbed (seed ${config.seed}), in a temporary folder.`,
    '',
    markdownTable(['run', 'docs', 'documents/s', 'MB/s', 'p50 ms/doc', 'p95 ms/doc', 'startup → first doc', 'peak RSS'], rows),
    '',
    `In-process runs: each in its own child process; the first document is a warm-up, untimed, and "startup" is process start → warm-up done. CLI runs: spawn → exit, startup is spawn → first output file; peak RSS by ${config.rssMethod}. MB = 10^6 bytes.${config.rounds > 1 ? ` Every run but Recognizers-Text ran ${config.rounds} times, interleaved; each line shows its fastest round and the highest peak RSS of its rounds.` : ''}`,
    '',
    markdownTable(
      ['ratio', 'value'],
      [
        ['zhibiao extract ÷ segmentation alone (documents/s)', times(report.ratios.extractOverSegment)],
        ['zhibiao extract ÷ Recognizers-Text (MB/s, RT on its sample)', times(report.ratios.extractOverRecognizers)],
        ['CLI --jobs 2 ÷ --jobs 1 (documents/s)', times(report.ratios.jobs2OverJobs1)],
      ],
    ),
    '',
    markdownTable(
      ['gold recall (seed)', 'found', 'recall', 'currency', 'percentage', 'dimension', 'measure word'],
      [recallRow('zhibiao', report.recall.zhibiao), recallRow('Recognizers-Text (zh)', report.recall.recognizers)],
    ),
    '',
    report.flat === null
      ? 'Memory flatness: not measured (full run or --flat).'
      : markdownTable(
          ['memory flatness (CLI --jobs 2)', `${report.flat.docsLow} docs`, `${report.flat.docsHigh} docs`, 'ratio'],
          [['peak RSS', `${report.flat.rssLowMb.toFixed(0)} MB`, `${report.flat.rssHighMb.toFixed(0)} MB`, times(report.flat.ratio)]],
        ),
    '',
    markdownTable(
      ['target', 'measured', 'verdict'],
      report.targets.map((t) => [t.target, t.measured, t.verdict]),
    ),
  ];
  return `${parts.join('\n')}\n`;
}

/**
 * Of two rounds of one run, the faster one, carrying the higher peak RSS of the two: speed
 * is judged on the round least disturbed by other load, memory on the worst seen.
 *
 * @example
 * fasterRound({ seconds: 12, peakRssBytes: 300 }, { seconds: 10, peakRssBytes: 280 }); // { seconds: 10, peakRssBytes: 300 }
 */
export function fasterRound<T extends { readonly seconds: number; readonly peakRssBytes: number | null }>(a: T, b: T): T {
  const faster = b.seconds < a.seconds ? b : a;
  const peaks = [a.peakRssBytes, b.peakRssBytes].filter((x): x is number => x !== null);
  return { ...faster, peakRssBytes: peaks.length > 0 ? Math.max(...peaks) : null };
}
