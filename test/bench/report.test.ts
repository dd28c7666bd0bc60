import { describe, expect, test } from 'vitest';
import type { GoldRecall } from '../../src/bench/gold-recall.js';
import { percentile } from '../../src/bench/measure.js';
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
  type LineId,
  type RunLine,
  type TargetInput,
} from '../../src/bench/report.js';

/** A line with the given throughput; bytes are 20 kB a document so MB/s follows docs/s. */
function line(id: LineId, docsPerSecond: number, extra: Partial<RunLine> = {}): RunLine {
  const docs = 100;
  const seconds = docs / docsPerSecond;
  return {
    id,
    label: id,
    docs,
    bytes: docs * 20_000,
    seconds,
    docsPerSecond,
    mbPerSecond: (docs * 20_000) / MB / seconds,
    p50Ms: null,
    p95Ms: null,
    startupMs: null,
    peakRssMb: null,
    ...extra,
  };
}

function recall(found: number, total: number): GoldRecall {
  const cell = { found: 0, total: 0 };
  return { found, total, recall: found / total, byClass: { currency: cell, percentage: cell, dimension: cell, 'measure word': cell, none: cell } };
}

describe('percentile', () => {
  test.each([
    { values: [5, 1, 3, 2, 4], p: 50, expected: 3 },
    { values: [5, 1, 3, 2, 4], p: 95, expected: 5 },
    { values: [10], p: 95, expected: 10 },
    { values: Array.from({ length: 100 }, (_, i) => i + 1), p: 95, expected: 95 },
    { values: [], p: 50, expected: null },
  ])('p$p of $values.length values is $expected', ({ values, p, expected }) => {
    expect(percentile(values, p)).toBe(expected);
  });
});

describe('lines from raw measurements', () => {
  test('an in-process line has rates, percentiles and MB', () => {
    const l = lineFromInProcess(
      'extract',
      'x',
      { kind: 'extract', docs: 4, bytes: 2 * MB, seconds: 2, perDocMs: [10, 40, 20, 30], startupMs: 900, peakRssBytes: 300 * MB },
      true,
    );
    expect(l).toMatchObject({ docsPerSecond: 2, mbPerSecond: 1, p50Ms: 20, p95Ms: 40, startupMs: 900, peakRssMb: 300, sample: true });
  });

  test('a CLI line has no per-document percentiles', () => {
    const l = lineFromCli('cli-2', 'x', {
      jobs: 2, docs: 10, bytes: MB, seconds: 5, startupMs: 1200, peakRssBytes: null, rssMethod: 'm', exitCode: 0, outputs: 10,
    });
    expect(l).toMatchObject({ docsPerSecond: 2, mbPerSecond: 0.2, p50Ms: null, p95Ms: null, peakRssMb: null });
    expect(l.sample).toBeUndefined();
  });
});

describe('computeRatios', () => {
  test('divides the right lines', () => {
    const ratios = computeRatios([line('segment', 400), line('extract', 40), line('recognizers', 0.5), line('cli-1', 10), line('cli-2', 18)]);
    expect(ratios.extractOverSegment).toBeCloseTo(0.1);
    expect(ratios.extractOverRecognizers).toBeCloseTo(80);
    expect(ratios.jobs2OverJobs1).toBeCloseTo(1.8);
  });

  test('compares Recognizers-Text by MB/s, so a sample of smaller documents does not flatter it', () => {
    const rt = { ...line('recognizers', 2), mbPerSecond: 0.02 };
    expect(computeRatios([line('extract', 40), rt]).extractOverRecognizers).toBeCloseTo(0.8 / 0.02);
  });

  test('is null where a side is missing', () => {
    expect(computeRatios([line('extract', 40)])).toEqual({ extractOverSegment: null, extractOverRecognizers: null, jobs2OverJobs1: null });
  });
});

describe('evaluateTargets', () => {
  const good: TargetInput = {
    lines: [
      line('segment', 100),
      line('extract', 60),
      line('recognizers', 0.5),
      line('cli-1', 10, { startupMs: 900, peakRssMb: 250, docs: 1000 }),
      line('cli-2', 19, { startupMs: 1000, peakRssMb: 380, docs: 1000 }),
    ],
    ratios: { extractOverSegment: 0.6, extractOverRecognizers: 120, jobs2OverJobs1: 1.9 },
    recall: { zhibiao: recall(110, 118), recognizers: recall(40, 118) },
    flat: flatness(1000, 380, 3000, 400),
  };
  const verdicts = (input: TargetInput): Record<string, string> =>
    Object.fromEntries(evaluateTargets(input).map((t) => [t.id, t.verdict]));

  test('all pass when every threshold is met', () => {
    expect(Object.values(verdicts(good))).toEqual(['PASS', 'PASS', 'PASS', 'PASS', 'PASS', 'PASS']);
  });

  test.each([
    { id: 'vs-segmentation', change: { ratios: { ...good.ratios, extractOverSegment: 0.49 } } },
    { id: 'vs-recognizers', change: { ratios: { ...good.ratios, extractOverRecognizers: 99 } } },
    { id: 'vs-recognizers', change: { recall: { zhibiao: recall(40, 118), recognizers: recall(40, 118) } } },
    { id: 'jobs', change: { ratios: { ...good.ratios, jobs2OverJobs1: 1.69 } } },
    { id: 'peak-rss', change: { lines: [line('cli-1', 10, { peakRssMb: 401 }), line('cli-2', 19, { peakRssMb: 300 })] } },
    { id: 'flat', change: { flat: flatness(1000, 300, 3000, 340) } },
    { id: 'startup', change: { lines: [line('cli-1', 10, { startupMs: 1501 }), line('cli-2', 19, { startupMs: 900 })] } },
  ])('$id fails just past its threshold', ({ id, change }) => {
    const result = verdicts({ ...good, ...change });
    expect(result[id]).toBe('FAIL');
  });

  test.each([
    { id: 'flat', change: { flat: null } },
    { id: 'vs-recognizers', change: { recall: { zhibiao: recall(110, 118), recognizers: null } } },
    { id: 'jobs', change: { ratios: { ...good.ratios, jobs2OverJobs1: null } } },
    { id: 'startup', change: { lines: [line('extract', 60)] } },
  ])('$id is n/a when not measured', ({ id, change }) => {
    expect(verdicts({ ...good, ...change })[id]).toBe('n/a');
  });

  test('counts a lower peak on the larger run as flat', () => {
    expect(verdicts({ ...good, flat: flatness(1000, 1000, 3000, 750) }).flat).toBe('PASS');
  });

  test('says when the RSS target was judged at another corpus size', () => {
    const small = { ...good, lines: [line('cli-2', 19, { peakRssMb: 300 })] };
    expect(evaluateTargets(small).find((t) => t.id === 'peak-rss')?.target).toContain('measured at 100 docs');
    expect(evaluateTargets(good).find((t) => t.id === 'peak-rss')?.target).not.toContain('measured at');
  });
});

describe('renderMarkdown', () => {
  const report: BenchReport = {
    generatedAt: '2025-01-01T00:00:00.000Z',
    machine: { cpu: 'Test CPU', cores: 2, memoryBytes: 2 ** 34, node: 'v20.0.0', platform: 'linux', loadAverage: 1.5 },
    config: { docs: 100, corpusBytes: 2 * MB, seed: 1, rounds: 1, quick: true, recognizersSample: 5, rssMethod: 'GNU time', loadAverageAtEnd: 2.5, sources: ['a.txt', 'b.txt'] },
    lines: [line('extract', 40), line('recognizers', 0.5, { sample: true, docs: 5 })],
    ratios: { extractOverSegment: null, extractOverRecognizers: 80, jobs2OverJobs1: null },
    recall: { zhibiao: recall(118, 118), recognizers: recall(43, 118) },
    flat: null,
    targets: [{ id: 'jobs', target: 'CLI --jobs 2 ≥ 1.7 × --jobs 1', measured: '1.19×', verdict: 'FAIL' }],
  };
  const text = renderMarkdown(report);

  test.each([
    { what: 'the machine at the top', expected: /^# zhibiao benchmark — 100 documents, 2\.0 MB \(--quick\)\n\nMachine: Test CPU, 2 cores, 16\.0 GiB, Node v20\.0\.0/ },
    { what: 'the sample named in its row', expected: /\| recognizers — SAMPLE of 5 docs \|/ },
    { what: 'the Recognizers-Text ratio', expected: /\| 80\.0× \|/ },
    { what: 'recall for both tools', expected: /\| Recognizers-Text \(zh\) \| 43\/118 +\| 0\.364 +\|/ },
    { what: 'a verdict', expected: /\| 1\.19× +\| FAIL +\|/ },
    { what: 'a warning when other work shared the cores', expected: /1\.50 at start, 2\.50 at end — other work was running when the bench started/ },
    { what: 'unmeasured flatness', expected: /Memory flatness: not measured/ },
  ])('shows $what', ({ expected }) => {
    expect(text).toMatch(expected);
  });

  test('gives no load warning on an idle machine', () => {
    const idle = renderMarkdown({ ...report, machine: { ...report.machine, loadAverage: 0.2 } });
    expect(idle).toMatch(/0\.20 at start/);
    expect(idle).not.toMatch(/other work/);
  });
});

describe('fasterRound', () => {
  test('keeps the faster round and the higher peak RSS', () => {
    const slow = { seconds: 12, peakRssBytes: 300, docs: 5 };
    const fast = { seconds: 10, peakRssBytes: 280, docs: 6 };
    expect(fasterRound(slow, fast)).toEqual({ seconds: 10, peakRssBytes: 300, docs: 6 });
    expect(fasterRound(fast, slow)).toEqual({ seconds: 10, peakRssBytes: 300, docs: 6 });
    expect(fasterRound({ seconds: 1, peakRssBytes: null }, { seconds: 2, peakRssBytes: null })).toEqual({ seconds: 1, peakRssBytes: null });
  });
});
