/**
 * The relational schema of CONTRACT §1 (`documents`, `sections`, `indicators`, `unclaimed`),
 * written once as data and rendered into SQL that SQLite and PostgreSQL both accept: the
 * column types (TEXT, INTEGER, DOUBLE PRECISION), `IF NOT EXISTS`, composite primary keys and
 * `ON DELETE CASCADE` mean the same in both dialects, so one string serves both databases.
 * The column lists also drive the row builders and the insert/COPY statements, so a column
 * is named in exactly one place.
 */

/** Columns of each table, in insert order, with their SQL type and column constraints. */
export const TABLES = {
  documents: {
    columns: {
      id: 'TEXT PRIMARY KEY',
      sha256: 'TEXT UNIQUE',
      source: 'TEXT',
      encoding: 'TEXT NOT NULL',
      format: 'TEXT',
      title: 'TEXT',
      region_name: 'TEXT',
      region_code: 'TEXT',
      region_parent: 'TEXT',
      report_year: 'INTEGER',
      coverage_numbers: 'INTEGER NOT NULL',
      coverage_claimed: 'INTEGER NOT NULL',
      coverage_ratio: 'DOUBLE PRECISION NOT NULL',
      warnings: 'TEXT NOT NULL',
      schema_version: 'TEXT NOT NULL',
      created_at: 'TEXT NOT NULL',
    },
    primaryKey: null,
  },
  sections: {
    columns: {
      document_id: 'TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE',
      id: 'TEXT NOT NULL',
      seq: 'INTEGER NOT NULL',
      parent_id: 'TEXT',
      level: 'INTEGER NOT NULL',
      ordinal: 'TEXT NOT NULL',
      title: 'TEXT NOT NULL',
      span_start: 'INTEGER NOT NULL',
      span_end: 'INTEGER NOT NULL',
      topic: 'TEXT NOT NULL',
    },
    primaryKey: ['document_id', 'id'],
  },
  indicators: {
    columns: {
      document_id: 'TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE',
      id: 'TEXT NOT NULL',
      seq: 'INTEGER NOT NULL',
      name: 'TEXT',
      canonical: 'TEXT',
      value: 'DOUBLE PRECISION',
      value_high: 'DOUBLE PRECISION',
      unit: 'TEXT',
      normalized_value: 'DOUBLE PRECISION',
      normalized_value_high: 'DOUBLE PRECISION',
      normalized_unit: 'TEXT',
      normalized_square_metres: 'DOUBLE PRECISION',
      dimension: 'TEXT',
      growth_value: 'DOUBLE PRECISION',
      growth_unit: 'TEXT',
      growth_basis: 'TEXT',
      growth_text: 'TEXT',
      growth_qualifier: 'TEXT',
      qualifier: 'TEXT',
      status: 'TEXT NOT NULL',
      period: 'TEXT',
      section_id: 'TEXT',
      sentence: 'TEXT NOT NULL',
      span_start: 'INTEGER NOT NULL',
      span_end: 'INTEGER NOT NULL',
      text: 'TEXT NOT NULL',
      rule_id: 'TEXT NOT NULL',
    },
    primaryKey: ['document_id', 'id'],
  },
  unclaimed: {
    columns: {
      document_id: 'TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE',
      seq: 'INTEGER NOT NULL',
      text: 'TEXT NOT NULL',
      span_start: 'INTEGER NOT NULL',
      span_end: 'INTEGER NOT NULL',
      reason: 'TEXT NOT NULL',
      rule_id: 'TEXT',
    },
    primaryKey: ['document_id', 'seq'],
  },
} as const;

export type TableName = keyof typeof TABLES;

/** A value either database stores as is. */
export type SqlValue = string | number | null;

/** One row of `table`, keyed by column name; the type checker keeps it in step with {@link TABLES}. */
export type TableRow<T extends TableName> = { readonly [C in keyof (typeof TABLES)[T]['columns']]: SqlValue };

/** Secondary indexes, named so that `IF NOT EXISTS` recognises them on a re-run. */
const INDEXES: readonly { readonly name: string; readonly table: TableName; readonly columns: readonly string[] }[] = [
  { name: 'indicators_document_idx', table: 'indicators', columns: ['document_id'] },
  { name: 'indicators_canonical_period_idx', table: 'indicators', columns: ['canonical', 'period'] },
  { name: 'indicators_name_idx', table: 'indicators', columns: ['name'] },
  { name: 'sections_document_idx', table: 'sections', columns: ['document_id'] },
  { name: 'unclaimed_document_idx', table: 'unclaimed', columns: ['document_id'] },
];

/**
 * Column names of `table`, in the order of {@link TABLES}.
 *
 * @example
 * columnsOf('unclaimed'); // ['document_id', 'seq', 'text', 'span_start', 'span_end', 'reason', 'rule_id']
 */
export function columnsOf<T extends TableName>(table: T): readonly (keyof (typeof TABLES)[T]['columns'] & string)[] {
  return Object.keys(TABLES[table].columns) as (keyof (typeof TABLES)[T]['columns'] & string)[];
}

function createTableSql(table: TableName): string {
  const spec = TABLES[table];
  const lines = Object.entries(spec.columns).map(([name, type]) => `  ${name} ${type}`);
  if (spec.primaryKey) lines.push(`  PRIMARY KEY (${spec.primaryKey.join(', ')})`);
  return `CREATE TABLE IF NOT EXISTS ${table} (\n${lines.join(',\n')}\n);`;
}

/**
 * The whole schema as one script of `CREATE … IF NOT EXISTS` statements, run as is by
 * SQLite (`db.exec`) and PostgreSQL (simple query protocol). Re-running it is a no-op.
 *
 * @example
 * db.exec(SCHEMA_SQL); // creates documents, sections, indicators, unclaimed and their indexes
 */
export const SCHEMA_SQL: string = [
  ...(Object.keys(TABLES) as TableName[]).map(createTableSql),
  ...INDEXES.map((ix) => `CREATE INDEX IF NOT EXISTS ${ix.name} ON ${ix.table} (${ix.columns.join(', ')});`),
].join('\n');

/**
 * SQLite-only connection settings: foreign keys are off by default and are per connection;
 * WAL lets readers query the database while a batch writes it.
 */
export const SQLITE_PRAGMAS: readonly string[] = ['journal_mode = WAL', 'foreign_keys = ON', 'synchronous = NORMAL'];

/** Deletes the earlier version of a document: same id, or same bytes under another id. Cascades to its rows. */
export const DELETE_DOCUMENT_SQL = {
  sqlite: 'DELETE FROM documents WHERE id = ? OR sha256 = ?',
  postgres: 'DELETE FROM documents WHERE id = $1 OR sha256 = $2',
} as const;
