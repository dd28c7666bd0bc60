import type { Indicator, Section } from '../schema/document.js';
import { escapeHtml } from './escape-html.js';
import { formatGrowth, formatNormalized, formatQualifier, formatValue } from './format-fields.js';
import { STATUS_LABELS, TABLE_COLUMNS } from './labels.js';
import type { ReviewDocument } from './review-document.js';

/** Each section's id with its ancestors' ids: filtering by a section keeps its subsections. */
export function sectionChains(sections: readonly Section[]): Map<string, string[]> {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const chains = new Map<string, string[]>();
  for (const section of sections) {
    const chain: string[] = [];
    const seen = new Set<string>();
    for (let at: Section | undefined = section; at && !seen.has(at.id); at = at.parentId === null ? undefined : byId.get(at.parentId)) {
      seen.add(at.id);
      chain.push(at.id);
    }
    chains.set(section.id, chain);
  }
  return chains;
}

function cell(text: string, className = ''): string {
  const attr = className ? ` class="${className}"` : '';
  // the full value as a tooltip: cells are cut with an ellipsis at their column width
  return `<span role="cell"${attr}${text ? ` title="${escapeHtml(text)}"` : ''}>${escapeHtml(text)}</span>`;
}

function sectionLabel(section: Section | undefined): string {
  return section ? `${section.ordinal} ${section.title}`.trim() : '';
}

function row(
  indicator: Indicator,
  index: number,
  sections: ReadonlyMap<string, Section>,
  chains: ReadonlyMap<string, string[]>,
  flagged: boolean,
): string {
  const status = STATUS_LABELS[indicator.status];
  const chain = indicator.sectionId === null ? [] : (chains.get(indicator.sectionId) ?? [indicator.sectionId]);
  const attributes = [
    `class="row" role="row" tabindex="${index === 0 ? 0 : -1}" aria-selected="false"`,
    `data-i="${index}"`,
    `data-id="${escapeHtml(indicator.id)}"`,
    `data-status="${indicator.status}"`,
    `data-sections="${escapeHtml(chain.join(' '))}"`,
    `data-canonical="${escapeHtml(indicator.canonical ?? '')}"`,
    flagged ? 'data-flagged=""' : '',
    // the source text: a tooltip on the row, and searched by the search box
    `title="${escapeHtml(indicator.text)}"`,
  ].filter(Boolean);
  const cells = [
    cell((flagged ? '⚑ ' : '') + (indicator.name ?? '')),
    cell(indicator.canonical ?? ''),
    cell(formatValue(indicator), 'num'),
    cell(indicator.unit ?? ''),
    cell(formatNormalized(indicator.normalized), 'num'),
    cell(formatGrowth(indicator.growth), 'num'),
    cell(formatQualifier(indicator.qualifier)),
    cell(`${status.marker} ${status.label}`, `s-${indicator.status}`),
    cell(indicator.period ?? ''),
    cell(sectionLabel(indicator.sectionId === null ? undefined : sections.get(indicator.sectionId))),
    cell(indicator.ruleId),
  ];
  return `<div ${attributes.join(' ')}>${cells.join('')}</div>`;
}

/** The canonical choice for indicators without a key (keys are snake_case, so it cannot clash). */
const NO_CANONICAL = '(none)';

/** The filter bar: status boxes, section and canonical choices, flagged-only, search. */
function filters(doc: ReviewDocument): string {
  const statusBoxes = (['actual', 'estimate', 'target'] as const)
    .map((status) => {
      const { marker, label } = STATUS_LABELS[status];
      const count = doc.indicators.filter((i) => i.status === status).length;
      return `<label class="st s-${status}"><input type="checkbox" name="status" value="${status}" checked> ${marker} ${label} <span class="count">${count}</span></label>`;
    })
    .join('');
  const sectionOptions = doc.sections
    .map((s) => {
      const indent = '\u00a0\u00a0'.repeat(Math.max(0, s.level - 1));
      return `<option value="${escapeHtml(s.id)}">${indent}${escapeHtml(sectionLabel(s).slice(0, 40))}</option>`;
    })
    .join('');
  const canonicalCounts = new Map<string, number>();
  for (const indicator of doc.indicators) {
    const key = indicator.canonical ?? '';
    canonicalCounts.set(key, (canonicalCounts.get(key) ?? 0) + 1);
  }
  const canonicalOptions = [...canonicalCounts]
    .filter(([key]) => key !== '')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, n]) => `<option value="${escapeHtml(key)}">${escapeHtml(key)} (${n})</option>`)
    .join('');
  const uncanonical = canonicalCounts.get('') ?? 0;
  return `<form id="filters" role="search" aria-label="Filter the indicators">
<fieldset><legend class="sr">status</legend>${statusBoxes}</fieldset>
<label>section <select name="section"><option value="">all</option>${sectionOptions}</select></label>
<label>canonical <select name="canonical"><option value="">all</option>${canonicalOptions}${uncanonical ? `<option value="${NO_CANONICAL}">(none) (${uncanonical})</option>` : ''}</select></label>
<label title="indicators named by a warning or a consistency check; the text keeps only unknown numbers marked"><input type="checkbox" name="flagged"> only unknown &amp; warnings</label>
<input type="search" id="q" name="q" placeholder="search (/)" aria-label="search the indicators">
<button type="reset">clear</button>
<span id="shown" aria-live="polite">${doc.indicators.length} of ${doc.indicators.length}</span>
</form>`;
}

/**
 * The filter bar and the indicator table (ARIA table of grid rows: one row per indicator, in
 * document order). Rows carry what the page script filters on; `flagged` lists the indicators
 * a warning or a check names.
 */
export function renderIndicatorTable(doc: ReviewDocument, flagged: ReadonlySet<number>): string {
  const sections = new Map(doc.sections.map((s) => [s.id, s]));
  const chains = sectionChains(doc.sections);
  const head = TABLE_COLUMNS.map((c) => `<span role="columnheader">${c}</span>`).join('');
  const rows = doc.indicators.map((indicator, i) => row(indicator, i, sections, chains, flagged.has(i))).join('\n');
  const empty = doc.indicators.length === 0 ? '<p class="empty">No indicator was found in this document; its numbers are marked in the text by reason.</p>' : '';
  return `${filters(doc)}
<div id="table-wrap"><div class="table" role="table" aria-label="Indicators">
<div class="row head" role="row">${head}</div>
<div id="rows" role="rowgroup">${rows}</div>${empty}
</div></div>`;
}
