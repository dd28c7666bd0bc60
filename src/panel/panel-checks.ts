import { checkDocument, type PreviousYear } from '../checks/check-document.js';
import { placeOf } from './build-panel.js';
import type { PanelCheck, PanelDocument, PanelRow } from './panel-schema.js';

/**
 * The checks of every document, run again with what the panel knows: last year's value of
 * the same place (its `actual` row, else its `estimate`) for the growth check, which a
 * document alone cannot run.
 *
 * @example
 * panelChecks(docs, buildPanel(docs)).filter((c) => c.id === 'growth-matches-previous-year')
 */
export function panelChecks(docs: readonly PanelDocument[], panel: readonly PanelRow[]): PanelCheck[] {
  const values = new Map<string, PanelRow>();
  for (const row of panel) {
    if (row.measure !== 'value' || row.status === 'target' || row.normalized_value === null || row.value === null) continue;
    const id = [row.place, row.canonical, row.period].join('\u0000');
    const seen = values.get(id);
    if (!seen || (seen.status === 'estimate' && row.status === 'actual')) values.set(id, row);
  }
  const out: PanelCheck[] = [];
  for (const doc of docs) {
    const place = placeOf(doc);
    const previous: PreviousYear = (key, period) => {
      const row = place === null ? undefined : values.get([place, key, period].join('\u0000'));
      return row && row.normalized_value !== null && row.value !== null
        ? { indicatorId: row.indicator_id, normalizedValue: row.normalized_value, value: row.value }
        : undefined;
    };
    for (const check of checkDocument(doc.indicators, previous)) out.push({ ...check, place: place ?? '', document_id: doc.document.id });
  }
  return out;
}
