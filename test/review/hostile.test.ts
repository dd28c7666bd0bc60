import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderReviewPage } from '../../src/review/render-page.js';
import type { ReviewDocument } from '../../src/review/review-document.js';
import { BROWSER_TIMEOUT, launchBrowser, openPage, pageFolder, reviewDocumentOf, skipBrowser, writePage } from './browser.js';

/**
 * A report whose text tries every way into a page: tags, event handlers, javascript: links,
 * a closing </script>, remote resources, an HTML comment, entity tricks — next to real figures,
 * some of them inside indicator names and sentences.
 */
const HOSTILE_REPORT = [
  '<img src=x onerror=alert(1)>关于某县2023年国民经济和社会发展计划执行情况的报告<script>alert(2)</script>',
  '一、2023年经济运行情况</script><script>alert(3)</script>',
  '全县<b onmouseover=alert(4)>地区生产总值</b>完成282亿元，同比增长6%；<a href="javascript:alert(5)">点击</a>一般公共预算收入18.95亿元。',
  '<iframe src="http://127.0.0.1:9/frame"></iframe><link rel=stylesheet href="http://127.0.0.1:9/x.css">固定资产投资增长15%。',
  '<svg onload=alert(6)>外贸进出口完成48.5亿元&lt;script&gt;alert(7)&lt;/script&gt;，<!-- 增长3.4% -->',
  '<style>body{background:url(http://127.0.0.1:9/bg.png)}</style>新增企业6家，javascript:alert(8) 引进项目53个。',
  '"\'><details open ontoggle=alert(9)>二、2024年目标：地区生产总值增长6%左右。',
].join('\n');

/** The same attack through every field of a document JSON the page shows: title, ids, names, messages, checks. */
function hostileFields(doc: ReviewDocument): ReviewDocument {
  const evil = (n: number): string => `"><img src=x onerror=alert(${n})><script>alert(${n})</script>javascript:alert(${n})`;
  return {
    ...doc,
    document: { ...doc.document, id: `doc${evil(10)}`, title: evil(11), source: evil(12), region: { name: evil(13), code: null, parent: evil(14) } },
    sections: doc.sections.map((s) => ({ ...s, id: `${s.id}${evil(15)}`, parentId: s.parentId === null ? null : `${s.parentId}${evil(15)}`, title: evil(16) })),
    indicators: doc.indicators.map((i) => ({
      ...i,
      id: `${i.id}${evil(17)}`,
      name: evil(18),
      canonical: evil(19),
      unit: evil(20),
      ruleId: evil(21),
      sectionId: i.sectionId === null ? null : `${i.sectionId}${evil(15)}`,
    })),
    warnings: [...doc.warnings, { code: evil(22), message: evil(23), span: { start: 0, end: 5 } }],
    checks: [{ id: evil(24), indicatorIds: [`${doc.indicators[0]?.id}${evil(17)}`, evil(25)], expected: evil(26), found: { html: evil(27) }, severity: evil(28), message: evil(29) }],
  };
}

describe.skipIf(skipBrowser)('a hostile report, in Chromium', () => {
  let browser: Browser;
  let dir: string;
  let remove: () => Promise<void>;
  let doc: ReviewDocument;

  beforeAll(async () => {
    ({ dir, remove } = await pageFolder());
    const report = join(dir, 'hostile.txt');
    await writeFile(report, HOSTILE_REPORT);
    doc = await reviewDocumentOf(report);
    browser = await launchBrowser();
  }, BROWSER_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await remove?.();
  });

  test('the report still yields indicators, so the attack sits in highlights and rows too', () => {
    expect(doc.indicators.length).toBeGreaterThanOrEqual(4);
    expect(doc.text).toContain('<script>alert(2)</script>');
  });

  test.each([
    ['its text', (d: ReviewDocument) => d],
    ['every field of its document JSON', hostileFields],
  ])('through %s: shown as text, runs nothing, loads nothing, logs nothing', async (_name, variant) => {
    const hostile = variant(doc);
    const path = await writePage(hostile, dir, 'page.html');
    const { page, events } = await openPage(browser, path);
    // use the page: every row, the search box, the findings, hovering over the text
    for (const row of await page.locator('#rows .row').all()) await row.click();
    await page.locator('#q').fill('<script>alert(30)</script>');
    expect(await page.locator('#shown').textContent()).toBe(`0 of ${hostile.indicators.length}`);
    await page.locator('#q').fill('');
    await page.$$eval('#findings details', (els) => els.forEach((el) => el.setAttribute('open', '')));
    for (const button of await page.locator('#findings button:not([disabled])').all()) await button.click();
    await page.locator('#text').hover();
    await page.waitForTimeout(300);

    expect(events).toEqual({ dialogs: [], requests: [], errors: [] });
    expect(await page.locator('#text').evaluate((el) => el.textContent)).toBe(hostile.text);
    // the page's own script and its table data, nothing else
    expect(await page.locator('script').count()).toBe(2);
    expect(await page.locator('script:not([type])').count()).toBe(1);
    expect(await page.locator('script[type="application/json"]').count()).toBe(1);
    expect(await page.locator('img, iframe, svg, link, object, embed, [onerror], [onload], [onmouseover], [ontoggle]').count()).toBe(0);
    // the text pane holds the page's own elements only: blocks, highlights, marks, anchors
    expect(await page.locator('#text *:not(div.blk):not(mark):not(u):not(span.uc):not(span.wn):not(a.sec-anchor)').count()).toBe(0);
    expect(await page.locator('style').count()).toBe(1);
    expect(await page.locator('a[href^="javascript" i]').count()).toBe(0);
    if (variant === hostileFields) {
      expect(await page.locator('h1').textContent()).toBe(hostile.document.title);
      expect(await page.locator('#rows .row').first().getAttribute('data-id')).toBe(hostile.indicators[0]?.id);
      expect(await page.locator('#text [data-indicator]').first().getAttribute('data-indicator')).toBe(hostile.indicators[0]?.id);
      expect(await page.locator('#findings').textContent()).toContain('alert(29)');
    }
    await page.close();
  }, BROWSER_TIMEOUT);

  test('the page forbids any script but its own and any load at all (Content-Security-Policy)', () => {
    const html = renderReviewPage(doc);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|http|\*/);
    // the raw HTML holds no tag from the report: every < of the report arrives as &lt;
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script type="application/json" id="table-data">', '<script>']);
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html).not.toMatch(/<(?:img|iframe|svg|link|a href="javascript|b |style>body)/i);
  });
});
