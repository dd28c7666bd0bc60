import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extract } from '../../src/pipeline.js';

type Expected = {
  name?: string;
  value: number | null;
  unit?: string | null;
  growth?: { value: number; unit: string; basis?: 'yoy' | null } | null;
  qualifier?: string | null;
  status?: string;
  ruleId?: string;
};

function simple(text: string): Expected[] {
  return extract(text).indicators.map((i) => ({
    name: i.name ?? '',
    value: i.value,
    unit: i.unit,
    growth: i.growth ? { value: i.growth.value, unit: i.growth.unit, basis: i.growth.basis } : null,
    qualifier: i.qualifier,
    status: i.status,
    ruleId: i.ruleId,
  }));
}

describe('indicator rules: what one indicator is', () => {
  test.each<[string, string, Expected[]]>([
    ['value then growth in the next clause', '外贸进出口完成48.5亿元，同比增长3.4%。', [
      { name: '外贸进出口', value: 48.5, unit: '亿元', growth: { value: 3.4, unit: '%', basis: 'yoy' }, ruleId: 'value-then-growth' },
    ]],
    ['growth alone, qualifier after', '固定资产投资增长10%以上。', [
      { name: '固定资产投资', value: null, growth: { value: 10, unit: '%', basis: null }, qualifier: 'at_least' },
    ]],
    ['a level percentage', '学前教育公办率达到60%。', [{ name: '学前教育公办率', value: 60, unit: '%', growth: null }]],
    ['提高到 is a level', '报销比例提高到70%。', [{ name: '报销比例', value: 70, unit: '%', growth: null }]],
    ['提高…个百分点 is growth in pp', '森林覆盖率提高0.4个百分点。', [{ name: '森林覆盖率', value: null, growth: { value: 0.4, unit: 'pp', basis: null } }]],
    ['a fall is negative', '渔业产值3.95亿元，下降3.9%。', [{ name: '渔业产值', value: 3.95, growth: { value: -3.9, unit: '%', basis: null } }]],
    ['增长-0.8% keeps its sign', '第三产业投资89.73亿元，增长-0.8%。', [{ value: 89.73, growth: { value: -0.8, unit: '%', basis: null } }]],
    ['a rank change', '全省排名较2022年同比提升31个位次。', [{ name: '排名', value: null, growth: { value: 31, unit: '位次', basis: 'yoy' } }]],
    ['a count named by the noun after it', '组建电机、泵、耐火材料等7个产业联盟。', [{ name: '产业联盟', value: 7, unit: '个', ruleId: 'count-then-name' }]],
    ['a count named by the words before it', '新增首贷286户，贷款金额3.32亿元。', [
      { name: '新增首贷', value: 286, unit: '户' },
      { name: '贷款金额', value: 3.32, unit: '亿元' },
    ]],
    ['a list sharing a verb', '新增创新型中小企业46家、科技型中小企业43家。', [
      { name: '新增创新型中小企业', value: 46, unit: '家' },
      { name: '科技型中小企业', value: 43, unit: '家' },
    ]],
    ['分别 splits a shared name', '城镇和农村居民人均可支配收入分别为38560元和21340元，分别增长5.1%和6.7%。', [
      { name: '城镇居民人均可支配收入', value: 38560, unit: '元', growth: { value: 5.1, unit: '%', basis: null } },
      { name: '农村居民人均可支配收入', value: 21340, unit: '元', growth: { value: 6.7, unit: '%', basis: null } },
    ]],
    ['an increase stated as an amount', '粮食播种面积86.42万亩，比上年增加0.57万亩。', [
      { name: '粮食播种面积', value: 86.42, unit: '万亩' },
      { name: '粮食播种面积增加', value: 0.57, unit: '万亩', ruleId: 'change-amount' },
    ]],
    ['a comparison with another area', '规模以上工业增加值增长8.2%，高于全市2.1个百分点。', [
      { name: '规模以上工业增加值', value: null, growth: { value: 8.2, unit: '%', basis: null } },
      { name: '规模以上工业增加值', value: null, growth: { value: 2.1, unit: 'pp', basis: null } },
    ]],
    ['a threshold inside a category', '92个村集体经济收入达到50万元。', [{ name: '村集体经济收入达到50万元', value: 92, unit: '个', ruleId: 'count-of-category' }]],
    ['a bare index value', '环境空气质量综合指数达到4.15。', [{ name: '环境空气质量综合指数', value: 4.15, unit: null, ruleId: 'index-value' }]],
    ['Chinese numerals', '乡村医生人均年收入达到二万三千五百元。', [{ name: '乡村医生人均年收入', value: 23500, unit: '元' }]],
    ['预计 makes an estimate', '预计全区地区生产总值完成282亿元。', [{ name: '地区生产总值', value: 282, status: 'estimate' }]],
    ['a target cue makes a target', '力争新引进过亿元项目35个以上。', [{ value: 35, unit: '个', qualifier: 'at_least', status: 'target' }]],
    ['a range keeps its low end', '每户补助3-5万元。', [{ value: 3, unit: '万元' }]],
    ['full-width digits', '农村危房改造２８６户。', [{ name: '农村危房改造', value: 286, unit: '户' }]],
    ['a milestone restates the exact value after it', '年末市场主体总数突破9万户，达到9.2万户，增长8.4%。', [
      { name: '市场主体总数', value: 9.2, unit: '万户', growth: { value: 8.4, unit: '%', basis: null } },
    ]],
    ['a share between a value and its growth', '接待国内外游客1268万人次，恢复到2019年同期的112%，同比增长46.7%。', [
      { name: '接待国内外游客', value: 1268, unit: '万人次', growth: { value: 46.7, unit: '%', basis: 'yoy' } },
      { value: 112, unit: '%', growth: null },
    ]],
    ['a state verb before the figure', '森林覆盖率稳定在43%以上。', [{ name: '森林覆盖率', value: 43, unit: '%', qualifier: 'at_least' }]],
    ['a rank move written 位', '增速位次前移2位。', [{ value: null, growth: { value: 2, unit: '位次', basis: null } }]],
    ['a count that marks out what a rate covers', '3个国控、省控断面水质优良比例保持100%。', [{ value: 100, unit: '%', ruleId: 'rate-of-counted-scope' }]],
    ['values listed, then 分别 growths', '接待游客486.3万人次，实现旅游综合收入41.2亿元，分别增长15.7%和18.3%。', [
      { name: '接待游客', value: 486.3, unit: '万人次', growth: { value: 15.7, unit: '%', basis: null } },
      { name: '旅游综合收入', value: 41.2, unit: '亿元', growth: { value: 18.3, unit: '%', basis: null } },
    ]],
    ['a rank change stays an item of its own', '群众安全感满意度达到98.3%，比上年前移3位。', [
      { name: '满意度', value: 98.3, unit: '%', growth: null },
      { value: null, growth: { value: 3, unit: '位次', basis: 'yoy' } },
    ]],
    ['a verb before, the name after', '设立1000万元人才发展专项资金。', [{ name: '人才发展专项资金', value: 1000, unit: '万元' }]],
    ['成 is a tenth', '坚持把财政支出的八成以上用于民生。', [{ value: 8, unit: '成', qualifier: 'at_least' }]],
    ['members of a counted group share its head', '新材料、装备制造两大主导产业分别实现产值168.3亿元和124.6亿元。', [
      { name: '新材料产业产值', value: 168.3, unit: '亿元' },
      { name: '装备制造产业产值', value: 124.6, unit: '亿元' },
    ]],
    ['a quoted programme before the verbs names the count', '“高效办成一件事”落地实施16项。', [{ name: '高效办成一件事', value: 16, unit: '项' }]],
    ['places moved in a ranking', '在全市营商环境评价中由第7位上升至第3位，前进4个位次。', [
      { name: '营商环境评价', value: null, growth: { value: 4, unit: '位次', basis: null } },
    ]],
    ['a time word after a count belongs to the noun', '新建两所九年一贯制学校。', [{ name: '九年一贯制学校', value: 2, unit: '所' }]],
    ['a comparison with a target names the measure before', '固定资产投资增长4.8%，低于年初预期目标3.2个百分点。', [
      { name: '固定资产投资', growth: { value: 4.8, unit: '%', basis: null }, value: null },
      { name: '固定资产投资', growth: { value: -3.2, unit: 'pp', basis: null }, value: null },
    ]],
    ['突破 is more than', '市场主体总数突破9万户。', [{ value: 9, unit: '万户', qualifier: 'more_than' }]],
    ['the level reached from an earlier one', '城乡居民收入比由上年的1.83缩小至1.81。', [{ name: '城乡居民收入比', value: 1.81, unit: null }]],
  ])('%s', (_case, text, expected) => {
    expect(simple(text)).toMatchObject(expected);
  });
});

describe('indicator rules: numbers that are not indicators', () => {
  test.each([
    ['a date', '2024年1月9日在博山区第十九届人民代表大会第三次会议上'],
    ['a plan name', '2024年是实施“十四五”规划的重要一年。'],
    ['a slogan', '锚定产业振兴、环境优美、群众满意“三大目标”。'],
    ['a formula', '优化“1+6+N”情指行一体化运行机制。'],
    ['a grade', '岜山中医药健康旅游景区创建为国家4A级景区。'],
    ['a policy title', '出台《博山区促进产业高质量发展十四条措施》。'],
    ['a ranking name', '在中国民营企业500强峰会现场签约。'],
    ['a category threshold', '年主营业务收入2000万元及以上的工业企业。'],
    ['a structure ratio', '三次产业结构调整为14.2:38.6:47.2。'],
    ['words that hold numerals', '进一步推进一体化，一般公共预算收入保持稳定增长。'],
    ['sessions and congresses', '全面贯彻落实党的二十大和二十届二中全会精神，提请区三届人大四次会议审议。'],
    ['a numbered line', '地铁3号线云梧段完成土建施工。'],
    ['a package named by its count', '区级十件民生实事全面完成。'],
    ['a programme named by its span', '深入实施特色产业提升三年行动。'],
    ['a duration of a plan', '用3-5年时间，培育龙头企业。'],
    ['a top rank', '确保营商环境评价进入全市前3位。'],
    ['members named before their count', '建成青檀、枫林两个农业高质量发展示范区。'],
    ['an anniversary', '2024年是中华人民共和国成立75周年。'],
    ['a peer group in a ranking', '增速在全市11个县（市、区）中居第3位。'],
    ['a threshold defining villages', '全面消除年收入20万元以下的薄弱村。'],
  ])('%s', (_case, text) => {
    expect(extract(text).indicators).toEqual([]);
  });
});

describe('extract on arbitrary text', () => {
  const reportish = fc.array(
    fc.constantFrom(...'0123456789.%，。、一二三十百万亿元个户增长下降同比以上左右约余\n （）“”《》１２％ 年月日第级', '地区生产总值', '完成', '分别', '个百分点', 'mg/l', '亩'),
    { maxLength: 60 },
  ).map((parts) => parts.join(''));

  test('never throws, and every span points at its text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), reportish), (text) => {
        const doc = extract(text);
        for (const i of doc.indicators) expect(text.slice(i.span.start, i.span.end)).toBe(i.text);
        for (const u of doc.unclaimed) expect(text.slice(u.span.start, u.span.end)).toBe(u.text);
        expect(doc.coverage.claimed + doc.unclaimed.length).toBe(doc.coverage.numbers);
      }),
      { numRuns: 300 },
    );
  });
});
