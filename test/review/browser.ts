import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { loadReviewDocument } from '../../src/review/load-review-inputs.js';
import { renderReviewPage } from '../../src/review/render-page.js';
import type { ReviewDocument } from '../../src/review/review-document.js';

/** Debian's Chromium (`apt-get install chromium`); .ci/run installs it. ZHIBIAO_CHROMIUM overrides. */
export const CHROMIUM = process.env['ZHIBIAO_CHROMIUM'] ?? '/usr/bin/chromium';

/**
 * Why the browser tests cannot run here, or null. Without Chromium they are skipped with this
 * reason — unless ZHIBIAO_REQUIRE_BROWSER is set (.ci/run sets it), where a missing browser fails.
 */
export const browserMissing: string | null = existsSync(CHROMIUM)
  ? null
  : `browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk, or set ZHIBIAO_CHROMIUM)`;
export const skipBrowser = browserMissing !== null && !process.env['ZHIBIAO_REQUIRE_BROWSER'];
if (skipBrowser) process.stderr.write(`${browserMissing}\n`);

/** Per-test limit: a page opens in well under a second, but test files run side by side on 2 cores. */
export const BROWSER_TIMEOUT = 60_000;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}

/** Everything a page did that a review page must never do, collected while it is open. */
export interface PageEvents {
  readonly dialogs: string[];
  readonly requests: string[];
  readonly errors: string[];
}

/** A temp folder for pages, removed by the returned function. */
export async function pageFolder(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'zhibiao-review-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Loads a report or document JSON as `zhibiao review` does. */
export function reviewDocumentOf(file: string): Promise<ReviewDocument> {
  return loadReviewDocument(file, { fromDirectory: false });
}

/** Writes the document's page into `dir` and returns its path. */
export async function writePage(doc: ReviewDocument, dir: string, name = `${doc.document.id}.html`): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, renderReviewPage(doc));
  return path;
}

/**
 * Opens a page from disk, as a reader would, and waits until its script has run (unless
 * `scripted: false`). Dialogs are
 * dismissed and recorded; every request after the page itself, every console error and every
 * uncaught exception is recorded.
 */
export async function openPage(browser: Browser, path: string, options: { readonly scripted?: boolean } = {}): Promise<{ page: Page; events: PageEvents }> {
  const viewport = { width: 1400, height: 900 };
  const page = await browser.newPage({ viewport });
  const events: PageEvents = { dialogs: [], requests: [], errors: [] };
  const url = pathToFileURL(path).href;
  page.on('dialog', (dialog) => {
    events.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (request.url() !== url) events.requests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') events.errors.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => events.errors.push(`page error: ${error.message}`));
  await page.goto(url);
  // the index has no script; a review page is ready when its script has run
  if (options.scripted !== false) await page.waitForSelector('html[data-ready]');
  return { page, events };
}

/** Whether the element's box lies within the visible part of the scrolling container. */
export async function inView(element: Locator, container: Locator): Promise<boolean> {
  const [box, frame] = await Promise.all([element.boundingBox(), container.boundingBox()]);
  if (!box || !frame) return false;
  return box.y >= frame.y && box.y + box.height <= frame.y + frame.height && box.height > 0;
}

/** Indices of the table rows not hidden by a filter. */
export function visibleRows(page: Page): Promise<number[]> {
  return page.$$eval('#rows .row', (rows) => rows.filter((r) => !(r as unknown as { hidden: boolean }).hidden).map((r) => Number(r.getAttribute('data-i'))));
}
