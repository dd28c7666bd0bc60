import { createHash } from 'node:crypto';
import type { Section } from '../schema/document.js';
import { escapeHtml } from './escape-html.js';
import { formatNumber } from './format-fields.js';
import { REASON_LABELS, STATUS_LABELS, TOPIC_LABELS } from './labels.js';
import { PAGE_SCRIPT } from './page-script.js';
import { PAGE_STYLE } from './page-style.js';
import { flaggedIndicators, renderFindings } from './render-findings.js';
import { renderIndicatorTable } from './render-table.js';
import type { ReviewDocument } from './review-document.js';
import { renderMarkedText } from './text-marks.js';

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Nothing but the page's own style and script may run or load: no network, no other script,
 * no images, no frames, no form posts. A report's text is escaped before it reaches the page;
 * this policy is the second wall, should any escape ever be missed.
 */
export function contentSecurityPolicy(script: string | null): string {
  return [
    "default-src 'none'",
    `style-src ${sha256(PAGE_STYLE)}`,
    `script-src ${script === null ? "'none'" : sha256(script)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The page skeleton shared by document pages and the index. */
export function pageShell(title: string, bodyClass: string, body: string, script: string | null): string {
  return `<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(script)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="zhibiao review">
<title>${escapeHtml(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body class="${bodyClass}">
${body}
${script === null ? '' : `<script>${script}</script>`}
</body>
</html>
`;
}

function outline(doc: ReviewDocument): string {
  const counts = new Map<string, number>();
  for (const indicator of doc.indicators) {
    if (indicator.sectionId !== null) counts.set(indicator.sectionId, (counts.get(indicator.sectionId) ?? 0) + 1);
  }
  const children = new Map<string | null, Section[]>();
  const ids = new Set(doc.sections.map((s) => s.id));
  for (const section of doc.sections) {
    // a parent missing from the list would hide its children; they hang from the top instead
    const parent = section.parentId !== null && ids.has(section.parentId) ? section.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), section]);
  }
  const seen = new Set<string>();
  const list = (parent: string | null): string => {
    const items = (children.get(parent) ?? []).filter((s) => !seen.has(s.id));
    if (items.length === 0) return '';
    const html = items.map((s) => {
      seen.add(s.id);
      const n = counts.get(s.id) ?? 0;
      const label = `${s.ordinal} ${s.title}`.trim();
      return `<li><a href="#${escapeHtml(`sec-${s.id}`)}" title="${escapeHtml(label)}">${escapeHtml(label)}</a>` +
        `<span class="topic" title="${s.topic}">${TOPIC_LABELS[s.topic]}</span>${n ? `<span class="count">${n}</span>` : ''}${list(s.id)}</li>`;
    });
    return `<ol>${html.join('')}</ol>`;
  };
  const tree = doc.sections.length === 0 ? '<p class="count">No sections were recognised.</p>' : list(null);
  return `<nav id="outline" aria-label="Sections"><h2>Sections</h2>${tree}</nav>`;
}

function header(doc: ReviewDocument): string {
  const meta = doc.document;
  const byStatus = (['actual', 'estimate', 'target'] as const).map((s) => `${doc.indicators.filter((i) => i.status === s).length} ${STATUS_LABELS[s].label}`);
  const unknown = doc.unclaimed.filter((u) => u.reason === 'unknown').length;
  const facts = [
    meta.region ? `${meta.region.parent ? `${meta.region.parent} ` : ''}${meta.region.name}${meta.region.code ? ` (${meta.region.code})` : ''}` : 'region not found',
    meta.reportYear === null ? 'year unknown' : `reports on ${meta.reportYear}`,
    meta.source ?? '',
    [meta.format, meta.encoding].filter(Boolean).join(', '),
  ].filter(Boolean);
  const counts = [
    `<b>${doc.indicators.length}</b> indicators (${byStatus.join(', ')})`,
    `${doc.coverage.claimed} of ${doc.coverage.numbers} numbers claimed (coverage ${formatNumber(doc.coverage.ratio)})`,
    `<b>${unknown}</b> unknown`,
    `${doc.warnings.length} warnings`,
    ...(doc.checks ? [`${doc.checks.length} checks`] : []),
  ];
  const legend = [
    ...(['actual', 'estimate', 'target'] as const).map((s) => `<span><mark data-status="${s}">指标</mark> ${STATUS_LABELS[s].marker} = ${STATUS_LABELS[s].label}</span>`),
    '<span><u class="gr">增长6%</u> growth</span>',
    `<span><span class="uc" data-reason="unknown">123</span> ${escapeHtml(REASON_LABELS.unknown.label)}</span>`,
    '<span><span class="uc" data-reason="date">2023</span> not an indicator (date, ordinal, name, … — hover for the reason)</span>',
    '<span><span class="wn">warned</span> warning</span>',
    '<span>keys: ↑↓ table · Enter go to text · / search · n next unknown</span>',
  ];
  return `<header>
<h1>${escapeHtml(meta.title ?? meta.id)}</h1>
<p class="meta"><a href="index.html">all documents</a> · ${escapeHtml(meta.id)} · ${facts.map(escapeHtml).join(' · ')}</p>
<p class="meta">${counts.join(' · ')}</p>
<p class="legend">${legend.join('')}</p>
</header>`;
}

/**
 * One document's review page: a self-contained HTML file (style and script inline, no
 * network) showing the report's text with every indicator, growth clause, unclaimed number
 * and warning marked, the section outline, the findings and the indicator table.
 *
 * @example
 * writeFileSync('boshan-2023.html', renderReviewPage(doc));
 */
export function renderReviewPage(doc: ReviewDocument): string {
  const flagged = flaggedIndicators(doc);
  const body = `${header(doc)}
${outline(doc)}
<main id="text" aria-label="Report text" lang="zh">${renderMarkedText(doc)}</main>
<aside id="side" aria-label="Indicators">
${renderFindings(doc)}
${renderIndicatorTable(doc, flagged)}
</aside>`;
  return pageShell(`${doc.document.id} — zhibiao review`, 'review', body, PAGE_SCRIPT);
}
