import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadPanelDocuments, PanelInputError } from './load-documents.js';
import type { PanelDocument, TargetRow } from './panel-schema.js';
import { panelTables } from './panel-tables.js';
import { writePanel, type PanelFormat, type PanelTables } from './write-panel.js';

/**
 * `zhibiao panel <paths…> [--out FILE] [--format …]`: 0 written, 1 an input could not be
 * read (one line naming it; nothing written).
 */
export async function runPanelCommand(paths: readonly string[], options: { out?: string; format: PanelFormat }): Promise<number> {
  let tables: PanelTables;
  let docs: PanelDocument[];
  try {
    docs = loadPanelDocuments(paths);
    tables = panelTables(docs);
  } catch (error) {
    if (!(error instanceof PanelInputError)) throw error;
    process.stderr.write(`zhibiao: ${error.message}\n`);
    return 1;
  }
  const out = options.out ?? `output/panel.${options.format}`;
  mkdirSync(dirname(out), { recursive: true });
  const render = async (): Promise<string> => (await import('./panel-page.js')).panelPage(tables);
  const files = await writePanel(tables, out, options.format, render);
  const unplaced = docs.filter((d) => d.document.region === null).map((d) => d.document.id);
  if (unplaced.length > 0) process.stderr.write(`zhibiao: no region, left out of the panel: ${unplaced.join(', ')}\n`);
  const outcome = (o: TargetRow['outcome']): number => tables.targets.filter((t) => t.outcome === o).length;
  process.stderr.write(
    `${docs.length} documents, ${tables.panel.length} panel rows, ${tables.targets.length} targets ` +
      `(${outcome('met')} met, ${outcome('missed')} missed, ${outcome('unmatched')} unmatched), ` +
      `${tables.checks.filter((c) => !c.passed).length} failed checks → ${files.join(', ')}\n`,
  );
  return 0;
}
