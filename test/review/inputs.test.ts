import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { indexEntry, renderIndexPage } from '../../src/review/render-index.js';
import type { ReviewDocument } from '../../src/review/review-document.js';
import { BROWSER_TIMEOUT, inView, launchBrowser, openPage, pageFolder, reviewDocumentOf, skipBrowser, visibleRows, writePage } from './browser.js';

/** Traditional-character excerpts (test/fixtures/real/README.md) and the seed as a PDF. */
const INPUTS = [
  ['traditional characters, one long line', 'test/fixtures/real/01-shanghe-2023-gongbao.txt'],
  ['traditional characters with a pipe table', 'test/fixtures/real/10-changji-2023-gongbao.txt'],
  ['traditional characters with converter residue', 'test/fixtures/real/11-jianchang-2022-gongbao.txt'],
  ['PDF text layer', 'test/fixtures/inputs/boshan.pdf'],
  ['nested table cells (contained spans)', 'test/fixtures/real/08-lintao-2024-yusuan.txt'],
  ['list items sharing growth clauses (crossing spans)', 'test/fixtures/reports/dev/yunwu-2023.txt'],
] as const;

async function unknownNumbersReport(folder: string): Promise<string> {
  const path = join(folder, 'unknown-numbers.txt');
  await writeFile(path, '一、综合\n2023年完成情况良好，数值为12.5，另有13.7，再有88.9，还有47.3。\n二、工业\n规模以上工业增加值增长5%。\n');
  return path;
}

describe.skipIf(skipBrowser)('review pages of varied inputs, in Chromium', () => {
  let browser: Browser;
  let dir: string;
  let remove: () => Promise<void>;

  beforeAll(async () => {
    ({ dir, remove } = await pageFolder());
    browser = await launchBrowser();
  }, BROWSER_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await remove?.();
  });

  test.each(INPUTS)('%s (%s): every highlight in place and drawn', async (_what, file) => {
    const doc = await reviewDocumentOf(file);
    expect(doc.indicators.length).toBeGreaterThan(0);
    const { page, events } = await openPage(browser, await writePage(doc, dir));
    expect(await page.locator('#text').evaluate((el) => el.textContent)).toBe(doc.text);
    // one element per indicator carries its id; where two indicators' spans cross, the later one
    // continues in a second piece (data-part) and its pieces together read its text
    const pieces = await page.$$eval('#text mark', (els) =>
      els.map((el) => ({ id: el.getAttribute('data-indicator') ?? el.getAttribute('data-part'), whole: el.hasAttribute('data-indicator'), text: el.textContent ?? '' })),
    );
    expect(pieces.filter((p) => p.whole)).toHaveLength(doc.indicators.length);
    for (const indicator of doc.indicators) {
      const own = pieces.filter((p) => p.id === indicator.id);
      const whole = own.find((p) => p.whole);
      if (own.length === 1) expect(whole?.text, indicator.id).toBe(indicator.text);
      // nested pieces repeat the inner text; the first piece and the continuations tile the span
      else expect(own.map((p) => p.text).join(''), indicator.id).toBe(indicator.text);
    }
    // drawn, not merely present: each highlight has a box once scrolled to (CJK glyphs, no tofu check here)
    const first = page.locator('#text [data-indicator]').first();
    await first.scrollIntoViewIfNeeded();
    const box = await first.boundingBox();
    expect(box?.width).toBeGreaterThan(0);
    expect(box?.height).toBeGreaterThan(0);
    expect(events).toEqual({ dialogs: [], requests: [], errors: [] });
    await page.close();
  }, BROWSER_TIMEOUT);

  test('traditional characters are drawn with a CJK font, not as missing-glyph boxes', async () => {
    const doc = await reviewDocumentOf('test/fixtures/real/10-changji-2023-gongbao.txt');
    const { page } = await openPage(browser, await writePage(doc, dir));
    // the fonts Chromium really drew the text pane with, and how many glyphs each drew
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#text .blk' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const cjk = fonts.filter((f) => /CJK|Han Sans|Noto Sans (?:SC|TC)/i.test(f.familyName)).reduce((n, f) => n + f.glyphCount, 0);
    const all = fonts.reduce((n, f) => n + f.glyphCount, 0);
    // nearly every character of the excerpt is Chinese; all of those come from the CJK font
    expect(all).toBeGreaterThan(200);
    expect(cjk / all).toBeGreaterThan(0.6);
    await page.close();
  }, BROWSER_TIMEOUT);

  test('unknown numbers stand out and the n key walks through them', async () => {
    // bare numbers no rule can place (the real excerpts no longer leave any unknown)
    const doc = await reviewDocumentOf(await unknownNumbersReport(dir));
    const unknown = doc.unclaimed.filter((u) => u.reason === 'unknown');
    expect(unknown.length).toBeGreaterThan(2);
    const { page } = await openPage(browser, await writePage(doc, dir));
    expect(await page.locator('#text .uc[data-reason=unknown]').allTextContents()).toEqual(unknown.map((u) => u.text));
    const style = await page.locator('#text .uc[data-reason=unknown]').first().evaluate((el) => {
      const s = getComputedStyle(el);
      return { outline: s.outlineStyle, marker: getComputedStyle(el, '::after').content };
    });
    expect(style).toEqual({ outline: 'solid', marker: '"?"' });
    const other = await page.locator('#text .uc:not([data-reason=unknown])').first().evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(other).toBe('none');
    await page.locator('#text').evaluate((el) => el.scrollTo(0, 0));
    await page.locator('body').press('n');
    await page.locator('body').press('n');
    expect(await page.locator('#unknown-at').textContent()).toBe(`2 / ${unknown.length}`);
    expect(await inView(page.locator('#text .uc[data-reason=unknown]').nth(1), page.locator('#text'))).toBe(true);
    await page.close();
  }, BROWSER_TIMEOUT);

  test('consistency checks are listed and linked, and "only unknown & warnings" keeps the indicators they name', async () => {
    const seed = await reviewDocumentOf('corpus/boshan-2023.txt');
    const [a, b, c] = [seed.indicators[3], seed.indicators[60], seed.indicators[100]];
    // a warning over indicator c and a check naming a and b, as the checks stage (issue 12) writes them
    const doc: ReviewDocument = {
      ...seed,
      warnings: [{ code: 'suspicious-value', message: 'value far from last year', span: { start: c?.span.start ?? 0, end: (c?.span.start ?? 0) + 2 } }],
      checks: [{ id: 'parts-sum', indicatorIds: [a?.id ?? '', b?.id ?? '', 'elsewhere:9'], expected: 100, found: 98.5, severity: 'error', message: 'shares do not add up' }],
    };
    const { page, events } = await openPage(browser, await writePage(doc, dir));
    const item = page.locator('#findings li', { hasText: 'parts-sum' });
    expect(await item.textContent()).toMatch(/parts-sum · error · shares do not add up · expected 100 · found 98\.5/);
    await item.locator('button').nth(1).click();
    expect(await page.locator('#rows .row[data-i="60"]').getAttribute('aria-selected')).toBe('true');
    expect(await inView(page.locator(`#text [data-indicator="${b?.id}"]`), page.locator('#text'))).toBe(true);
    await page.locator('#text').evaluate((el) => el.scrollTo(0, 0));
    await page.locator('#findings button[data-warning="0"]').click();
    expect(await inView(page.locator('#w-0'), page.locator('#text'))).toBe(true);

    await page.locator('#filters input[name=flagged]').check();
    expect(await visibleRows(page)).toEqual([3, 60, 100]);
    expect(await page.locator('#rows .row[data-i="3"] span').first().textContent()).toMatch(/^⚑ /);
    await page.locator('#filters input[name=flagged]').uncheck();
    expect(await visibleRows(page)).toHaveLength(seed.indicators.length);
    expect(events).toEqual({ dialogs: [], requests: [], errors: [] });
    await page.close();
  }, BROWSER_TIMEOUT);
  test('a long report: the table draws the rows in view, and keyboard, clicks and filters reach every row', async () => {
    const seed = await readFile('corpus/boshan-2023.txt', 'utf8');
    const long = join(dir, 'long.txt');
    await writeFile(long, Array.from({ length: 8 }, () => seed).join('\n'));
    const doc = await reviewDocumentOf(long);
    expect(doc.indicators.length).toBeGreaterThan(900);
    const { page, events } = await openPage(browser, await writePage(doc, dir));
    expect(await page.locator('#text [data-indicator]').count()).toBe(doc.indicators.length);
    const drawn = await page.locator('#rows .row').count();
    expect(drawn).toBeLessThan(doc.indicators.length);
    await page.locator('#rows .row[data-i="0"]').click();
    await page.keyboard.press('End');
    const last = doc.indicators.length - 1;
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-i'))).toBe(String(last));
    expect(await inView(page.locator(`#rows .row[data-i="${last}"]`), page.locator('#table-wrap'))).toBe(true);
    await page.locator('#text').evaluate((el) => el.scrollTo(0, 0));
    await page.keyboard.press('Enter');
    expect(await inView(page.locator(`#text [data-indicator="${doc.indicators[last]?.id}"]`), page.locator('#text'))).toBe(true);
    await page.keyboard.press('PageUp');
    const up = Number(await page.evaluate(() => document.activeElement?.getAttribute('data-i')));
    expect(up).toBeLessThan(last);
    expect(up).toBeGreaterThan(last - 60);
    // a span far from the table's window selects its row, which is drawn and scrolled to
    const middle = Math.floor(doc.indicators.length / 2);
    await page.locator(`#text [data-indicator="${doc.indicators[middle]?.id}"]`).scrollIntoViewIfNeeded();
    await page.locator(`#text [data-indicator="${doc.indicators[middle]?.id}"]`).click();
    expect(await page.locator(`#rows .row[data-i="${middle}"]`).getAttribute('aria-selected')).toBe('true');
    expect(await inView(page.locator(`#rows .row[data-i="${middle}"]`), page.locator('#table-wrap'))).toBe(true);
    await page.locator('#filters input[name=status][value=target]').uncheck();
    const kept = doc.indicators.filter((i) => i.status !== 'target').length;
    expect(await page.locator('#shown').textContent()).toBe(`${kept} of ${doc.indicators.length}`);
    expect(await page.locator('#rows .row[data-status=target]').count()).toBe(0);
    expect(events).toEqual({ dialogs: [], requests: [], errors: [] });
    await page.close();
  }, BROWSER_TIMEOUT);
  test('the index lists each document with its figures, linked to its page', async () => {
    const docs = await Promise.all(['corpus/boshan-2023.txt', 'test/fixtures/real/04-wuhe-2022-gongbao.txt'].map(reviewDocumentOf));
    const pages = await Promise.all(docs.map((doc) => writePage(doc, dir)));
    const index = join(dir, 'index.html');
    await writeFile(index, renderIndexPage(docs.map((doc, i) => indexEntry(pages[i]?.slice(dir.length + 1) ?? '', doc))));
    const { page, events } = await openPage(browser, index, { scripted: false });
    const rows = await page.$$eval('table.index tbody tr', (trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent)));
    expect(rows).toEqual(
      docs.map((doc) => [
        doc.document.id,
        doc.document.title ?? '',
        doc.document.region?.name ?? '',
        String(doc.document.reportYear ?? ''),
        String(doc.indicators.length),
        String(doc.coverage.ratio),
        String(doc.unclaimed.filter((u) => u.reason === 'unknown').length),
        String(doc.warnings.length),
        // the checks stage (issue 12) runs on every document: the failed ones are counted
        String((doc.checks ?? []).filter((c) => c['passed'] !== true).length),
      ]),
    );
    expect(events).toEqual({ dialogs: [], requests: [], errors: [] });
    await page.locator('table.index a').nth(1).click();
    await page.waitForSelector('html[data-ready]');
    expect(await page.locator('h1').textContent()).toBe(docs[1]?.document.title);
    // the link's own navigation, and nothing else
    expect(events).toEqual({ dialogs: [], requests: [pathToFileURL(pages[1] ?? '').href], errors: [] });
    await page.close();
  }, BROWSER_TIMEOUT);
});
