import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/**
 * The adversarial inputs of issue 13, each run through the CLI at size N and 4N: wall time,
 * peak RSS and output size, and their ratios at 4N. Linear cost means a ratio near 4 (less
 * for time and memory, which include a fixed start-up); the bound checked is ≤ 5.
 */

/** One hostile input, generated at a given size. */
interface AdversarialCase {
  readonly id: string;
  /** What the input is, at size n. */
  readonly describe: (n: number) => string;
  readonly fileName: string;
  readonly format: 'json' | 'sqlite';
  readonly make: (n: number) => Promise<string | Uint8Array>;
}

const SENTENCE_UNIT = '全区地区生产总值完成282亿元，同比增长6%，';

/** The cases, with what each did before issue 13. */
export const ADVERSARIAL_CASES: readonly AdversarialCase[] = [
  {
    // before: 10k 5.8 s, 40k 43 s and 2.7 GB, a 30 KB file gave a 305 MB JSON
    id: 'percent-run',
    describe: (n) => `\`1%,\` × ${n.toLocaleString('en')} (json)`,
    fileName: 'percent.txt',
    format: 'json',
    make: async (n) => '1%,'.repeat(n),
  },
  {
    // before: a 312 KB one-sentence file gave a 2.2 GB SQLite file
    id: 'one-sentence',
    describe: (n) => `one sentence of ${(n * 10).toLocaleString('en')} characters (sqlite)`,
    fileName: 'sentence.txt',
    format: 'sqlite',
    make: async (n) => SENTENCE_UNIT.repeat(Math.ceil((n * 10) / SENTENCE_UNIT.length)).slice(0, n * 10),
  },
  {
    // before: a stack overflow at 5,000 levels
    id: 'deep-html',
    describe: (n) => `HTML nested ${(n / 2).toLocaleString('en')} deep (json)`,
    fileName: 'deep.html',
    format: 'json',
    make: async (n) => `<html><body>${'<div>'.repeat(n / 2)}<p>全区地区生产总值完成282亿元，同比增长6%。</p>${'</div>'.repeat(n / 2)}</body></html>`,
  },
  {
    // before: inflated without a check (418 MB from 1.4 MB aborted the process); here the
    // inflated size stays under --max-bytes and the cost must grow with it, not faster
    id: 'docx-paragraphs',
    describe: (n) => `.docx of ${(n / 10).toLocaleString('en')} paragraphs (json)`,
    fileName: 'many.docx',
    format: 'json',
    make: async (n) => {
      const { Document, Packer, Paragraph } = await import('docx');
      const line = '地区生产总值完成282亿元，同比增长6%。';
      const doc = new Document({ sections: [{ children: Array.from({ length: n / 10 }, () => new Paragraph(line)) }] });
      return new Uint8Array(await Packer.toBuffer(doc));
    },
  },
];

export interface AdversarialRun {
  readonly n: number;
  readonly inputBytes: number;
  readonly seconds: number;
  readonly peakRssBytes: number | null;
  readonly outputBytes: number;
  readonly exitCode: number | null;
}

export interface AdversarialLine {
  readonly id: string;
  readonly label: string;
  readonly small: AdversarialRun;
  readonly large: AdversarialRun;
}

async function sizeOf(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

async function runOnce(cli: string, file: string, out: string, format: string): Promise<{ seconds: number; peakRssBytes: number | null; exitCode: number | null }> {
  const report = `${out}.time`;
  const args = ['extract', file, '--out', out, '--format', format, '--jobs', '1', '--max-bytes', '256MB', '-q'];
  const useTime = existsSync('/usr/bin/time');
  const [command, argv] = useTime ? ['/usr/bin/time', ['-v', '-o', report, process.execPath, cli, ...args]] : [process.execPath, [cli, ...args]];
  const start = performance.now();
  const child = spawn(command, argv, { stdio: 'ignore' });
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  const seconds = (performance.now() - start) / 1000;
  const match = useTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(await readFile(report, 'utf8')) : null;
  return { seconds, peakRssBytes: match ? Number(match[1]) * 1024 : null, exitCode };
}

/**
 * Runs every case at `n` and `4n` in `dir` (one CLI process each, --jobs 1).
 *
 * @example
 * const lines = await runAdversarial({ cli: 'bin/zhibiao.js', dir: '/tmp/x', n: 10_000 });
 * lines[0].large.seconds / lines[0].small.seconds; // ≤ 5
 */
export async function runAdversarial(options: { cli: string; dir: string; n: number; say?: (text: string) => void }): Promise<AdversarialLine[]> {
  const lines: AdversarialLine[] = [];
  for (const c of ADVERSARIAL_CASES) {
    const runs: AdversarialRun[] = [];
    for (const n of [options.n, 4 * options.n]) {
      options.say?.(`adversarial: ${c.describe(n)}`);
      const caseDir = join(options.dir, `${c.id}-${n}`);
      await mkdir(caseDir, { recursive: true });
      const input = join(caseDir, c.fileName);
      await writeFile(input, await c.make(n));
      const out = join(caseDir, 'out');
      const run = await runOnce(options.cli, input, out, c.format);
      runs.push({ n, inputBytes: (await stat(input)).size, ...run, outputBytes: existsSync(out) ? await sizeOf(out) : 0 });
    }
    lines.push({ id: c.id, label: c.describe(options.n).replace(/ \(\w+\)$/, ''), small: runs[0] as AdversarialRun, large: runs[1] as AdversarialRun });
  }
  return lines;
}

const MAX_RATIO = 5;

function mb(bytes: number | null): string {
  return bytes === null ? 'n/a' : (bytes / 1e6).toFixed(1);
}

/** An input's size: KB below a megabyte, so a 30 KB input does not read as 0.0. */
function size(bytes: number): string {
  return bytes < 1e6 ? `${(bytes / 1e3).toFixed(0)} KB` : `${(bytes / 1e6).toFixed(1)} MB`;
}

function ratio(a: number | null, b: number | null): number | null {
  return a === null || b === null || a === 0 ? null : b / a;
}

/** True when every ratio at 4N is within the bound and every run exited 0. */
export function adversarialPasses(lines: readonly AdversarialLine[]): boolean {
  return lines.every((l) => {
    const ratios = [ratio(l.small.seconds, l.large.seconds), ratio(l.small.peakRssBytes, l.large.peakRssBytes), ratio(l.small.outputBytes, l.large.outputBytes)];
    return l.small.exitCode === 0 && l.large.exitCode === 0 && ratios.every((r) => r === null || r <= MAX_RATIO);
  });
}

/** The markdown table of {@link runAdversarial}'s lines. */
export function renderAdversarial(lines: readonly AdversarialLine[], n: number): string {
  const out = [
    `### Adversarial inputs (issue 13): N = ${n.toLocaleString('en')} and 4N, CLI --jobs 1, whole process`,
    '',
    '| input at N | input size N / 4N | time s N / 4N | peak RSS MB N / 4N | output MB N / 4N | ratio at 4N: time, RSS, output | ≤ 5 |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const l of lines) {
    const r = [ratio(l.small.seconds, l.large.seconds), ratio(l.small.peakRssBytes, l.large.peakRssBytes), ratio(l.small.outputBytes, l.large.outputBytes)];
    const ok = adversarialPasses([l]);
    out.push(
      `| ${l.label} | ${size(l.small.inputBytes)} / ${size(l.large.inputBytes)} | ${l.small.seconds.toFixed(2)} / ${l.large.seconds.toFixed(2)} | ${mb(l.small.peakRssBytes)} / ${mb(l.large.peakRssBytes)} | ${mb(l.small.outputBytes)} / ${mb(l.large.outputBytes)} | ${r.map((x) => (x === null ? 'n/a' : x.toFixed(2))).join(', ')} | ${ok ? 'PASS' : 'FAIL'} |`,
    );
  }
  return `${out.join('\n')}\n`;
}
