import { rmSync, renameSync } from 'node:fs';
import { dirname, basename, extname, join } from 'node:path';
import Database from 'better-sqlite3';
import { writeFileAtomic } from '../output/atomic-file.js';
import type { PanelCheck, PanelRow, TargetRow } from './panel-schema.js';

export const PANEL_FORMATS = ['csv', 'jsonl', 'sqlite', 'html'] as const;
export type PanelFormat = (typeof PANEL_FORMATS)[number];

/** The three tables a panel run produces. */
export interface PanelTables {
  readonly panel: readonly PanelRow[];
  readonly targets: readonly TargetRow[];
  readonly checks: readonly PanelCheck[];
}

type Cell = string | number | boolean | null | readonly string[] | Readonly<Record<string, number>>;
type Row = Readonly<Record<string, Cell>>;

/**
 * Where the targets and checks go beside the panel file: `panel.csv` → `panel.targets.csv`,
 * `panel.checks.csv`. SQLite and HTML hold all three in the one file.
 *
 * @example
 * besideFile('out/panel.csv', 'targets') // 'out/panel.targets.csv'
 */
export function besideFile(out: string, table: 'targets' | 'checks'): string {
  const ext = extname(out);
  return join(dirname(out), `${basename(out, ext)}.${table}${ext}`);
}

/** Writes the tables in `format`; every file is written to a temporary name and renamed. */
export async function writePanel(tables: PanelTables, out: string, format: PanelFormat, html?: () => Promise<string>): Promise<string[]> {
  switch (format) {
    case 'csv':
    case 'jsonl': {
      const render = format === 'csv' ? toCsv : toJsonl;
      const files: [string, readonly Row[]][] = [[out, tables.panel], [besideFile(out, 'targets'), tables.targets], [besideFile(out, 'checks'), tables.checks.map(flatCheck)]];
      for (const [file, rows] of files) await writeFileAtomic(file, render(rows));
      return files.map(([file]) => file);
    }
    case 'sqlite':
      writeSqlite(tables, out);
      return [out];
    case 'html':
      if (!html) throw new Error('no page renderer');
      await writeFileAtomic(out, await html());
      return [out];
  }
}

/** A check's expected range becomes two columns in flat formats. */
function flatCheck(c: PanelCheck): Row {
  const { expected, tolerance, ...rest } = c;
  const range = typeof expected === 'number' ? null : expected;
  return { ...rest, expected: range ? null : (expected as number), expected_min: range?.min ?? null, expected_max: range?.max ?? null, tolerance: tolerance ?? null };
}

const BOM = '\uFEFF';

function csvCell(value: Cell | undefined): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join(';') : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** UTF-8 with BOM (for spreadsheets), CRLF, a header row; lists are joined with `;`. */
function toCsv(rows: readonly Row[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const lines = [columns.join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))];
  return BOM + lines.map((l) => `${l}\r\n`).join('');
}

function toJsonl(rows: readonly Row[]): string {
  return rows.map((r) => `${JSON.stringify(r)}\n`).join('');
}

function writeSqlite(tables: PanelTables, out: string): void {
  const temp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  rmSync(temp, { force: true });
  const db = new Database(temp);
  try {
    db.transaction(() => {
      insertAll(db, 'panel', tables.panel);
      insertAll(db, 'targets', tables.targets);
      insertAll(db, 'checks', tables.checks.map(flatCheck));
      db.exec('CREATE INDEX panel_key_idx ON panel (canonical, period); CREATE INDEX targets_key_idx ON targets (canonical, period)');
    })();
    db.close();
    renameSync(temp, out);
  } catch (error) {
    if (db.open) db.close();
    rmSync(temp, { force: true });
    throw error;
  }
}

function insertAll(db: Database.Database, table: string, rows: readonly Row[]): void {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  if (columns.length === 0) {
    db.exec(`CREATE TABLE ${table} (empty INTEGER)`);
    return;
  }
  const typeOf = (c: string): string => {
    const sample = rows.map((r) => r[c]).find((v) => v !== null && v !== undefined);
    return typeof sample === 'number' ? 'REAL' : typeof sample === 'boolean' ? 'INTEGER' : 'TEXT';
  };
  db.exec(`CREATE TABLE ${table} (${columns.map((c) => `"${c}" ${typeOf(c)}`).join(', ')})`);
  const insert = db.prepare(`INSERT INTO ${table} VALUES (${columns.map(() => '?').join(', ')})`);
  for (const r of rows) {
    insert.run(...columns.map((c) => {
      const v = r[c];
      if (v === undefined || v === null) return null;
      if (typeof v === 'boolean') return v ? 1 : 0;
      if (Array.isArray(v)) return JSON.stringify(v);
      if (typeof v === 'object') return JSON.stringify(v);
      return v as string | number;
    }));
  }
}
