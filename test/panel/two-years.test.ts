import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { panelTables } from '../../src/panel/panel-tables.js';
import type { PanelCheck, PanelRow, TargetRow } from '../../src/panel/panel-schema.js';
import { extract } from '../../src/pipeline.js';

/** The reports as extracted now: two years of 云梧区 and of 青岚县, and the seed (博山区 2023). */
const REPORTS = {
  'yunwu-2023': 'dev/yunwu-2023.txt',
  'yunwu-2024': 'panel/yunwu-2024.txt',
  'qinglan-2023': 'qinglan-2023.txt',
  'qinglan-2024': 'panel/qinglan-2024.txt',
};

let tables: { panel: PanelRow[]; targets: TargetRow[]; checks: PanelCheck[] };

beforeAll(() => {
  const docs = Object.entries(REPORTS).map(([id, path]) => extract(readFileSync(new URL(`../fixtures/reports/${path}`, import.meta.url), 'utf8'), { id }));
  docs.push(extract(readFileSync(new URL('../../corpus/boshan-2023.txt', import.meta.url), 'utf8'), { id: 'boshan-2023' }));
  tables = panelTables(docs);
}, 60_000);

const target = (place: string, key: string, period: string, measure: 'value' | 'growth'): TargetRow | undefined =>
  tables.targets.find((t) => t.place === place && t.canonical === key && t.period === period && t.measure === measure);

describe('targets of 2024 against the results of 2024', () => {
  test.each([
    ['gdp', 'growth', 5.5, 5.2, 'about', 'met'],
    ['industrial_value_added', 'growth', 7, 6.4, 'at_least', 'missed'],
    ['fixed_asset_investment', 'growth', 6, 4.3, 'at_least', 'missed'],
    ['retail_sales', 'growth', 7, 6.9, 'about', 'met'],
    ['retail_sales', 'value', 350, 349.2, 'at_least', 'missed'],
    ['cpi', 'growth', 3, 0.2, 'about', 'missed'],
    ['good_air_days_ratio', 'value', 82, 83.1, 'at_least', 'met'],
    ['new_urban_jobs', 'value', 1.2, 1.46, 'at_least', 'met'],
    ['urban_unemployment_rate', 'value', 5.5, 5, 'at_most', 'met'],
    ['actual_foreign_investment', 'value', 19000, 19650, 'at_least', 'met'],
    ['grain_output', 'value', 5, 5.2, 'at_least', 'met'],
  ] as const)('云梧区 %s %s: %d against %d', (key, measure, stated, actual, rule, outcome) => {
    expect(target('云梧区', key, '2024', measure)).toMatchObject({
      target: stated, actual, rule, outcome, target_document_id: 'yunwu-2023', actual_document_id: 'yunwu-2024', actual_status: 'actual',
    });
  });

  test("the seed's 2024 targets and 云梧区's 2025 targets have no result yet", () => {
    const boshan = tables.targets.filter((t) => t.place === '370304');
    expect(boshan.length).toBeGreaterThanOrEqual(4);
    expect(boshan.every((t) => t.period === '2024' && t.outcome === 'unmatched')).toBe(true);
    const yunwu2025 = tables.targets.filter((t) => t.place === '云梧区' && t.period === '2025');
    expect(yunwu2025.length).toBeGreaterThanOrEqual(10);
    expect(yunwu2025.every((t) => t.outcome === 'unmatched' && t.target_document_id === 'yunwu-2024')).toBe(true);
  });
});

describe('the panel across years', () => {
  test('GDP of each place by year, from the report of that year', () => {
    const gdp = tables.panel.filter((r) => r.canonical === 'gdp' && r.measure === 'value' && r.status === 'actual');
    expect(gdp.map((r) => [r.place, r.period, r.value, r.document_id])).toEqual([
      ['云梧区', '2023', 682.4, 'yunwu-2023'],
      ['云梧区', '2024', 718.6, 'yunwu-2024'],
      ['青岚县', '2023', 286.44, 'qinglan-2023'],
      ['青岚县', '2024', 301.28, 'qinglan-2024'],
    ]);
  });

  test('a figure stated in the text and again in the table is one row; the table cell stays traceable', () => {
    const row = tables.panel.find((r) => r.place === '云梧区' && r.canonical === 'gdp' && r.period === '2024' && r.measure === 'value');
    expect(row?.indicator_id).toBe('yunwu-2024:1');
    expect(row?.alternate_ids.length).toBeGreaterThanOrEqual(1);
  });
});

describe('checks with last year', () => {
  const growthChecks = (doc: string): PanelCheck[] => tables.checks.filter((c) => c.document_id === doc && c.id === 'growth-matches-previous-year');

  test.each(['yunwu-2024', 'qinglan-2024'])('%s: values and growth agree with last year, but for the one planted slip', (doc) => {
    const checks = growthChecks(doc);
    expect(checks.length).toBeGreaterThanOrEqual(15);
    const failed = checks.filter((c) => !c.passed).map((c) => c.canonical);
    expect(failed).toEqual(doc === 'qinglan-2024' ? ['construction_output'] : []);
  });

  test('the first year has nothing to compare with', () => {
    expect(growthChecks('yunwu-2023')).toEqual([]);
  });

  test.each(['yunwu-2024', 'qinglan-2024'])('%s: industries add up to GDP', (doc) => {
    expect(tables.checks.find((c) => c.document_id === doc && c.id === 'industries-sum-to-gdp')).toMatchObject({ passed: true });
  });

  test('qinglan-2024: contribution shares add up to 100', () => {
    expect(tables.checks.find((c) => c.document_id === 'qinglan-2024' && c.id === 'contributions-sum-to-100')).toMatchObject({ passed: true, found: 100 });
  });
});
