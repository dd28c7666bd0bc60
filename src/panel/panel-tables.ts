import { buildPanel } from './build-panel.js';
import { joinTargets } from './join-targets.js';
import { panelChecks } from './panel-checks.js';
import type { PanelCheck, PanelDocument, PanelRow, TargetRow } from './panel-schema.js';

/**
 * Panel, targets and checks of a set of documents: the library behind `zhibiao panel`
 * (pure; reading and writing files is the command's).
 *
 * @example
 * const { panel, targets, checks } = panelTables([extract(text2023, { id: 'a' }), extract(text2024, { id: 'b' })]);
 */
export function panelTables(docs: readonly PanelDocument[]): { panel: PanelRow[]; targets: TargetRow[]; checks: PanelCheck[] } {
  const panel = buildPanel(docs);
  return { panel, targets: joinTargets(panel), checks: panelChecks(docs, panel) };
}
