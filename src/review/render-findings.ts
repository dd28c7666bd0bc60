import type { Span } from '../schema/document.js';
import { escapeHtml } from './escape-html.js';
import { formatFindingValue } from './format-fields.js';
import type { Check, ReviewDocument } from './review-document.js';

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * The indicators a reviewer should look at: those a warning's span touches and those a
 * consistency check names. Indices into `doc.indicators`.
 *
 * @example
 * flaggedIndicators({ ...doc, checks: [{ id: 'sum', indicatorIds: ['boshan-2023:2'], severity: 'error' }] }); // Set { 1 }
 */
export function flaggedIndicators(doc: ReviewDocument): Set<number> {
  const flagged = new Set<number>();
  const spans = doc.warnings.flatMap((w) => (w.span ? [w.span] : []));
  if (spans.length > 0) {
    // sorted sweep: a 5 MB report has tens of thousands of both
    const bySpan = doc.indicators.map((indicator, i) => ({ span: indicator.span, i })).sort((a, b) => a.span.start - b.span.start);
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    let first = 0;
    let widest = 0;
    for (const entry of bySpan) widest = Math.max(widest, entry.span.end - entry.span.start);
    for (const span of sorted) {
      while (first < bySpan.length && (bySpan[first] as { span: Span }).span.start + widest <= span.start) first++;
      for (let k = first; k < bySpan.length && (bySpan[k] as { span: Span }).span.start < span.end; k++) {
        const entry = bySpan[k] as { span: Span; i: number };
        if (overlaps(entry.span, span)) flagged.add(entry.i);
      }
    }
  }
  const indexOf = new Map(doc.indicators.map((indicator, i) => [indicator.id, i]));
  for (const check of doc.checks ?? []) {
    if (check['passed'] === true) continue; // a check that passed says nothing is wrong
    for (const id of check.indicatorIds) {
      const i = indexOf.get(id);
      if (i !== undefined) flagged.add(i);
    }
  }
  return flagged;
}

/** Long lists start folded so the table stays in view. */
const OPEN_UP_TO = 12;

function details(summary: string, items: readonly string[]): string {
  if (items.length === 0) return '';
  return `<details${items.length <= OPEN_UP_TO ? ' open' : ''}><summary>${summary}</summary><ul>${items.join('')}</ul></details>`;
}

function checkItem(check: Check, indexOf: ReadonlyMap<string, number>, names: readonly (string | null)[]): string {
  const links = check.indicatorIds
    .map((id) => {
      const i = indexOf.get(id);
      if (i === undefined) return `<span title="not in this document">${escapeHtml(id)}</span>`;
      return `<button type="button" data-goto="${i}" title="${escapeHtml(id)}">${escapeHtml(names[i] ?? id)}</button>`;
    })
    .join(' ');
  const parts = [
    `<b>${escapeHtml(check.id)}</b>`,
    `<span class="sev">${escapeHtml(check.severity)}</span>`,
    check.message === undefined ? '' : escapeHtml(check.message),
    check.expected === undefined ? '' : `expected <b>${escapeHtml(formatFindingValue(check.expected))}</b>`,
    check.found === undefined ? '' : `found <b>${escapeHtml(formatFindingValue(check.found))}</b>`,
    links,
  ].filter(Boolean);
  const severity = /^[a-z]+$/i.test(check.severity) ? ` class="sev-${check.severity.toLowerCase()}"` : '';
  return `<li${severity}>${parts.join(' · ')}</li>`;
}

/**
 * The consistency findings (`checks`, when the document has them) and the warnings, each linked
 * to its place: a warning's button scrolls to its span, a check's buttons to its indicators. Above
 * them, the count of `unknown` numbers with previous/next buttons (also the `n` / `N` keys).
 */
export function renderFindings(doc: ReviewDocument): string {
  const unknown = doc.unclaimed.filter((u) => u.reason === 'unknown').length;
  const unknownNav = `<div class="unknown-nav"><b>${unknown}</b> unknown number${unknown === 1 ? '' : 's'}
<button type="button" id="unknown-prev" title="previous unknown number (N)"${unknown ? '' : ' disabled'}>◀</button>
<button type="button" id="unknown-next" title="next unknown number (n)"${unknown ? '' : ' disabled'}>▶</button>
<span id="unknown-at"></span></div>`;
  const indexOf = new Map(doc.indicators.map((indicator, i) => [indicator.id, i]));
  const names = doc.indicators.map((i) => i.name);
  const checks = (doc.checks ?? []).filter((c) => c['passed'] !== true).map((check) => checkItem(check, indexOf, names));
  const passed = (doc.checks ?? []).filter((c) => c['passed'] === true).map((check) => checkItem(check, indexOf, names));
  const warnings = doc.warnings.map((warning, i) => {
    const go = warning.span ? `<button type="button" data-warning="${i}" title="show in the text">${escapeHtml(warning.code)}</button>` : `<b>${escapeHtml(warning.code)}</b>`;
    return `<li>${go} ${escapeHtml(warning.message)}</li>`;
  });
  const none = checks.length + warnings.length === 0 ? '<p class="count">No warnings.</p>' : '';
  return `<section id="findings" aria-label="Findings">
<h2>Findings</h2>${unknownNav}
${details(`Consistency checks (${checks.length})`, checks)}
${passed.length > 0 ? `<details><summary>Checks passed (${passed.length})</summary><ul>${passed.join('')}</ul></details>` : ''}
${details(`Warnings (${warnings.length})`, warnings)}${none}
</section>`;
}
