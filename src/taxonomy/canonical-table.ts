/**
 * The project's taxonomy: a canonical key per measure, with the names reports use for it.
 * A synonym matches a whole name after area and time words are removed; `also` lists
 * looser forms matched only at the end of a name (规上工业增加值 in 全区规上工业增加值).
 * English synonyms are matched on the compromise-normalised English text of a name.
 */
export interface CanonicalEntry {
  readonly key: string;
  readonly synonyms: readonly string[];
  readonly english?: readonly string[];
  /** A name containing one of these is never this key (人均地区生产总值 is not gdp). */
  readonly notWith?: readonly string[];
}

export const CANONICAL_TABLE: readonly CanonicalEntry[] = [
  { key: 'gdp', synonyms: ['地区生产总值', '生产总值', 'GDP', '国内生产总值'], english: ['gdp', 'gross domestic product'], notWith: ['人均', '单位', '能耗'] },
  { key: 'per_capita_gdp', synonyms: ['人均地区生产总值', '人均生产总值', '人均GDP'], english: ['gdp per capita'] },
  { key: 'primary_value_added', synonyms: ['第一产业增加值'] },
  { key: 'secondary_value_added', synonyms: ['第二产业增加值'] },
  { key: 'tertiary_value_added', synonyms: ['第三产业增加值', '服务业增加值'] },
  { key: 'general_public_budget_revenue', synonyms: ['一般公共预算收入', '地方一般公共预算收入', '一般公共财政预算收入', '地方财政一般预算收入'] },
  { key: 'general_public_budget_expenditure', synonyms: ['一般公共预算支出', '地方一般公共预算支出'] },
  { key: 'fixed_asset_investment', synonyms: ['固定资产投资', '全社会固定资产投资', '固定资产投资额'], notWith: ['工业'] },
  { key: 'foreign_trade', synonyms: ['外贸进出口', '进出口总额', '外贸进出口总额', '货物进出口总额', '进出口'] },
  { key: 'exports', synonyms: ['出口', '出口总额', '出口额'], notWith: ['订单'] },
  { key: 'imports', synonyms: ['进口', '进口总额', '进口额'] },
  { key: 'retail_sales', synonyms: ['社会消费品零售总额', '社会消费品零售额'] },
  { key: 'industrial_value_added', synonyms: ['规模以上工业增加值', '规上工业增加值', '工业增加值'] },
  { key: 'per_capita_disposable_income', synonyms: ['居民人均可支配收入', '城乡居民人均可支配收入', '全体居民人均可支配收入', '人均可支配收入'] },
  { key: 'per_capita_disposable_income_urban', synonyms: ['城镇居民人均可支配收入', '城镇常住居民人均可支配收入'] },
  { key: 'per_capita_disposable_income_rural', synonyms: ['农村居民人均可支配收入', '农村常住居民人均可支配收入', '农民人均可支配收入'] },
  { key: 'actual_foreign_investment', synonyms: ['实际使用外资', '实际利用外资', '实际使用外资金额', '实际到账外资'] },
  { key: 'cpi', synonyms: ['居民消费价格', '居民消费价格指数', 'CPI'], english: ['cpi', 'consumer price index'] },
  { key: 'urban_unemployment_rate', synonyms: ['城镇调查失业率', '城镇登记失业率'] },
  { key: 'new_urban_jobs', synonyms: ['城镇新增就业', '城镇新增就业人数', '新增城镇就业'] },
  { key: 'energy_intensity', synonyms: ['单位地区生产总值能耗', '单位GDP能耗', '万元GDP能耗', '万元地区生产总值能耗'] },
  { key: 'grain_output', synonyms: ['粮食总产量', '粮食产量'] },
  { key: 'deposits_balance', synonyms: ['各项存款余额', '人民币各项存款余额', '存款余额'] },
  { key: 'loans_balance', synonyms: ['各项贷款余额', '人民币各项贷款余额', '贷款余额'], notWith: ['涉农'] },
  { key: 'tourism_revenue', synonyms: ['旅游总收入', '旅游收入'] },
  { key: 'tourist_arrivals', synonyms: ['接待游客', '接待国内外游客', '游客接待量'] },
  { key: 'forest_coverage', synonyms: ['森林覆盖率'] },
  { key: 'good_air_days_ratio', synonyms: ['空气质量优良天数比例', '优良天数比例', '空气优良率'] },
  { key: 'air_quality_index', synonyms: ['环境空气质量综合指数', '空气质量综合指数'] },
  { key: 'registered_population', synonyms: ['户籍人口', '年末户籍人口'] },
  { key: 'resident_population', synonyms: ['常住人口', '年末常住人口'] },
];
