import type { Indicator } from '../schema/document.js';
import { escapeHtml } from './escape-html.js';
import { markText, type TextMark } from './mark-text.js';
import type { ReviewDocument } from './review-document.js';

/** Nesting among marks on the same range: a warning outside what it is about, growth inside its indicator. */
const RANK = { anchor: -1, warning: 0, indicator: 1, unclaimed: 1, growth: 2 } as const;

/**
 * An indicator's highlight. Markup is kept lean — a 5 MB report has ~70,000 of them —
 * so status is an attribute the style sheet reads, and the row is found by the id.
 */
function indicatorMark(indicator: Indicator): TextMark {
  const id = escapeHtml(indicator.id);
  return {
    start: indicator.span.start,
    end: indicator.span.end,
    open: `<mark data-status="${indicator.status}" data-indicator="${id}">`,
    close: '</mark>',
    // a continuation piece: same look, found by data-part, never counted as a second highlight
    resume: `<mark data-status="${indicator.status}" data-part="${id}">`,
    rank: RANK.indicator,
  };
}

/**
 * The growth clause inside an indicator (`<u>`, drawn with a double underline). The document
 * stores its text, not its offsets; it is the last occurrence in the indicator's text because
 * growth follows the value (`地区生产总值完成282亿元，同比增长6%`).
 */
function growthMark(indicator: Indicator): TextMark | null {
  const growth = indicator.growth;
  if (!growth || growth.text === '') return null;
  const at = indicator.text.lastIndexOf(growth.text);
  if (at < 0) return null;
  const start = indicator.span.start + at;
  return { start, end: start + growth.text.length, open: '<u>', close: '</u>', resume: '<u>', rank: RANK.growth };
}

/** Every element the report text is wrapped in: indicators, their growth, unclaimed numbers, warnings, section anchors. */
export function documentMarks(doc: ReviewDocument): TextMark[] {
  const marks: TextMark[] = [];
  for (const indicator of doc.indicators) {
    marks.push(indicatorMark(indicator));
    const growth = growthMark(indicator);
    if (growth) marks.push(growth);
  }
  for (const number of doc.unclaimed) {
    // the reason's wording and rule come as a tooltip from the page script, not in every element
    const rule = number.ruleId ? ` data-rule="${escapeHtml(number.ruleId)}"` : '';
    const open = `<span class="uc" data-reason="${number.reason}"${rule}>`;
    marks.push({ start: number.span.start, end: number.span.end, open, close: '</span>', resume: open, rank: RANK.unclaimed });
  }
  doc.warnings.forEach((warning, index) => {
    if (!warning.span) return;
    const open = `<span class="wn" id="w-${index}">`;
    marks.push({ start: warning.span.start, end: warning.span.end, open, close: '</span>', resume: '<span class="wn">', rank: RANK.warning });
  });
  for (const section of doc.sections) {
    const at = section.span.start;
    const open = `<a class="sec-anchor" id="${escapeHtml(`sec-${section.id}`)}" data-section="${escapeHtml(section.id)}">`;
    marks.push({ start: at, end: at, open, close: '</a>', resume: '', rank: RANK.anchor });
  }
  return marks;
}

/** A block of text no longer than this is never split; past it, the next free line end closes it. */
const BLOCK_CHARS = 3000;

/**
 * Cuts the text into blocks at line ends that no mark crosses, each at least BLOCK_CHARS long:
 * the page renders every block lazily (`content-visibility: auto`), which keeps a 5 MB report's
 * page quick to open. Returns the block starts after 0, ascending.
 */
function blockBreaks(text: string, marks: readonly TextMark[]): number[] {
  const byStart = [...marks].sort((a, b) => a.start - b.start);
  const breaks: number[] = [];
  let next = 0;
  let coveredTo = 0;
  let lastBreak = 0;
  for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', newline + 1)) {
    const cut = newline + 1;
    if (cut - lastBreak < BLOCK_CHARS || cut >= text.length) continue;
    while (next < byStart.length && (byStart[next] as TextMark).start < cut) {
      coveredTo = Math.max(coveredTo, (byStart[next] as TextMark).end);
      next++;
    }
    if (coveredTo > cut) continue;
    breaks.push(cut);
    lastBreak = cut;
  }
  return breaks;
}

/**
 * The report text as HTML: escaped, every mark in place, in lazily rendered blocks. The
 * blocks' text, joined, is the document's text exactly (markers are CSS, not text).
 *
 * @example
 * renderMarkedText(doc); // '<div class="blk">关于博山区…<mark data-status="estimate" data-indicator="boshan-2023:1">地区生产总值…'
 */
export function renderMarkedText(doc: ReviewDocument): string {
  const marks = documentMarks(doc);
  const breaks = blockBreaks(doc.text, marks);
  const bounds = [0, ...breaks, doc.text.length];
  const byStart = [...marks].sort((a, b) => a.start - b.start);
  const blocks: string[] = [];
  let next = 0;
  for (let b = 0; b + 1 < bounds.length; b++) {
    const from = bounds[b] as number;
    const to = bounds[b + 1] as number;
    const inBlock: TextMark[] = [];
    const last = b + 2 === bounds.length;
    // a mark belongs to the block it starts in; the last block also takes anchors at the very end
    while (next < byStart.length && ((byStart[next] as TextMark).start < to || last)) inBlock.push(byStart[next++] as TextMark);
    blocks.push(`<div class="blk">${markText(doc.text, inBlock, from, to)}</div>`);
  }
  return blocks.join('');
}
