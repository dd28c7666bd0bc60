import { describe, expect, test } from 'vitest';
import { canonicalKey } from '../../src/taxonomy/canonical.js';
import { CANONICAL_TABLE } from '../../src/taxonomy/canonical-table.js';

describe('canonical keys', () => {
  test.each(CANONICAL_TABLE.flatMap((e) => e.synonyms.map((s) => [s, e.key] as const)))('%s → %s', (synonym, key) => {
    expect(canonicalKey(synonym)).toBe(key);
  });

  test.each([
    ['全区地区生产总值', 'gdp'],
    ['2023年全县一般公共预算收入', 'general_public_budget_revenue'],
    ['全区规上工业增加值', 'industrial_value_added'],
    ['城镇居民人均可支配收入', 'per_capita_disposable_income_urban'],
    ['人均地区生产总值', 'per_capita_gdp'],
    ['单位地区生产总值能耗', 'energy_intensity'],
    ['GDP', 'gdp'],
    ['Consumer Price Index', 'cpi'],
  ])('%s → %s', (name, key) => {
    expect(canonicalKey(name)).toBe(key);
  });

  test.each(['新增首贷', '产业联盟', '涉农贷款余额', '出口订单增加', '技改投资', '', '比重'])('%s has no key', (name) => {
    expect(canonicalKey(name)).toBeNull();
  });
});
