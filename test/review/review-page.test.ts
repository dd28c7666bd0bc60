import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ReviewDocument } from '../../src/review/review-document.js';
import { BROWSER_TIMEOUT, inView, launchBrowser, openPage, pageFolder, reviewDocumentOf, skipBrowser, visibleRows, writePage, type PageEvents } from './browser.js';

const SEED = 'corpus/boshan-2023.txt';

/** The seed's indicators, each with the section ids it sits in (its own and its ancestors'), walked from parentId. */
function sectionsOf(doc: ReviewDocument, sectionId: string | null): string[] {
  const chain: string[] = [];
  for (let id = sectionId; id !== null; ) {
    chain.push(id);
    id = doc.sections.find((s) => s.id === id)?.parentId ?? null;
  }
  return chain;
}

describe.skipIf(skipBrowser)('review page of the seed report, in Chromium', () => {
  let browser: Browser;
  let doc: ReviewDocument;
  let page: Page;
  let events: PageEvents;
  let remove: () => Promise<void>;

  beforeAll(async () => {
    doc = await reviewDocumentOf(SEED);
    const folder = await pageFolder();
    remove = folder.remove;
    browser = await launchBrowser();
    ({ page, events } = await openPage(browser, await writePage(doc, folder.dir)));
  }, BROWSER_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await remove?.();
  });

  test('one highlight per indicator, in document order, each reading exactly its indicator\'s text', async () => {
    const highlights = await page.$$eval('#text [data-indicator]', (els) => els.map((el) => ({ id: el.getAttribute('data-indicator'), text: el.textContent })));
    expect(highlights).toHaveLength(doc.indicators.length);
    expect(doc.indicators.length).toBeGreaterThan(100);
    const byId = new Map(highlights.map((h) => [h.id, h.text]));
    for (const indicator of doc.indicators) expect(byId.get(indicator.id), indicator.id).toBe(indicator.text);
  });

  test('the text pane reads as the report, character for character (markers are not text)', async () => {
    expect(await page.locator('#text').evaluate((el) => el.textContent)).toBe(doc.text);
  });

  test('status is told by a marker as well as by colour, and growth clauses are marked', async () => {
    const markers = await page.$$eval('#text mark[data-indicator]', (els) =>
      els.map((el) => [el.getAttribute('data-status'), getComputedStyle(el, '::after').content]),
    );
    const expected: Record<string, string> = { actual: '"实"', estimate: '"预"', target: '"目"' };
    for (const [status, content] of markers) expect(content).toBe(expected[status as string]);
    const growths = await page.$$eval('#text u', (els) => els.map((el) => el.textContent));
    expect(growths).toEqual(doc.indicators.flatMap((i) => (i.growth ? [i.growth.text] : [])));
  });

  test('unclaimed numbers are marked with their reason', async () => {
    const marked = await page.$$eval('#text .uc', (els) => els.map((el) => `${el.getAttribute('data-reason')}:${el.textContent}`));
    expect(marked).toEqual(doc.unclaimed.map((u) => `${u.reason}:${u.text}`));
  });

  test('a row click brings its span into view and flashes it; a span click selects its row', async () => {
    const last = doc.indicators.length - 1;
    const span = page.locator(`#text [data-indicator="${doc.indicators[last]?.id}"]`);
    const text = page.locator('#text');
    await text.evaluate((el) => el.scrollTo(0, 0));
    expect(await inView(span, text)).toBe(false);
    await page.locator(`#rows .row[data-i="${last}"]`).scrollIntoViewIfNeeded();
    // the flash lasts 1.6 s; an observer records it, so a slow machine cannot miss it
    await span.evaluate((el) => {
      new MutationObserver(() => {
        if (el.classList.contains('flash')) el.setAttribute('data-flashed', '');
      }).observe(el, { attributes: true, attributeFilter: ['class'] });
    });
    await page.locator(`#rows .row[data-i="${last}"]`).click();
    expect(await inView(span, text)).toBe(true);
    expect(await span.getAttribute('data-flashed')).toBe('');

    const some = 40;
    await page.locator(`#text [data-indicator="${doc.indicators[some]?.id}"]`).scrollIntoViewIfNeeded();
    await page.locator(`#text [data-indicator="${doc.indicators[some]?.id}"]`).click();
    const row = page.locator(`#rows .row[data-i="${some}"]`);
    expect(await row.getAttribute('aria-selected')).toBe('true');
    expect(await inView(row, page.locator('#table-wrap'))).toBe(true);
    expect(await page.locator('#rows .row[aria-selected="true"]').count()).toBe(1);
  });

  test('the table is navigable by keyboard: arrows, Home, End, Enter', async () => {
    await page.locator('#rows .row[data-i="0"]').click();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const focused = (): Promise<string | null> => page.evaluate(() => document.activeElement?.getAttribute('data-i') ?? null);
    expect(await focused()).toBe('2');
    expect(await page.locator('#rows .row[data-i="2"]').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('1');
    await page.keyboard.press('End');
    const last = doc.indicators.length - 1;
    expect(await focused()).toBe(String(last));
    const text = page.locator('#text');
    await text.evaluate((el) => el.scrollTo(0, 0));
    await page.keyboard.press('Enter');
    expect(await inView(page.locator(`#text [data-indicator="${doc.indicators[last]?.id}"]`), text)).toBe(true);
    await page.keyboard.press('Home');
    expect(await focused()).toBe('0');
  });

  describe('filters', () => {
    const all = (): number[] => doc.indicators.map((_, i) => i);
    const where = (keep: (i: number) => boolean): number[] => all().filter(keep);
    const reset = async (): Promise<void> => {
      await page.locator('#filters button[type=reset]').click();
      await expect.poll(() => visibleRows(page)).toHaveLength(doc.indicators.length);
    };

    test('status: unchecking a status hides its rows and dims its highlights', async () => {
      await reset();
      await page.locator('#filters input[name=status][value=actual]').uncheck();
      const expected = where((i) => doc.indicators[i]?.status !== 'actual');
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(doc.indicators.length);
      expect(await visibleRows(page)).toEqual(expected);
      expect(await page.locator('#shown').textContent()).toBe(`${expected.length} of ${doc.indicators.length}`);
      const dimmed = await page.$$eval('#text mark.dim[data-indicator]', (els) => els.map((el) => el.getAttribute('data-status')));
      expect(dimmed.length).toBe(doc.indicators.length - expected.length);
      expect(new Set(dimmed)).toEqual(new Set(['actual']));
      // the keyboard skips hidden rows: from the last shown row before the first actual one to the next shown
      const firstHidden = doc.indicators.findIndex((i) => i.status === 'actual');
      const before = expected.filter((i) => i < firstHidden).at(-1);
      const after = expected.find((i) => i > firstHidden);
      expect(before).toBeDefined();
      expect(after).toBeDefined();
      await page.locator(`#rows .row[data-i="${before}"]`).click();
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-i'))).toBe(String(after));
    });

    test('section: a section keeps its own rows and its subsections\'', async () => {
      await reset();
      const top = doc.sections.find((s) => s.parentId === null && doc.sections.some((c) => c.parentId === s.id));
      expect(top).toBeDefined();
      await page.locator('#filters select[name=section]').selectOption(top?.id as string);
      const expected = where((i) => sectionsOf(doc, doc.indicators[i]?.sectionId ?? null).includes(top?.id as string));
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(doc.indicators.length);
      expect(await visibleRows(page)).toEqual(expected);
    });

    test('canonical key, and indicators without one', async () => {
      await reset();
      await page.locator('#filters select[name=canonical]').selectOption('gdp');
      expect(await visibleRows(page)).toEqual(where((i) => doc.indicators[i]?.canonical === 'gdp'));
      await page.locator('#filters select[name=canonical]').selectOption('(none)');
      const none = where((i) => doc.indicators[i]?.canonical === null);
      expect(none.length).toBeGreaterThan(0);
      expect(await visibleRows(page)).toEqual(none);
    });

    test('text search keeps the rows that contain the query, in their cells or source text', async () => {
      await reset();
      await page.locator('#q').fill('贷款');
      const shown = await visibleRows(page);
      const expected = where((i) => {
        const indicator = doc.indicators[i];
        return [indicator?.name, indicator?.text, indicator?.unit, indicator?.canonical].some((field) => field?.includes('贷款'));
      });
      // a section title could also hold the word; the seed's do not
      expect(doc.sections.some((s) => s.title.includes('贷款'))).toBe(false);
      expect(expected.length).toBeGreaterThan(0);
      expect(shown).toEqual(expected);
      await page.locator('#q').fill('');
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    });
  });

  test('the outline links scroll the text to their section', async () => {
    const last = doc.sections.at(-1);
    const text = page.locator('#text');
    await text.evaluate((el) => el.scrollTo(0, 0));
    await page.locator(`#outline a[href="#sec-${last?.id}"]`).click();
    expect(await inView(page.locator(`#text [data-section="${last?.id}"]`), text)).toBe(true);
    expect(await page.locator('#outline li').count()).toBe(doc.sections.length);
  });

  test('nothing was logged, requested or opened while using the page', () => {
    expect(events).toEqual({ dialogs: [], requests: [], errors: [] });
  });
});
