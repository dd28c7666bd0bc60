import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { panelPage } from '../../src/panel/panel-page.js';
import { panelTables } from '../../src/panel/panel-tables.js';
import { extract } from '../../src/pipeline.js';

/** Debian's Chromium (.ci/run installs it); no browser is downloaded. */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

let dir: string;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium (.ci/run does) or set CHROMIUM_PATH`);
  const read = (path: string): string => readFileSync(new URL(`../fixtures/reports/${path}`, import.meta.url), 'utf8');
  const docs = [
    extract(read('dev/yunwu-2023.txt'), { id: 'yunwu-2023' }),
    extract(read('panel/yunwu-2024.txt'), { id: 'yunwu-2024' }),
    extract(readFileSync(new URL('../../corpus/boshan-2023.txt', import.meta.url), 'utf8'), { id: 'boshan-2023' }),
  ];
  dir = mkdtempSync(join(tmpdir(), 'zhibiao-page-'));
  const file = join(dir, 'panel.html');
  writeFileSync(file, panelPage(panelTables(docs)));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(file).href);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the panel page in Chromium', () => {
  test('is self-contained: no request beyond the file, no script, no console error', async () => {
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    expect(await page.locator('script').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  test('one chart per indicator with targets, each an SVG drawn with marks', async () => {
    const charts = page.locator('section.chart');
    expect(await charts.count()).toBeGreaterThanOrEqual(15);
    for (const chart of await charts.all()) {
      expect(await chart.locator('svg circle').count()).toBeGreaterThan(0);
      const box = await chart.locator('svg').last().boundingBox();
      expect(box?.width).toBeGreaterThan(200);
      expect(box?.height).toBeGreaterThan(100);
    }
  });

  test('GDP growth: the 2024 target of 云梧区 and its result, and the seed’s target alone', async () => {
    const chart = page.locator('section.chart[data-indicator="gdp|growth|%"]');
    await expect(chart.locator('h2').textContent()).resolves.toContain('GDP');
    const notes = await chart.locator('svg circle title, svg g[aria-label="dot"] title').allTextContents();
    expect(notes.some((t) => /云梧区 2024 target about 5\.5%/.test(t))).toBe(true);
    expect(notes.some((t) => /云梧区 2024 actual 5\.2%: met/.test(t))).toBe(true);
    expect(notes.some((t) => /博山区 2024 target at_least 5%/.test(t))).toBe(true);
    expect(notes.some((t) => /博山区 2024 actual/.test(t))).toBe(false);
    // one colour per place: the legend names both
    const legend = await chart.locator('[class*="swatch"]').allTextContents();
    expect(legend.join(' ')).toContain('云梧区');
    expect(legend.join(' ')).toContain('博山区');
  });

  test('the targets table shows outcomes and the summary counts them', async () => {
    const rows = page.locator('#targets tbody tr');
    const missed = await page.locator('#targets tbody tr.missed').count();
    const met = await page.locator('#targets tbody tr.met').count();
    expect(met).toBeGreaterThan(0);
    expect(missed).toBeGreaterThan(0);
    await expect(page.locator('p.summary').textContent()).resolves.toContain(`${await rows.count()} targets: ${met} met, ${missed} missed`);
    const color = await page.locator('#targets tbody tr.missed td:last-child').first().evaluate((td) => getComputedStyle(td).color);
    expect(color).toBe('rgb(187, 0, 0)');
  });
});
