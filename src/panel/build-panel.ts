import type { Indicator } from '../schema/document.js';
import { pickMeasures, type Measure } from '../taxonomy/measures.js';
import type { PanelDocument, PanelRow } from './panel-schema.js';

/** The key a place is known by across reports: its code, else its name; null when unplaced. */
export function placeOf(doc: PanelDocument): string | null {
  const region = doc.document.region;
  return region ? (region.code ?? region.name) : null;
}

interface Candidate {
  readonly doc: PanelDocument;
  readonly measure: Measure;
  readonly others: readonly Measure[];
}

/**
 * The long table across documents. Within a document the pick rule of
 * {@link pickMeasures} keeps one statement per measure; across documents of one place the
 * latest report wins (a later report revises an earlier estimate), then the document id.
 * Every statement not kept is listed in `alternate_ids` of the row it lost to.
 *
 * @example
 * buildPanel([yunwu2023, yunwu2024]).find((r) => r.canonical === 'gdp' && r.period === '2024' && r.status === 'target')
 * // { place: '云梧区', measure: 'growth', growth: 5.5, qualifier: 'about', document_id: 'yunwu-2023', … }
 */
export function buildPanel(docs: readonly PanelDocument[]): PanelRow[] {
  const best = new Map<string, { winner: Candidate; losers: string[] }>();
  for (const doc of docs) {
    const place = placeOf(doc);
    if (place === null) continue;
    for (const g of pickMeasures(doc.indicators)) {
      const id = [place, g.key, g.period, g.status, g.measure].join('\u0000');
      const candidate: Candidate = { doc, measure: g.picked, others: g.others };
      const seen = best.get(id);
      if (!seen) {
        best.set(id, { winner: candidate, losers: [] });
      } else if (later(candidate, seen.winner)) {
        seen.losers.push(seen.winner.measure.indicator.id, ...seen.winner.others.map((m) => m.indicator.id));
        seen.winner = candidate;
      } else {
        seen.losers.push(candidate.measure.indicator.id, ...candidate.others.map((m) => m.indicator.id));
      }
    }
  }
  const rows = [...best.values()].map(({ winner, losers }) => toRow(winner, losers));
  return rows.sort(
    (a, b) =>
      a.place.localeCompare(b.place) || a.canonical.localeCompare(b.canonical) || a.period.localeCompare(b.period) ||
      a.status.localeCompare(b.status) || a.measure.localeCompare(b.measure),
  );
}

function later(a: Candidate, b: Candidate): boolean {
  const ya = a.doc.document.reportYear ?? -Infinity;
  const yb = b.doc.document.reportYear ?? -Infinity;
  return ya !== yb ? ya > yb : a.doc.document.id > b.doc.document.id;
}

function toRow({ doc, measure: m, others }: Candidate, losers: readonly string[]): PanelRow {
  const region = doc.document.region;
  const ind: Indicator = m.indicator;
  const isValue = m.measure === 'value';
  return {
    place: region?.code ?? region?.name ?? '',
    region_code: region?.code ?? null,
    region_name: region?.name ?? '',
    region_parent: region?.parent ?? null,
    canonical: m.entry.key,
    label: m.entry.label,
    period: ind.period ?? '',
    status: ind.status,
    measure: m.measure,
    value: isValue ? m.value : null,
    unit: isValue ? m.unit : null,
    normalized_value: isValue ? m.normalizedValue : null,
    normalized_unit: isValue ? m.normalizedUnit : null,
    growth: isValue ? null : m.value,
    growth_unit: isValue ? null : m.unit,
    qualifier: m.qualifier,
    name: ind.name,
    document_id: doc.document.id,
    report_year: doc.document.reportYear,
    indicator_id: ind.id,
    alternate_ids: [...others.map((o) => o.indicator.id), ...losers],
  };
}
