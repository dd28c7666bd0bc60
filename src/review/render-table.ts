import type { Section } from '../schema/document.js';
import { escapeHtml, jsonForScript } from './escape-html.js';
import { formatGrowth, formatNormalized, formatQualifier, formatValue } from './format-fields.js';
import { REASON_LABELS, STATUS_LABELS, TABLE_COLUMNS } from './labels.js';
import type { ReviewDocument } from './review-document.js';

function sectionLabel(section: Section | undefined): string {
  return section ? `${section.ordinal} ${section.title}`.trim() : '';
}

/**
 * The table's data, read by the page script, which draws only the rows in view (a 5 MB
 * report has ~70,000): per row its cells as shown, then what filters and search need.
 * Cells are formatted here, once, so the page and the tests agree with the library's wording.
 */
export interface TableData {
  /** [id, label, parent index or -1] per section, in document order. */
  readonly sections: readonly (readonly [string, string, number])[];
  /**
   * Per indicator, the 11 columns of TABLE_COLUMNS, then id and flagged (0/1). Status is its
   * key and section its index into `sections` (or -1), both spelled out by the page; columns
   * with few distinct values (canonical, unit, qualifier, status, period, rule) are indices into
   * `strings`, which keeps a 70,000-row table small. The indicator's text is not repeated here:
   * the page reads it from its highlight.
   */
  readonly rows: readonly (readonly (string | number)[])[];
  /** The distinct values of the columns in SHARED_COLUMNS. */
  readonly strings: readonly string[];
  /** Which columns hold indices into `strings`. */
  readonly shared: readonly number[];
  /** How the status column reads, per status: `实 actual`. */
  readonly statuses: Readonly<Record<string, string>>;
  /** Why a number is unclaimed, per reason: the tooltip of each marked number. */
  readonly reasons: Readonly<Record<string, string>>;
}

/** canonical, unit, qualifier, status, period, rule: positions in a row of {@link TableData}. */
const SHARED_COLUMNS = [1, 3, 6, 7, 8, 10] as const;

export function tableData(doc: ReviewDocument, flagged: ReadonlySet<number>): TableData {
  const sectionIndex = new Map(doc.sections.map((s, i) => [s.id, i]));
  const sections = doc.sections.map((s) => [s.id, sectionLabel(s), s.parentId === null ? -1 : (sectionIndex.get(s.parentId) ?? -1)] as const);
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const shared = (value: string): number => {
    let at = stringIndex.get(value);
    if (at === undefined) {
      at = strings.push(value) - 1;
      stringIndex.set(value, at);
    }
    return at;
  };
  const rows = doc.indicators.map((indicator, i) => [
    indicator.name ?? '',
    shared(indicator.canonical ?? ''),
    formatValue(indicator),
    shared(indicator.unit ?? ''),
    formatNormalized(indicator.normalized),
    formatGrowth(indicator.growth),
    shared(formatQualifier(indicator.qualifier)),
    shared(indicator.status),
    shared(indicator.period ?? ''),
    indicator.sectionId === null ? -1 : (sectionIndex.get(indicator.sectionId) ?? -1),
    shared(indicator.ruleId),
    indicator.id,
    flagged.has(i) ? 1 : 0,
  ]);
  const statuses = Object.fromEntries(Object.entries(STATUS_LABELS).map(([status, { marker, label }]) => [status, `${marker} ${label}`]));
  const reasons = Object.fromEntries(Object.entries(REASON_LABELS).map(([reason, { label }]) => [reason, label]));
  return { sections, rows, strings, shared: [...SHARED_COLUMNS], statuses, reasons };
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
 * The filter bar and the indicator table: a header row and an empty row group that the page
 * script fills from {@link tableData} with the rows in view, and a placeholder for a page read
 * without scripts.
 */
export function renderIndicatorTable(doc: ReviewDocument, flagged: ReadonlySet<number>): string {
  const head = TABLE_COLUMNS.map((c) => `<span role="columnheader">${c}</span>`).join('');
  const empty = doc.indicators.length === 0 ? '<p class="empty">No indicator was found in this document; its numbers are marked in the text by reason.</p>' : '';
  return `${filters(doc)}
<div id="table-wrap" tabindex="-1"><div class="table" role="table" aria-label="Indicators" aria-rowcount="${doc.indicators.length + 1}">
<div class="row head" role="row">${head}</div>
<div id="rows" role="rowgroup"></div>${empty}
<noscript><p class="empty">The table is drawn by the page's script; without it, the highlighted text and the findings are complete.</p></noscript>
</div></div>
<script type="application/json" id="table-data">${jsonForScript(tableData(doc, flagged))}</script>`;
}
