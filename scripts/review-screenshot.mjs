#!/usr/bin/env node
// Regenerates docs/review-seed.png, the README's picture of a review page: the seed report's
// page (npm run review) opened in Debian's Chromium at 1600×1000, its GDP row selected.
// Usage: npm run build && node scripts/review-screenshot.mjs
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'output', 'review');
// relative paths, as `npm run review` gives them: the page shows its source as given
execFileSync(process.execPath, ['bin/zhibiao.js', 'review', 'corpus/boshan-2023.txt', '--out', 'output/review'], { cwd: root, stdio: 'inherit' });

const browser = await chromium.launch({ executablePath: process.env.ZHIBIAO_CHROMIUM ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto(pathToFileURL(join(out, 'boshan-2023.html')).href);
  await page.waitForSelector('html[data-ready]');
  await page.locator('#rows .row[data-i="0"]').click();
  // let the flash fade: the picture shows the selection, not the animation
  await page.waitForTimeout(1800);
  await page.screenshot({ path: join(root, 'docs', 'review-seed.png') });
  console.log('wrote docs/review-seed.png');
} finally {
  await browser.close();
}
