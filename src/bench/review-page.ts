import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { corpusDocument, type CorpusSource } from './corpus.js';
import { MB } from './report.js';

/** Size of the report whose review page is measured (the "5 MB report"). */
export const REVIEW_REPORT_BYTES = 5_000_000;

/** The target: open to interactive within 2 s in headless Chromium. */
export const REVIEW_TARGET_MS = 2000;

/** Where the measured Chromium is; ZHIBIAO_CHROMIUM overrides Debian's. */
const CHROMIUM = process.env['ZHIBIAO_CHROMIUM'] ?? '/usr/bin/chromium';

/** What the review-page line of the benchmark reports. */
export interface ReviewPageMeasure {
  readonly reportBytes: number;
  readonly pageBytes: number;
  readonly indicators: number;
  readonly unclaimed: number;
  readonly sections: number;
  readonly extractMs: number;
  readonly renderMs: number;
  /** Per round: navigation start to the page script's ready mark, as seen from the test driver. */
  readonly openToReadyMs: readonly number[];
  /** Per round: the same, from inside the page (performance.now() when the script finished). */
  readonly inPageReadyMs: readonly number[];
  /** Per round: a click on the last table row until its highlight is flashing in view. */
  readonly firstClickMs: readonly number[];
  /** Per round: unchecking one status until the table and the highlights are filtered. */
  readonly firstFilterMs: readonly number[];
  /** Per round: typing a search word until the table is filtered (the first search indexes every row). */
  readonly firstSearchMs: readonly number[];
  readonly chromium: string;
}

/**
 * One long report made of the benchmark's sources, their figures perturbed as in the corpus,
 * joined until it reaches `bytes` (UTF-8): every figure differs, sections repeat as they
 * would in a bound volume of reports.
 */
export function longReport(sources: readonly CorpusSource[], bytes: number, seed: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let index = 0; size < bytes; index++) {
    const text = corpusDocument(sources, index, { count: Number.MAX_SAFE_INTEGER, seed }).text;
    parts.push(text);
    size += Buffer.byteLength(text, 'utf8') + 1;
  }
  return parts.join('\n');
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/**
 * Extracts a 5 MB report with its text, writes its review page and opens it `rounds` times in
 * headless Chromium (a fresh page each time, the file read from disk): the time to the page
 * script's ready mark, and the time a first row click takes to bring its span into view.
 */
export async function measureReviewPage(sources: readonly CorpusSource[], options: { readonly dir: string; readonly seed: number; readonly rounds: number }): Promise<ReviewPageMeasure> {
  const { chromium } = await import('playwright-core');
  const { extract } = await import('../pipeline.js');
  const { renderReviewPage } = await import('../review/render-page.js');
  const { ReviewDocumentSchema } = await import('../review/review-document.js');

  const text = longReport(sources, REVIEW_REPORT_BYTES, options.seed);
  let started = performance.now();
  const doc = ReviewDocumentSchema.parse(extract(text, { id: 'review-5mb', keepText: true }));
  const extractMs = performance.now() - started;
  started = performance.now();
  const html = renderReviewPage(doc);
  const renderMs = performance.now() - started;
  const path = join(options.dir, 'review-5mb.html');
  await writeFile(path, html);

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const openToReadyMs: number[] = [];
  const inPageReadyMs: number[] = [];
  const firstClickMs: number[] = [];
  const firstFilterMs: number[] = [];
  const firstSearchMs: number[] = [];
  try {
    for (let round = 0; round < options.rounds; round++) {
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      const opened = performance.now();
      await page.goto(pathToFileURL(path).href, { waitUntil: 'commit', timeout: 120_000 });
      await page.waitForSelector('html[data-ready]', { timeout: 120_000 });
      openToReadyMs.push(performance.now() - opened);
      inPageReadyMs.push(Number(await page.getAttribute('html', 'data-ready')));
      const last = doc.indicators.length - 1;
      // the table draws the rows in view: scroll it to its end, then time the click alone
      await page.locator('#table-wrap').evaluate((el) => el.scrollTo(0, el.scrollHeight));
      const row = page.locator(`#rows .row[data-i="${last}"]`);
      await row.waitFor({ timeout: 60_000 });
      const clicked = performance.now();
      await row.click();
      await page.waitForSelector(`#text mark.flash[data-indicator="${doc.indicators[last]?.id}"]`, { timeout: 60_000 });
      firstClickMs.push(performance.now() - clicked);
      const total = doc.indicators.length;
      const kept = doc.indicators.filter((i) => i.status !== 'target').length;
      const filtered = performance.now();
      await page.locator('#filters input[name=status][value=target]').uncheck();
      await page.waitForFunction((text) => document.getElementById('shown')?.textContent === text, `${kept} of ${total}`, { timeout: 60_000 });
      firstFilterMs.push(performance.now() - filtered);
      const searched = performance.now();
      await page.locator('#q').fill('存款');
      await page.waitForFunction((text) => document.getElementById('shown')?.textContent !== text, `${kept} of ${total}`, { timeout: 60_000 });
      firstSearchMs.push(performance.now() - searched);
      await page.close();
    }
    return {
      reportBytes: Buffer.byteLength(text, 'utf8'),
      pageBytes: Buffer.byteLength(html, 'utf8'),
      indicators: doc.indicators.length,
      unclaimed: doc.unclaimed.length,
      sections: doc.sections.length,
      extractMs,
      renderMs,
      openToReadyMs,
      inPageReadyMs,
      firstClickMs,
      firstFilterMs,
      firstSearchMs,
      chromium: browser.version(),
    };
  } finally {
    await browser.close();
  }
}

/** The review-page table printed after the benchmark's main tables. */
export function renderReviewPageMarkdown(m: ReviewPageMeasure): string {
  const ms = (values: readonly number[]): string => `${Math.round(median(values))} ms (${values.map((v) => Math.round(v)).join(', ')})`;
  const ready = median(m.openToReadyMs);
  const verdict = ready <= REVIEW_TARGET_MS ? 'met' : 'not met';
  return [
    '',
    `Review page of a ${(m.reportBytes / MB).toFixed(1)} MB report (${m.indicators} indicators, ${m.unclaimed} unclaimed numbers, ${m.sections} sections; page ${(m.pageBytes / MB).toFixed(1)} MB), headless Chromium ${m.chromium}, median of ${m.openToReadyMs.length} opens (each round in brackets):`,
    '',
    '| step | time | target | |',
    '|---|---|---|---|',
    `| extract with --keep-text (in process) | ${Math.round(m.extractMs)} ms | — | |`,
    `| render the page (HTML string) | ${Math.round(m.renderMs)} ms | — | |`,
    `| open from disk → interactive (script ready) | ${ms(m.openToReadyMs)} | ≤ ${REVIEW_TARGET_MS} ms | ${verdict} |`,
    `| … the same, measured inside the page | ${ms(m.inPageReadyMs)} | | |`,
    `| first row click → its span in view, flashing | ${ms(m.firstClickMs)} | | |`,
    `| first filter (one status off) → rows and highlights filtered | ${ms(m.firstFilterMs)} | | |`,
    `| first search (one word) → rows filtered | ${ms(m.firstSearchMs)} | | |`,
    '',
  ].join('\n');
}
