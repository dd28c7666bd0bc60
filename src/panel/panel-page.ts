import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { PanelTables } from './write-panel.js';
import type { TargetRow } from './panel-schema.js';

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

interface Point {
  readonly place: string;
  readonly year: number;
  readonly kind: 'target' | 'actual';
  readonly y: number;
  readonly note: string;
}

/** One chart per indicator, measure and unit: 'gdp growth %', 'new_urban_jobs value 万人'. */
function chartGroups(targets: readonly TargetRow[]): Map<string, TargetRow[]> {
  const groups = new Map<string, TargetRow[]>();
  for (const t of targets) {
    if (!/^\d{4}$/.test(t.period)) continue;
    const id = `${t.canonical}|${t.measure}|${t.target_unit ?? ''}`;
    const list = groups.get(id);
    if (list) list.push(t);
    else groups.set(id, [t]);
  }
  return groups;
}

function pointsOf(rows: readonly TargetRow[]): Point[] {
  const out: Point[] = [];
  for (const t of rows) {
    const year = Number(t.period);
    const unit = t.target_unit ?? '';
    out.push({ place: t.region_name, year, kind: 'target', y: t.target, note: `${t.region_name} ${t.period} target ${t.qualifier ?? ''} ${t.target}${unit} (${t.target_document_id})` });
    if (t.actual !== null) {
      out.push({ place: t.region_name, year, kind: 'actual', y: t.actual, note: `${t.region_name} ${t.period} actual ${t.actual}${unit}: ${t.outcome} (${t.actual_document_id})` });
    }
  }
  return out;
}

/**
 * A self-contained HTML page (no script, no network): for every indicator with targets, a
 * small chart of targets (hollow) against results (filled) by year, one colour per place,
 * each target linked to its result; then the targets table and the failed checks. Charts are
 * drawn by Observable Plot into SVG when the page is written.
 *
 * @example
 * await writeFile('panel.html', panelPage(tables));
 */
export function panelPage(tables: PanelTables, title = 'zhibiao panel: targets against results'): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const charts: string[] = [];
  for (const [id, rows] of chartGroups(tables.targets)) {
    const [first] = rows;
    if (!first) continue;
    const points = pointsOf(rows);
    const links = rows.filter((t) => t.actual !== null).map((t) => ({ place: t.region_name, year: Number(t.period), y1: t.target, y2: t.actual ?? t.target }));
    const years = [...new Set(points.map((p) => p.year))].sort();
    // a single value (or all equal) gives Plot an empty domain: pad it so the axis reads
    const ys = points.map((p) => p.y);
    const [low, high] = [Math.min(...ys), Math.max(...ys)];
    const pad = low === high ? Math.max(1, Math.abs(low) * 0.1) : 0;
    const unit = first.measure === 'growth' ? `growth, ${first.target_unit ?? ''}` : (first.target_unit ?? '');
    const figure = Plot.plot({
      document,
      width: 300,
      height: 190,
      marginLeft: 48,
      x: { label: null, ticks: years, tickFormat: 'd', domain: [Math.min(...years) - 0.5, Math.max(...years) + 0.5] },
      y: { label: unit, grid: true, nice: true, domain: [low - pad, high + pad] },
      color: { legend: true },
      marks: [
        Plot.link(links, { x1: 'year', x2: 'year', y1: 'y1', y2: 'y2', stroke: 'place', strokeOpacity: 0.5 }),
        Plot.dot(points.filter((p) => p.kind === 'target'), { x: 'year', y: 'y', stroke: 'place', r: 5, strokeWidth: 2, title: 'note' }),
        Plot.dot(points.filter((p) => p.kind === 'actual'), { x: 'year', y: 'y', fill: 'place', r: 4, title: 'note' }),
      ],
    }) as unknown as { outerHTML: string };
    charts.push(
      `<section class="chart" data-indicator="${escapeHtml(id)}"><h2>${escapeHtml(first.label)} <small>${escapeHtml(first.measure)} · ${escapeHtml(first.canonical)}</small></h2>${figure.outerHTML}</section>`,
    );
  }
  const targetRows = tables.targets
    .map((t) => `<tr class="${t.outcome}"><td>${escapeHtml(t.region_name)}</td><td>${escapeHtml(t.label)}</td><td>${t.measure}</td><td>${t.period}</td><td>${t.rule}</td><td>${t.target}${escapeHtml(t.target_unit ?? '')}</td><td>${t.actual ?? ''}</td><td>${t.gap ?? ''}${t.gap === null ? '' : escapeHtml(t.gap_unit ?? '')}</td><td>${t.outcome}</td></tr>`)
    .join('\n');
  const failed = tables.checks.filter((c) => !c.passed);
  const checkRows = failed
    .map((c) => `<tr class="${c.severity}"><td>${escapeHtml(c.document_id)}</td><td>${escapeHtml(c.id)}</td><td>${c.severity}</td><td>${escapeHtml(c.message)}</td><td>${escapeHtml(c.indicatorIds.join(' '))}</td></tr>`)
    .join('\n');
  const met = tables.targets.filter((t) => t.outcome === 'met').length;
  const missed = tables.targets.filter((t) => t.outcome === 'missed').length;
  const unmatched = tables.targets.filter((t) => t.outcome === 'unmatched').length;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }
.charts { display: flex; flex-wrap: wrap; gap: 1em; }
.chart { border: 1px solid #ddd; padding: 0.5em; width: 320px; }
.chart h2 { font-size: 14px; margin: 0 0 0.3em; } .chart small { color: #777; font-weight: normal; }
table { border-collapse: collapse; margin-top: 1em; } td, th { border-bottom: 1px solid #eee; padding: 2px 8px; text-align: left; }
tr.missed td:last-child, tr.error td:nth-child(3) { color: #b00; } tr.met td:last-child { color: #070; } tr.unmatched td:last-child { color: #777; }
</style></head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="summary">${tables.panel.length} panel rows · ${tables.targets.length} targets: ${met} met, ${missed} missed, ${unmatched} without a result yet · ${failed.length} failed checks</p>
<p>Hollow: target; filled: result for the same year; a line joins them. Hover a point for its source.</p>
<div class="charts">
${charts.join('\n')}
</div>
<h2>Targets</h2>
<table id="targets"><thead><tr><th>place</th><th>indicator</th><th>measure</th><th>year</th><th>rule</th><th>target</th><th>actual</th><th>gap</th><th>outcome</th></tr></thead><tbody>
${targetRows}
</tbody></table>
<h2>Failed checks</h2>
<table id="checks"><thead><tr><th>document</th><th>check</th><th>severity</th><th>what</th><th>indicators</th></tr></thead><tbody>
${checkRows}
</tbody></table>
</body></html>
`;
}
