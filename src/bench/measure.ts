import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, platform, totalmem } from 'node:os';
import { basename, extname, join } from 'node:path';
import { performance } from 'node:perf_hooks';

/**
 * The timers. In-process runs happen in a child process of their own (see `--child` in
 * run.ts) so each has its own peak RSS and JIT state; the CLI runs are timed from spawn
 * to exit, whole process and startup included.
 */

/**
 * The in-process measurements, cheapest first.
 *
 * @example
 * IN_PROCESS_KINDS.includes('extract'); // true
 */
export const IN_PROCESS_KINDS = ['floor', 'segment', 'extract', 'recognizers'] as const;
export type InProcessKind = (typeof IN_PROCESS_KINDS)[number];

/** What one in-process run measured, as the child reports it. */
export interface InProcessRaw {
  readonly kind: InProcessKind;
  readonly docs: number;
  readonly bytes: number;
  /** Wall time of the timed loop (the warm-up document excluded). */
  readonly seconds: number;
  readonly perDocMs: number[];
  /** From process start to the end of the first (warm-up) document: boot + imports + first call. */
  readonly startupMs: number;
  readonly peakRssBytes: number;
}

/** What one CLI run measured. */
export interface CliRaw {
  readonly jobs: number;
  readonly docs: number;
  readonly bytes: number;
  /** Spawn to exit. */
  readonly seconds: number;
  /** Spawn to the first output file appearing in the output folder. */
  readonly startupMs: number | null;
  readonly peakRssBytes: number | null;
  readonly rssMethod: string;
  readonly exitCode: number | null;
  readonly outputs: number;
}

/**
 * Nearest-rank percentile of unsorted values; null for none.
 *
 * @example
 * percentile([5, 1, 3, 2, 4], 50); // 3
 * percentile([5, 1, 3, 2, 4], 95); // 5
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? null;
}

/** Arabic (half- and full-width) and Chinese numerals: the floor's single scan. */
const NUMBER_SCAN = /[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千万亿]+/g;

type DocumentWork = (text: string, file: string) => unknown;

async function workFor(kind: InProcessKind): Promise<DocumentWork> {
  switch (kind) {
    case 'floor':
      return (text) => text.match(NUMBER_SCAN)?.length ?? 0;
    case 'segment': {
      const { cutWords } = await import('../segment/jieba.js');
      return (text) => cutWords(text).length;
    }
    case 'extract': {
      const { extract } = await import('../pipeline.js');
      return (text, file) => extract(text, { id: basename(file, extname(file)) }).indicators.length;
    }
    case 'recognizers': {
      const { loadRecognizers, recognizeDocument } = await import('./recognizers.js');
      const rt = await loadRecognizers();
      return (text) => recognizeDocument(rt, text).length;
    }
  }
}

/**
 * Runs one kind of work over `files` in this process: the first file once untimed (it
 * loads dictionaries and warms the JIT; its time goes into `startupMs`), then every file
 * timed, each read from disk inside its own timing.
 *
 * @example
 * const raw = await measureInProcess('segment', files);
 * raw.perDocMs.length === files.length; // true
 */
export async function measureInProcess(kind: InProcessKind, files: readonly string[]): Promise<InProcessRaw> {
  const work = await workFor(kind);
  const first = files[0];
  if (first !== undefined) work(readFileSync(first, 'utf8'), first);
  // performance.now() counts from process start, so this includes boot and imports.
  const startupMs = performance.now();
  const perDocMs: number[] = [];
  let bytes = 0;
  const loopStart = performance.now();
  for (const file of files) {
    const t = performance.now();
    const raw = readFileSync(file);
    bytes += raw.length;
    work(raw.toString('utf8'), file);
    perDocMs.push(performance.now() - t);
  }
  const seconds = (performance.now() - loopStart) / 1000;
  return { kind, docs: files.length, bytes, seconds, perDocMs, startupMs, peakRssBytes: ownPeakRssBytes() };
}

/**
 * This process's peak RSS. On Linux VmHWM, not getrusage: a spawned child's ru_maxrss keeps
 * the high-water mark of the forked copy of its parent across exec, so it would report the
 * benchmark's own memory instead of the child's.
 */
function ownPeakRssBytes(): number {
  return readVmHwmBytes(process.pid) ?? process.resourceUsage().maxRSS * 1024;
}

/**
 * Runs {@link measureInProcess} in a fresh `node <script> --child <kind> <list>` process and
 * returns what it printed, so each measurement has its own memory peak.
 *
 * @example
 * await measureInChild('extract', files, 'dist/bench/run.js', '/tmp/zhibiao-bench-x'); // { kind: 'extract', docs: 1000, … }
 */
export async function measureInChild(
  kind: InProcessKind,
  files: readonly string[],
  script: string,
  scratchDir: string,
): Promise<InProcessRaw> {
  const list = join(scratchDir, `files-${kind}.json`);
  await writeFile(list, JSON.stringify(files), 'utf8');
  const child = spawn(process.execPath, [script, '--child', kind, list], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) throw new Error(`in-process ${kind} run failed (exit ${String(code)}): ${stderr.trim()}`);
  return JSON.parse(stdout) as InProcessRaw;
}

/**
 * Reads a file list written by {@link measureInChild}.
 *
 * @example
 * await readFileList('/tmp/zhibiao-bench-run-x/scratch/files-extract.json'); // ['/tmp/…/doc-00000-boshan.txt', …]
 */
export async function readFileList(path: string): Promise<string[]> {
  return JSON.parse(await readFile(path, 'utf8')) as string[];
}

function isOutputDocument(name: string): boolean {
  // Temp files of the atomic writer start with a dot; only a renamed file counts.
  return name.endsWith('.json') && !name.startsWith('.');
}

function readVmHwmBytes(pid: number): number | null {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null; // the process has just exited
  }
}

const GNU_TIME = '/usr/bin/time';

/** Options of one CLI run. */
export interface CliRunOptions {
  /** Path of bin/zhibiao.js. */
  readonly cli: string;
  readonly inputDir: string;
  /** Created if missing; should be empty. */
  readonly outDir: string;
  readonly jobs: number;
  readonly docs: number;
  readonly bytes: number;
  /** Where GNU time writes its report. */
  readonly scratchDir: string;
}

/**
 * Runs `node bin/zhibiao.js extract DIR --out OUTDIR --format json --jobs N` and times it
 * from spawn to exit. Startup is spawn → first output file (the folder is polled every
 * 2 ms). Peak RSS comes from GNU time's "Maximum resident set size" when /usr/bin/time
 * exists, else from polling the child's VmHWM (worker threads share the process, so either
 * covers them).
 *
 * @example
 * const run = await measureCli({ cli: 'bin/zhibiao.js', inputDir, outDir, jobs: 2, docs: 1000, bytes, scratchDir });
 * run.peakRssBytes; // 312000000
 */
export async function measureCli(options: CliRunOptions): Promise<CliRaw> {
  await mkdir(options.outDir, { recursive: true });
  const cliArgs = [options.cli, 'extract', options.inputDir, '--out', options.outDir, '--format', 'json', '--jobs', String(options.jobs)];
  const useTime = platform() === 'linux' && existsSync(GNU_TIME);
  const timeReport = join(options.scratchDir, `time-jobs${options.jobs}-${options.docs}.txt`);
  const [command, args] = useTime
    ? [GNU_TIME, ['-v', '-o', timeReport, process.execPath, ...cliArgs]]
    : [process.execPath, cliArgs];

  const start = performance.now();
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));

  let startupMs: number | null = null;
  const startupPoll = setInterval(() => {
    if (startupMs === null && readdirSync(options.outDir).some(isOutputDocument)) {
      startupMs = performance.now() - start;
      clearInterval(startupPoll);
    }
  }, 2);
  let hwm: number | null = null;
  const rssPoll = useTime
    ? null
    : setInterval(() => {
        const now = child.pid === undefined ? null : readVmHwmBytes(child.pid);
        if (now !== null) hwm = Math.max(hwm ?? 0, now);
      }, 20);

  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  const seconds = (performance.now() - start) / 1000;
  clearInterval(startupPoll);
  if (rssPoll) clearInterval(rssPoll);

  const outputs = readdirSync(options.outDir).filter(isOutputDocument).length;
  if (exitCode !== 0 || outputs !== options.docs) {
    throw new Error(`CLI --jobs ${options.jobs} exited ${String(exitCode)} with ${outputs}/${options.docs} outputs: ${stderr.trim().slice(-600)}`);
  }
  let peakRssBytes: number | null = hwm;
  if (useTime) {
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(await readFile(timeReport, 'utf8'));
    peakRssBytes = match ? Number(match[1]) * 1024 : null;
  }
  return {
    jobs: options.jobs,
    docs: options.docs,
    bytes: options.bytes,
    seconds,
    startupMs,
    peakRssBytes,
    rssMethod: useTime ? 'GNU time -v (max RSS of the child)' : 'polled /proc/<pid>/status VmHWM every 20 ms',
    exitCode,
    outputs,
  };
}

/** The machine a run was made on. */
export interface MachineInfo {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryBytes: number;
  readonly node: string;
  readonly platform: string;
  /** 1-minute load average when asked: other work on the same cores skews every timing. */
  readonly loadAverage: number;
}

/**
 * CPU model (from /proc/cpuinfo where there is one), cores, memory and Node version.
 *
 * @example
 * machineInfo(); // { cpu: 'AMD EPYC 7B13', cores: 2, memoryBytes: 25769803776, node: 'v20.20.2', platform: 'linux', loadAverage: 0.12 }
 */
export function machineInfo(): MachineInfo {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const model = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (model?.[1]) cpu = model[1].trim();
  } catch {
    // not Linux: os.cpus() already named it
  }
  return { cpu, cores: availableParallelism(), memoryBytes: totalmem(), node: process.version, platform: platform(), loadAverage: loadavg()[0] ?? 0 };
}
