import { describe, expect, test } from 'vitest';
import { DimensionSchema } from '../../src/schema/document.js';
import { canonicalEntry, canonicalKey } from '../../src/taxonomy/canonical.js';
import { CANONICAL_TABLE, SUM_RULES } from '../../src/taxonomy/canonical-table.js';

describe('canonical keys', () => {
  test.each(CANONICAL_TABLE.flatMap((e) => e.synonyms.map((s) => [s, e.key] as const)))('%s → %s', (synonym, key) => {
    expect(canonicalKey(synonym)).toBe(key);
  });

  test.each(CANONICAL_TABLE.flatMap((e) => (e.examples ?? []).map((s) => [s, e.key] as const)))('example %s → %s', (name, key) => {
    expect(canonicalKey(name)).toBe(key);
  });

  test.each(CANONICAL_TABLE.flatMap((e) => (e.notExamples ?? []).map((s) => [s, e.key] as const)))('counter-example %s is not %s', (name, key) => {
    expect(canonicalKey(name)).not.toBe(key);
  });

  test.each([
    ['全区地区生产总值', 'gdp'],
    ['2023年全县一般公共预算收入', 'general_public_budget_revenue'],
    ['全区规上工业增加值', 'industrial_value_added'],
    ['规模工业增加值', 'industrial_value_added'],
    ['城镇居民人均可支配收入', 'per_capita_disposable_income_urban'],
    ['人均地区生产总值', 'per_capita_gdp'],
    ['单位地区生产总值能耗', 'energy_intensity'],
    ['GDP', 'gdp'],
    ['Consumer Price Index', 'cpi'],
    ['社零额', 'retail_sales'],
    ['全县城镇登记失业率', 'urban_registered_unemployment_rate'],
    ['年末金融机构本外币存款余额', 'deposits_balance'],
    ['人口出生率', 'birth_rate'],
    ['二产业对经济增长的贡献率', 'secondary_contribution_rate'],
  ])('%s → %s', (name, key) => {
    expect(canonicalKey(name)).toBe(key);
  });

  test.each([
    '新增首贷', '产业联盟', '涉农贷款余额', '出口订单增加', '技改投资', '', '比重',
    // changes and shares of a measure are not the measure
    '贷款余额增加', '常住人口减少', '税收占比', '一般公共预算支出比重', '固定资产投资比重', '人均地区生产总值增加',
    // parts and kinds that only contain a key's name
    '住户存款余额', '城镇常住人口', '婴儿死亡率', '工业用电量',
  ])('%s has no key', (name) => {
    expect(canonicalKey(name)).toBeNull();
  });
});

describe('the taxonomy table', () => {
  test('covers at least 40 indicators, each key once, no name claimed by two keys', () => {
    expect(CANONICAL_TABLE.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CANONICAL_TABLE.map((e) => e.key)).size).toBe(CANONICAL_TABLE.length);
    const owner = new Map<string, string>();
    for (const e of CANONICAL_TABLE) {
      for (const s of e.synonyms) {
        expect(owner.get(s), `${s} in ${e.key} and ${owner.get(s)}`).toBeUndefined();
        owner.set(s, e.key);
      }
    }
  });

  test.each([
    'gdp', 'primary_value_added', 'secondary_value_added', 'tertiary_value_added', 'industrial_value_added',
    'fixed_asset_investment', 'retail_sales', 'general_public_budget_revenue', 'general_public_budget_expenditure',
    'tax_revenue', 'per_capita_disposable_income_urban', 'per_capita_disposable_income_rural', 'foreign_trade',
    'actual_foreign_investment', 'grain_output', 'resident_population', 'urbanization_rate', 'cpi',
    'deposits_balance', 'loans_balance', 'new_urban_jobs', 'urban_registered_unemployment_rate', 'birth_rate', 'death_rate',
  ])('the issue names %s', (key) => {
    expect(canonicalEntry(key)).toBeDefined();
  });

  test.each(CANONICAL_TABLE.map((e) => [e.key, e] as const))('%s: label, dimension, units and ranges make sense', (_key, e) => {
    expect(e.label).toMatch(/^[A-Z][\w ,.&()'-]+$/);
    expect(DimensionSchema.safeParse(e.dimension).success).toBe(true);
    expect(e.units.length).toBeGreaterThan(0);
    if (e.dimension === 'percent') expect(e.units).toEqual(['%']);
    if (e.valueRange) expect(e.valueRange[0]).toBeLessThan(e.valueRange[1]);
    expect(e.growthRange[0]).toBeLessThan(0);
    expect(e.growthRange[1]).toBeGreaterThan(0);
    // rates change in points, amounts in per cent
    expect(e.growthUnit).toBe(e.dimension === 'percent' ? 'pp' : '%');
  });

  test.each([
    ['gdp', 28_200_000_000, true], ['gdp', 282, false],
    ['per_capita_disposable_income_urban', 58_746, true], ['per_capita_disposable_income_urban', 5_874_600_000, false],
    ['urban_registered_unemployment_rate', 2.74, true], ['urban_registered_unemployment_rate', 27.4, false],
    ['birth_rate', 0.675, true], ['birth_rate', 6.75, false],
    ['grain_output', 348_620_000, true], ['cpi', 100.4, true], ['cpi', 0.4, false],
  ] as const)('%s value %d plausible: %s', (key, value, plausible) => {
    const range = canonicalEntry(key)?.valueRange;
    expect(range).toBeTruthy();
    if (range) expect(value >= range[0] && value <= range[1]).toBe(plausible);
  });

  test('sum rules name keys of the table', () => {
    for (const rule of SUM_RULES) {
      for (const key of [...rule.parts, ...(rule.whole ? [rule.whole] : [])]) expect(canonicalEntry(key), key).toBeDefined();
    }
  });
});
