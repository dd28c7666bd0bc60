import { escapeHtml } from './escape-html.js';
import { formatNumber } from './format-fields.js';
import { pageShell } from './render-page.js';
import type { ReviewDocument } from './review-document.js';

/** One line of the index: a written page and the figures a reader picks documents by. */
export interface IndexEntry {
  /** The page's file name beside index.html. */
  readonly page: string;
  readonly id: string;
  readonly title: string | null;
  readonly region: string | null;
  readonly reportYear: number | null;
  readonly indicators: number;
  readonly coverage: number;
  readonly unknown: number;
  readonly warnings: number;
  /** Checks that failed; null when the document has no checks at all (not checked), 0 when it passed them. */
  readonly checks: number | null;
}

/** The index line of a document written to `page` (kept instead of the document, which may be large). */
export function indexEntry(page: string, doc: ReviewDocument): IndexEntry {
  return {
    page,
    id: doc.document.id,
    title: doc.document.title,
    region: doc.document.region?.name ?? null,
    reportYear: doc.document.reportYear,
    indicators: doc.indicators.length,
    coverage: doc.coverage.ratio,
    unknown: doc.unclaimed.filter((u) => u.reason === 'unknown').length,
    warnings: doc.warnings.length,
    checks: doc.checks ? doc.checks.filter((c) => c['passed'] !== true).length : null,
  };
}

function line(entry: IndexEntry): string {
  const cells = [
    `<td><a href="${escapeHtml(encodeURIComponent(entry.page))}">${escapeHtml(entry.id)}</a></td>`,
    `<td>${escapeHtml(entry.title ?? '')}</td>`,
    `<td>${escapeHtml(entry.region ?? '')}</td>`,
    `<td class="num">${entry.reportYear ?? ''}</td>`,
    `<td class="num">${entry.indicators}</td>`,
    `<td class="num">${formatNumber(entry.coverage)}</td>`,
    `<td class="num${entry.unknown ? ' bad' : ''}">${entry.unknown}</td>`,
    `<td class="num">${entry.warnings}</td>`,
    `<td class="num">${entry.checks ?? '—'}</td>`,
  ];
  return `<tr>${cells.join('')}</tr>`;
}

/**
 * The index page: one row per document with its indicator count, coverage ratio, `unknown`
 * numbers, warnings and checks, each linked to its page. Static: no script at all.
 *
 * @example
 * renderIndexPage([indexEntry('boshan-2023.html', doc)]); // '<!DOCTYPE html>…<a href="boshan-2023.html">boshan-2023</a>…'
 */
export function renderIndexPage(entries: readonly IndexEntry[]): string {
  const total = (pick: (entry: IndexEntry) => number): number => entries.reduce((sum, e) => sum + pick(e), 0);
  const body = `<header><h1>zhibiao review — ${entries.length} document${entries.length === 1 ? '' : 's'}</h1>
<p class="meta">${total((e) => e.indicators)} indicators ·
${total((e) => e.unknown)} unknown numbers ·
${total((e) => e.warnings)} warnings. Coverage: the share of the numbers in a text that are part of an indicator.</p></header>
<table class="index">
<thead><tr><th>document</th><th>title</th><th>region</th><th class="num">year</th><th class="num">indicators</th>
<th class="num">coverage</th><th class="num">unknown</th><th class="num">warnings</th><th class="num">checks</th></tr></thead>
<tbody>
${entries.map(line).join('\n')}
</tbody>
</table>`;
  return pageShell('zhibiao review', 'index', body, null);
}
