import type { Dimension } from '../schema/document.js';

/**
 * The project's taxonomy: a canonical key per measure, with the names reports use for it.
 * A synonym matches a whole name after area and time words are removed; a name that ends
 * with a synonym of four characters or more matches too (全区规上工业增加值).
 * English synonyms are matched on the compromise-normalised English text of a name.
 *
 * Beside the names, each entry says what the measure is, so the panel and the consistency
 * checks can read figures across reports: its English label, the dimension and base units
 * its values normalise to (`normalized.dimension` / `normalized.unit`), the unit its growth
 * is stated in, which way is better (how a target without a qualifier is read), and the
 * plausible ranges of a county-, district- or city-level figure. `examples` must map to the
 * key and `notExamples` must not: test/taxonomy/canonical.test.ts runs both.
 */
export interface CanonicalEntry {
  readonly key: string;
  /** Short English label for tables and charts. */
  readonly label: string;
  readonly synonyms: readonly string[];
  readonly english?: readonly string[];
  /** A name containing one of these is never this key (人均地区生产总值 is not gdp). */
  readonly notWith?: readonly string[];
  /** Synonyms matched only as the whole name: 农副食品加工业增加值 ends with 工业增加值 but is one branch. */
  readonly wholeOnly?: readonly string[];
  /** The dimension of `normalized` for a value of this measure. */
  readonly dimension: Dimension;
  /** Base units (`normalized.unit`) a value may have: 实际使用外资 is stated in CNY or USD. */
  readonly units: readonly string[];
  /** Plausible normalized value, inclusive; null when any value goes (a count of anything). */
  readonly valueRange: readonly [number, number] | null;
  /** Growth is a relative change (`%`) for amounts, a change in points (`pp`) for rates. */
  readonly growthUnit: '%' | 'pp';
  /** Plausible growth in `growthUnit`, inclusive. */
  readonly growthRange: readonly [number, number];
  /** Which way is good: a target with no qualifier is a floor (higher) or a ceiling (lower). */
  readonly better: 'higher' | 'lower' | 'neither';
  /** A level in % is this measure's growth (居民消费价格涨幅3% is CPI rising 3%). */
  readonly percentIsGrowth?: boolean;
  readonly examples?: readonly string[];
  readonly notExamples?: readonly string[];
}

const E8 = 1e8; // 亿
const E4 = 1e4; // 万

const amount = (max亿: number, min亿 = 0.01): readonly [number, number] => [min亿 * E8, max亿 * E8];

export const CANONICAL_TABLE: readonly CanonicalEntry[] = [
  // --- output ------------------------------------------------------------------------------
  {
    key: 'gdp', label: 'GDP', synonyms: ['地区生产总值', '生产总值', 'GDP', '国内生产总值'], english: ['gdp', 'gross domestic product'],
    notWith: ['人均', '单位', '能耗'], dimension: 'currency', units: ['CNY'], valueRange: amount(60000, 1), growthUnit: '%', growthRange: [-15, 25], better: 'higher',
    examples: ['全区地区生产总值', '2023年全县地区生产总值', 'GDP'], notExamples: ['人均地区生产总值', '单位地区生产总值能耗'],
  },
  {
    key: 'per_capita_gdp', label: 'GDP per capita', synonyms: ['人均地区生产总值', '人均生产总值', '人均GDP'], english: ['gdp per capita'],
    dimension: 'currency', units: ['CNY'], valueRange: [5000, 600000], growthUnit: '%', growthRange: [-15, 25], better: 'higher',
    notExamples: ['人均地区生产总值增加'],
  },
  {
    key: 'primary_value_added', label: 'Primary industry value added', synonyms: ['第一产业增加值'],
    dimension: 'currency', units: ['CNY'], valueRange: amount(5000, 0.01), growthUnit: '%', growthRange: [-20, 20], better: 'higher',
  },
  {
    key: 'secondary_value_added', label: 'Secondary industry value added', synonyms: ['第二产业增加值'],
    dimension: 'currency', units: ['CNY'], valueRange: amount(30000, 0.1), growthUnit: '%', growthRange: [-30, 40], better: 'higher',
  },
  {
    key: 'tertiary_value_added', label: 'Tertiary industry value added', synonyms: ['第三产业增加值', '服务业增加值'], wholeOnly: ['服务业增加值'], notExamples: ['其他服务业增加值'],
    dimension: 'currency', units: ['CNY'], valueRange: amount(40000, 0.1), growthUnit: '%', growthRange: [-20, 30], better: 'higher',
  },
  {
    key: 'primary_contribution_rate', label: 'Primary industry contribution to growth', synonyms: ['第一产业对经济增长的贡献率', '一产业对经济增长的贡献率', '第一产业贡献率'],
    dimension: 'percent', units: ['%'], valueRange: [-100, 200], growthUnit: 'pp', growthRange: [-100, 100], better: 'neither',
  },
  {
    key: 'secondary_contribution_rate', label: 'Secondary industry contribution to growth', synonyms: ['第二产业对经济增长的贡献率', '二产业对经济增长的贡献率', '第二产业贡献率'],
    dimension: 'percent', units: ['%'], valueRange: [-100, 200], growthUnit: 'pp', growthRange: [-100, 100], better: 'neither',
  },
  {
    key: 'tertiary_contribution_rate', label: 'Tertiary industry contribution to growth', synonyms: ['第三产业对经济增长的贡献率', '三产业对经济增长的贡献率', '第三产业贡献率'],
    dimension: 'percent', units: ['%'], valueRange: [-100, 200], growthUnit: 'pp', growthRange: [-100, 100], better: 'neither',
  },
  {
    key: 'industrial_value_added', label: 'Value added of industry above designated size', synonyms: ['规模以上工业增加值', '规上工业增加值', '规模工业增加值', '工业增加值'], wholeOnly: ['工业增加值'],
    dimension: 'currency', units: ['CNY'], valueRange: amount(30000, 0.1), growthUnit: '%', growthRange: [-30, 40], better: 'higher',
    examples: ['全区规上工业增加值', '全县规模工业增加值'], notExamples: ['农副食品加工业增加值', '装备制造业增加值'],
  },
  {
    key: 'industrial_output', label: 'Gross output of industry above designated size', synonyms: ['规模以上工业总产值', '规上工业总产值', '规模工业总产值', '工业总产值'],
    notWith: ['比重', '占'], dimension: 'currency', units: ['CNY'], valueRange: amount(100000, 0.5), growthUnit: '%', growthRange: [-30, 50], better: 'higher',
    notExamples: ['规模以上工业总产值比重'],
  },
  {
    key: 'construction_output', label: 'Gross output of construction', synonyms: ['建筑业总产值'],
    dimension: 'currency', units: ['CNY'], valueRange: amount(20000, 0.1), growthUnit: '%', growthRange: [-50, 60], better: 'higher',
  },
  {
    key: 'agricultural_output', label: 'Gross output of farming, forestry, husbandry and fishery', synonyms: ['农林牧渔业总产值', '农林牧渔业增加值'],
    dimension: 'currency', units: ['CNY'], valueRange: amount(5000, 0.1), growthUnit: '%', growthRange: [-20, 20], better: 'higher',
  },
  {
    key: 'grain_output', label: 'Grain output', synonyms: ['粮食总产量', '粮食产量'],
    dimension: 'mass', units: ['kg'], valueRange: [1e5, 8e10], growthUnit: '%', growthRange: [-40, 40], better: 'higher',
    notExamples: ['粮食总产量增加', '粮食平均亩产'],
  },
  {
    key: 'grain_sown_area', label: 'Grain sown area', synonyms: ['粮食播种面积', '粮食作物播种面积'], notWith: ['其他', '增加'], notExamples: ['其他粮食作物播种面积'],
    dimension: 'area', units: ['亩'], valueRange: [1e3, 2e8], growthUnit: '%', growthRange: [-30, 30], better: 'higher',
  },
  {
    key: 'pigs_slaughtered', label: 'Pigs slaughtered', synonyms: ['生猪出栏', '生猪出栏量', '出栏生猪'],
    dimension: 'count', units: ['count'], valueRange: [100, 1e8], growthUnit: '%', growthRange: [-60, 80], better: 'higher',
  },
  {
    key: 'electricity_consumption', label: 'Electricity consumption', synonyms: ['全社会用电量'],
    dimension: 'energy', units: ['kWh'], valueRange: [1e6, 5e11], growthUnit: '%', growthRange: [-30, 50], better: 'neither',
    notExamples: ['工业用电量'],
  },
  // --- investment, consumption, trade -------------------------------------------------------
  {
    key: 'fixed_asset_investment', label: 'Fixed-asset investment', synonyms: ['固定资产投资', '全社会固定资产投资', '固定资产投资额'],
    notWith: ['工业', '比重', '占'], dimension: 'currency', units: ['CNY'], valueRange: amount(50000, 0.5), growthUnit: '%', growthRange: [-60, 80], better: 'higher',
    notExamples: ['固定资产投资比重', '工业固定资产投资'],
  },
  {
    key: 'industrial_investment', label: 'Industrial investment', synonyms: ['工业投资', '工业固定资产投资'],
    notWith: ['比重', '占'], dimension: 'currency', units: ['CNY'], valueRange: amount(20000, 0.1), growthUnit: '%', growthRange: [-60, 100], better: 'higher',
  },
  {
    key: 'real_estate_investment', label: 'Real estate development investment', synonyms: ['房地产开发投资', '房地产开发投资额', '房地产投资'],
    dimension: 'currency', units: ['CNY'], valueRange: amount(20000, 0.1), growthUnit: '%', growthRange: [-80, 100], better: 'neither',
  },
  {
    key: 'private_investment', label: 'Private investment', synonyms: ['民间投资', '民间固定资产投资'],
    dimension: 'currency', units: ['CNY'], valueRange: amount(30000, 0.1), growthUnit: '%', growthRange: [-60, 80], better: 'higher',
  },
  {
    key: 'retail_sales', label: 'Retail sales of consumer goods', synonyms: ['社会消费品零售总额', '社会消费品零售额', '社零额', '社零总额'],
    dimension: 'currency', units: ['CNY'], valueRange: amount(20000, 0.5), growthUnit: '%', growthRange: [-30, 40], better: 'higher',
    examples: ['全区社会消费品零售总额', '社零额'],
  },
  {
    key: 'online_retail_sales', label: 'Online retail sales', synonyms: ['网络零售额', '网上零售额'], notWith: ['农产品', '农村'], notExamples: ['农产品网络零售额'],
    dimension: 'currency', units: ['CNY'], valueRange: amount(20000, 0.01), growthUnit: '%', growthRange: [-50, 200], better: 'higher',
  },
  {
    key: 'foreign_trade', label: 'Imports and exports', synonyms: ['外贸进出口', '进出口总额', '外贸进出口总额', '货物进出口总额', '进出口', '外贸进出口额'],
    notWith: ['比重', '实绩'], dimension: 'currency', units: ['CNY', 'USD'], valueRange: amount(50000, 0.01), growthUnit: '%', growthRange: [-70, 150], better: 'higher',
  },
  {
    key: 'exports', label: 'Exports', synonyms: ['出口', '出口总额', '出口额'], notWith: ['订单'],
    dimension: 'currency', units: ['CNY', 'USD'], valueRange: amount(30000, 0.01), growthUnit: '%', growthRange: [-70, 150], better: 'higher',
    notExamples: ['出口订单增加'],
  },
  {
    key: 'imports', label: 'Imports', synonyms: ['进口', '进口总额', '进口额'],
    dimension: 'currency', units: ['CNY', 'USD'], valueRange: amount(30000, 0.01), growthUnit: '%', growthRange: [-80, 200], better: 'neither',
  },
  {
    key: 'actual_foreign_investment', label: 'Foreign direct investment, utilised', synonyms: ['实际使用外资', '实际利用外资', '实际使用外资金额', '实际到账外资'],
    dimension: 'currency', units: ['USD', 'CNY'], valueRange: [1e4, 5e11], growthUnit: '%', growthRange: [-95, 500], better: 'higher',
  },
  // --- public finance, money ----------------------------------------------------------------
  {
    key: 'general_public_budget_revenue', label: 'General public budget revenue',
    synonyms: ['一般公共预算收入', '地方一般公共预算收入', '一般公共财政预算收入', '地方财政一般预算收入', '一般预算收入'],
    dimension: 'currency', units: ['CNY'], valueRange: amount(10000, 0.05), growthUnit: '%', growthRange: [-50, 60], better: 'higher',
    examples: ['2023年全县一般公共预算收入'],
  },
  {
    key: 'tax_revenue', label: 'Tax revenue', synonyms: ['税收收入', '税收'], notWith: ['占比', '比重', '增加'],
    dimension: 'currency', units: ['CNY'], valueRange: amount(8000, 0.03), growthUnit: '%', growthRange: [-60, 80], better: 'higher',
    notExamples: ['税收占比'],
  },
  {
    key: 'general_public_budget_expenditure', label: 'General public budget expenditure', synonyms: ['一般公共预算支出', '地方一般公共预算支出', '一般预算支出'],
    notWith: ['比重', '占'], dimension: 'currency', units: ['CNY'], valueRange: amount(12000, 0.1), growthUnit: '%', growthRange: [-50, 60], better: 'neither',
    notExamples: ['一般公共预算支出比重'],
  },
  {
    key: 'deposits_balance', label: 'Deposits of financial institutions, year-end', synonyms: ['各项存款余额', '人民币各项存款余额', '存款余额', '本外币存款余额', '外币存款余额'],
    notWith: ['住户', '企业', '单位', '储蓄', '个人', '财政', '增加', '小微', '涉农'],
    dimension: 'currency', units: ['CNY'], valueRange: amount(200000, 1), growthUnit: '%', growthRange: [-30, 50], better: 'higher',
    notExamples: ['住户存款余额', '非金融企业存款余额', '存款余额增加'],
  },
  {
    key: 'loans_balance', label: 'Loans of financial institutions, year-end', synonyms: ['各项贷款余额', '人民币各项贷款余额', '贷款余额', '本外币贷款余额'],
    notWith: ['涉农', '住户', '企', '单位', '小微', '个人', '增加', '绿色', '普惠'],
    dimension: 'currency', units: ['CNY'], valueRange: amount(200000, 1), growthUnit: '%', growthRange: [-30, 60], better: 'higher',
    notExamples: ['涉农贷款余额', '企（事）业单位贷款余额', '惠小微贷款余额'],
  },
  {
    key: 'cpi', label: 'Consumer prices', synonyms: ['居民消费价格', '居民消费价格指数', 'CPI', '居民消费价格涨幅', '居民消费价格总水平'],
    english: ['cpi', 'consumer price index'], dimension: 'index', units: ['index'], valueRange: [90, 115], growthUnit: '%', growthRange: [-5, 10],
    better: 'lower', percentIsGrowth: true, examples: ['Consumer Price Index'],
  },
  // --- people, jobs, income -----------------------------------------------------------------
  {
    key: 'per_capita_disposable_income', label: 'Disposable income per capita',
    synonyms: ['居民人均可支配收入', '城乡居民人均可支配收入', '全体居民人均可支配收入', '人均可支配收入'],
    dimension: 'currency', units: ['CNY'], valueRange: [5000, 150000], growthUnit: '%', growthRange: [-10, 20], better: 'higher',
  },
  {
    key: 'per_capita_disposable_income_urban', label: 'Urban disposable income per capita', synonyms: ['城镇居民人均可支配收入', '城镇常住居民人均可支配收入'],
    dimension: 'currency', units: ['CNY'], valueRange: [8000, 150000], growthUnit: '%', growthRange: [-10, 20], better: 'higher',
  },
  {
    key: 'per_capita_disposable_income_rural', label: 'Rural disposable income per capita',
    synonyms: ['农村居民人均可支配收入', '农村常住居民人均可支配收入', '农民人均可支配收入'],
    dimension: 'currency', units: ['CNY'], valueRange: [3000, 80000], growthUnit: '%', growthRange: [-10, 25], better: 'higher',
  },
  {
    key: 'new_urban_jobs', label: 'New urban jobs', synonyms: ['城镇新增就业', '城镇新增就业人数', '新增城镇就业', '城镇新增就业人员'],
    dimension: 'count', units: ['count'], valueRange: [50, 2e6], growthUnit: '%', growthRange: [-80, 200], better: 'higher',
  },
  {
    key: 'urban_unemployment_rate', label: 'Urban surveyed unemployment rate', synonyms: ['城镇调查失业率'],
    dimension: 'percent', units: ['%'], valueRange: [0.5, 15], growthUnit: 'pp', growthRange: [-5, 5], better: 'lower',
    notExamples: ['城镇登记失业率'],
  },
  {
    key: 'urban_registered_unemployment_rate', label: 'Urban registered unemployment rate', synonyms: ['城镇登记失业率'],
    dimension: 'percent', units: ['%'], valueRange: [0.5, 15], growthUnit: 'pp', growthRange: [-5, 5], better: 'lower',
  },
  {
    key: 'resident_population', label: 'Resident population, year-end', synonyms: ['常住人口', '年末常住人口', '常住总人口'],
    notWith: ['城镇', '农村', '乡村', '减少', '增加', '城镇化'], dimension: 'count', units: ['count'], valueRange: [1e4, 4e7], growthUnit: '%', growthRange: [-10, 10], better: 'neither',
    notExamples: ['城镇常住人口', '常住人口减少', '常住人口城镇化率'],
  },
  {
    key: 'registered_population', label: 'Registered (hukou) population, year-end', synonyms: ['户籍人口', '年末户籍人口', '户籍总人口'],
    notWith: ['减少', '增加', '城镇化'], dimension: 'count', units: ['count'], valueRange: [1e4, 4e7], growthUnit: '%', growthRange: [-10, 10], better: 'neither',
  },
  {
    key: 'urbanization_rate', label: 'Urbanisation rate (resident population)', synonyms: ['常住人口城镇化率', '城镇化率', '户籍人口城镇化率'],
    dimension: 'percent', units: ['%'], valueRange: [5, 100], growthUnit: 'pp', growthRange: [-3, 6], better: 'higher',
  },
  {
    key: 'birth_rate', label: 'Birth rate', synonyms: ['人口出生率', '出生率'], notWith: ['死亡'],
    dimension: 'percent', units: ['%'], valueRange: [0.2, 2.5], growthUnit: 'pp', growthRange: [-1, 1], better: 'neither',
  },
  {
    key: 'death_rate', label: 'Death rate', synonyms: ['人口死亡率', '死亡率'], notWith: ['婴儿', '孕产妇', '儿童', '事故', '新生儿'],
    dimension: 'percent', units: ['%'], valueRange: [0.2, 2], growthUnit: 'pp', growthRange: [-1, 1], better: 'neither',
    notExamples: ['婴儿死亡率', '5岁以下儿童死亡率', '孕产妇死亡率', '地区生产总值生产安全事故死亡率'],
  },
  {
    key: 'natural_growth_rate', label: 'Natural population growth rate', synonyms: ['人口自然增长率', '自然增长率'],
    dimension: 'percent', units: ['%'], valueRange: [-1.5, 2], growthUnit: 'pp', growthRange: [-1, 1], better: 'neither',
  },
  // --- innovation, health -------------------------------------------------------------------
  {
    key: 'rd_intensity', label: 'R&D spending as a share of GDP', synonyms: ['研发经费投入强度', '全社会研发经费投入强度', '研发投入强度', 'R&D经费投入强度'],
    dimension: 'percent', units: ['%'], valueRange: [0, 10], growthUnit: 'pp', growthRange: [-2, 2], better: 'higher',
  },
  {
    key: 'high_tech_enterprises', label: 'High-tech enterprises', synonyms: ['高新技术企业', '国家高新技术企业'],
    dimension: 'count', units: ['count'], valueRange: [1, 50000], growthUnit: '%', growthRange: [-50, 300], better: 'higher',
  },
  {
    key: 'invention_patents_per_10k', label: 'Invention patents per 10,000 people',
    synonyms: ['每万人发明专利拥有量', '每万人口发明专利拥有量', '每万人口有效发明专利拥有量', '每万人口高价值发明专利拥有量'],
    notWith: ['增加'], dimension: 'count', units: ['count'], valueRange: [0, 300], growthUnit: '%', growthRange: [-50, 200], better: 'higher',
  },
  {
    key: 'doctors_per_1000', label: 'Licensed doctors per 1,000 people', synonyms: ['每千人口执业（助理）医师', '每千人口执业医师', '每千人口执业(助理)医师'],
    dimension: 'count', units: ['count'], valueRange: [0.5, 10], growthUnit: '%', growthRange: [-30, 50], better: 'higher',
  },
  {
    key: 'hospital_beds_per_1000', label: 'Hospital beds per 1,000 people', synonyms: ['每千人口医疗机构床位数', '每千人口医疗卫生机构床位', '每千人口医疗卫生机构床位数', '每千人口床位数'],
    dimension: 'count', units: ['count'], valueRange: [1, 20], growthUnit: '%', growthRange: [-30, 50], better: 'higher',
  },
  // --- tourism, environment -----------------------------------------------------------------
  {
    key: 'tourism_revenue', label: 'Tourism revenue', synonyms: ['旅游总收入', '旅游收入', '旅游综合收入'],
    dimension: 'currency', units: ['CNY'], valueRange: amount(20000, 0.01), growthUnit: '%', growthRange: [-90, 300], better: 'higher',
  },
  {
    key: 'tourist_arrivals', label: 'Tourist arrivals', synonyms: ['接待游客', '接待国内外游客', '游客接待量', '接待游客人次'], notWith: ['日均', '景区', '期间'], notExamples: ['期间主要景区日均接待游客'],
    dimension: 'count', units: ['count'], valueRange: [1e3, 5e8], growthUnit: '%', growthRange: [-90, 300], better: 'higher',
  },
  {
    key: 'energy_intensity', label: 'Energy use per unit of GDP', synonyms: ['单位地区生产总值能耗', '单位GDP能耗', '万元GDP能耗', '万元地区生产总值能耗'],
    dimension: 'energy', units: ['tce'], valueRange: [0.05, 5], growthUnit: '%', growthRange: [-30, 20], better: 'lower',
  },
  {
    key: 'pm25', label: 'PM2.5, annual mean', synonyms: ['细颗粒物年均浓度', 'PM2.5年均浓度', 'PM2.5平均浓度', '细颗粒物（PM2.5）年均浓度', '细颗粒物平均浓度'],
    dimension: 'concentration', units: ['μg/m3'], valueRange: [3, 150], growthUnit: '%', growthRange: [-60, 60], better: 'lower',
  },
  {
    key: 'good_air_days_ratio', label: 'Share of days with good air', synonyms: ['空气质量优良天数比例', '优良天数比例', '空气优良率', '空气质量优良率'],
    dimension: 'percent', units: ['%'], valueRange: [20, 100], growthUnit: 'pp', growthRange: [-30, 30], better: 'higher',
  },
  {
    key: 'air_quality_index', label: 'Composite air quality index', synonyms: ['环境空气质量综合指数', '空气质量综合指数'],
    dimension: 'index', units: ['index'], valueRange: [1, 12], growthUnit: '%', growthRange: [-50, 50], better: 'lower',
  },
  {
    key: 'forest_coverage', label: 'Forest coverage', synonyms: ['森林覆盖率'],
    dimension: 'percent', units: ['%'], valueRange: [0, 95], growthUnit: 'pp', growthRange: [-5, 10], better: 'higher',
  },
];

/** The parts of a whole that must add up to it: 三次产业增加值 make up 地区生产总值. */
export interface SumRule {
  readonly id: string;
  readonly whole: string | null;
  readonly parts: readonly string[];
  /** Shares add up to a fixed total (100 for shares in %) instead of a whole's value. */
  readonly total?: number;
}

export const SUM_RULES: readonly SumRule[] = [
  { id: 'industries-sum-to-gdp', whole: 'gdp', parts: ['primary_value_added', 'secondary_value_added', 'tertiary_value_added'] },
  { id: 'contributions-sum-to-100', whole: null, parts: ['primary_contribution_rate', 'secondary_contribution_rate', 'tertiary_contribution_rate'], total: 100 },
];
