// Gold annotation, pass B, for yunwu-2023 (澜州市云梧区 2023 计划执行情况与 2024 计划草案的报告).
// Made from the source text, /work/shared/CONTRACT.md §3 and docs/annotation.md only.
// Pass B reads the report in reverse: the entries below are listed from the LAST paragraph
// backwards to the first; the output is sorted by span.start.
// Sections (per the brief): 第一部分 → s1, its 一、 → s1.N, its （一） → s1.N.M, its 1． → s1.N.M
// (a 1． directly under an 一、); 第二部分 → s2; 第三部分 → s3, s3.N, s3.N.M.
// Status: 第一部分 actual (预计 → estimate); 第二/第三部分 target (预计 → estimate).
// Period: 第一部分 "2023"; 第二/第三部分 "2024".
//
// Run: node test/gold/passes/yunwu-2023.pass-b.mjs   (from /work/main)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, '..', '..', '..');
const SOURCE = 'test/fixtures/reports/dev/yunwu-2023.txt';
const OUT = join(here, 'yunwu-2023.pass-b.json');
const src = readFileSync(join(ROOT, SOURCE), 'utf8');

const G = (value, unit, basis, text) => ({ value, unit, basis, text });

// Block defaults: section, status, period.
let cur = {};
const at = (sectionId, status, period) => { cur = { sectionId, status, period }; };
const entries = [];
const E = (o) => entries.push({
  valueHigh: undefined, growth: null, qualifier: null, ...cur, ...o,
});

// ─────────────────────────── 第三部分 2024年主要任务 (target, 2024) ───────────────────────────
// Last paragraph (各位代表，做好2024年…): a date only, no item.

// 七、坚持统筹发展和安全 → s3.7
at('s3.7', 'target', '2024');
// “双下降” is a slogan (§2), no item.
E({ anchor: '全年压减一般性支出10%以上', text: '压减一般性支出10%以上', name: '一般性支出', value: null, unit: null,
  growth: G(-10, '%', null, '压减一般性支出10%以上'), qualifier: 'at_least',
  note: '§1 a fall → negative growth; §3 name drops the growth verb, span starts at the verb (降低运输成本60%)' });
E({ anchor: '应急物资储备满足不少于7天的需求', text: '应急物资储备满足不少于7天', name: '应急物资储备', value: 7, unit: '天',
  qualifier: 'at_least', note: 'a capacity measured in days of need, not a date/duration (see questions); 不少于 → at_least' });
E({ anchor: '群众安全感满意度保持在98%以上', text: '群众安全感满意度保持在98%以上', name: '群众安全感满意度', value: 98, unit: '%', qualifier: 'at_least' });

// 六、坚持民生优先 → s3.6
at('s3.6', 'target', '2024');
E({ anchor: '确保民生支出占一般公共预算支出比重保持在75%以上', text: '民生支出占一般公共预算支出比重保持在75%以上',
  name: '民生支出占一般公共预算支出比重', value: 75, unit: '%', qualifier: 'at_least' });
E({ anchor: '实施就业优先战略，城镇新增就业1.2万人以上', text: '城镇新增就业1.2万人以上', name: '城镇新增就业', value: 1.2, unit: '万人', qualifier: 'at_least' });
E({ anchor: '帮助失业人员再就业3000人', text: '失业人员再就业3000人', name: '失业人员再就业', value: 3000, unit: '人',
  note: '§3 name: 帮助 is an activity verb, dropped (no stock)' });
E({ anchor: '新建、改扩建学校6所', text: '新建、改扩建学校6所', name: '新建、改扩建学校', value: 6, unit: '所', note: '§3 name: 新建 selects, stays' });
E({ anchor: '新增学位4500个', text: '新增学位4500个', name: '新增学位', value: 4500, unit: '个' });
// 创建三级医院: grade (§2), no item.
E({ anchor: '每千人口医疗机构床位数达到6.4张', text: '每千人口医疗机构床位数达到6.4张', name: '每千人口医疗机构床位数', value: 6.4, unit: '张' });
E({ anchor: '新增养老机构床位400张', text: '新增养老机构床位400张', name: '新增养老机构床位', value: 400, unit: '张' });
E({ anchor: '筹集保障性租赁住房2000套（间）', text: '筹集保障性租赁住房2000套（间）', name: '筹集保障性租赁住房', value: 2000, unit: '套（间）',
  note: '§3 name: 筹集 picks out the ones raised in the period, stays (as 筹建); unit as written, see questions' });
E({ anchor: '城乡低保标准再提高5%左右', text: '城乡低保标准再提高5%左右', name: '城乡低保标准', value: null, unit: null,
  growth: G(5, '%', null, '提高5%左右'), qualifier: 'about' });
E({ anchor: '举办文化惠民演出200场以上', text: '文化惠民演出200场以上', name: '文化惠民演出', value: 200, unit: '场', qualifier: 'at_least',
  note: '§3 name: 举办 dropped' });
E({ anchor: '新建城市书房5家', text: '新建城市书房5家', name: '新建城市书房', value: 5, unit: '家' });

// 五、坚持绿色发展 → s3.5
at('s3.5', 'target', '2024');
E({ anchor: '细颗粒物年均浓度控制在30微克/立方米以内', text: '细颗粒物年均浓度控制在30微克/立方米以内', name: '细颗粒物年均浓度', value: 30, unit: '微克/立方米', qualifier: 'at_most' });
E({ anchor: '空气质量优良天数比例不低于82%', text: '空气质量优良天数比例不低于82%', name: '空气质量优良天数比例', value: 82, unit: '%', qualifier: 'at_least' });
E({ anchor: '，国控、省控断面水质优良比例保持100%', text: '国控、省控断面水质优良比例保持100%', name: '国控、省控断面水质优良比例', value: 100, unit: '%' });
E({ anchor: '完成造林绿化1万亩', text: '造林绿化1万亩', name: '造林绿化', value: 1, unit: '万亩', note: '§3 name: 完成 dropped (an activity)' });
E({ anchor: '森林覆盖率稳定在43%以上', text: '森林覆盖率稳定在43%以上', name: '森林覆盖率', value: 43, unit: '%', qualifier: 'at_least' });
E({ anchor: '新增分布式光伏装机5万千瓦', text: '新增分布式光伏装机5万千瓦', name: '新增分布式光伏装机', value: 5, unit: '万千瓦' });
E({ anchor: '新建公共充电桩1000个', text: '新建公共充电桩1000个', name: '新建公共充电桩', value: 1000, unit: '个' });
E({ anchor: '创建省级以上绿色工厂5家', text: '创建省级以上绿色工厂5家', name: '创建省级以上绿色工厂', value: 5, unit: '家',
  note: '§3 name: 创建 stays (yuanfeng decision); 省级以上 in the name' });

// 四、坚持城乡融合 → s3.4
at('s3.4', 'target', '2024');
E({ anchor: '计划改造老旧小区52个', text: '改造老旧小区52个', name: '改造老旧小区', value: 52, unit: '个', note: '计划 is a cue word, dropped; 改造 selects' });
E({ anchor: '加装电梯100部', text: '加装电梯100部', name: '加装电梯', value: 100, unit: '部' });
E({ anchor: '新建城市道路15条、约20公里', text: '新建城市道路15条', name: '新建城市道路', value: 15, unit: '条' });
E({ anchor: '新建城市道路15条、约20公里', text: '约20公里', name: '新建城市道路', value: 20, unit: '公里', qualifier: 'about',
  note: '§1 second figure without a name: takes the name of the item it continues, span on the clause' });
E({ anchor: '新增公共停车泊位3000个以上', text: '新增公共停车泊位3000个以上', name: '新增公共停车泊位', value: 3000, unit: '个', qualifier: 'at_least' });
// 地铁3号线: a name (§2), no item.
E({ anchor: '新增公园绿地20公顷', text: '新增公园绿地20公顷', name: '新增公园绿地', value: 20, unit: '公顷' });
E({ anchor: '人均公园绿地面积达到15平方米', text: '人均公园绿地面积达到15平方米', name: '人均公园绿地面积', value: 15, unit: '平方米' });
E({ anchor: '新改建农村公路40公里', text: '新改建农村公路40公里', name: '新改建农村公路', value: 40, unit: '公里' });
E({ anchor: '农村生活污水治理率提高到68%', text: '农村生活污水治理率提高到68%', name: '农村生活污水治理率', value: 68, unit: '%',
  note: '§1 提高到 a level is a value' });
E({ anchor: '村级集体经济年经营性收入50万元以上的村占比达到50%以上', text: '村级集体经济年经营性收入50万元以上的村占比达到50%以上',
  name: '村级集体经济年经营性收入50万元以上的村占比', value: 50, unit: '%', qualifier: 'at_least',
  note: '§1 a threshold that defines a category: 50万元以上 is part of the name' });

// 三、坚持改革开放 → s3.3
at('s3.3', 'target', '2024');
E({ anchor: '推动政务服务“一网通办”率保持在98%以上', text: '政务服务“一网通办”率保持在98%以上', name: '政务服务“一网通办”率', value: 98, unit: '%', qualifier: 'at_least' });
E({ anchor: '力争新增市场主体1.8万户', text: '新增市场主体1.8万户', name: '新增市场主体', value: 1.8, unit: '万户' });
E({ anchor: '新增上市企业1-2家', text: '新增上市企业1-2家', name: '新增上市企业', value: 1, valueHigh: 2, unit: '家' });
E({ anchor: '国有资产总额力争突破520亿元', text: '国有资产总额力争突破520亿元', name: '国有资产总额', value: 520, unit: '亿元', qualifier: 'more_than',
  note: '§3 qualifier: 突破 → more_than' });
E({ anchor: '新增有进出口实绩企业50家以上', text: '新增有进出口实绩企业50家以上', name: '新增有进出口实绩企业', value: 50, unit: '家', qualifier: 'at_least' });
E({ anchor: '跨境电商交易额增长20%', text: '跨境电商交易额增长20%', name: '跨境电商交易额', value: null, unit: null, growth: G(20, '%', null, '增长20%') });
E({ anchor: '全年力争签约亿元以上项目75个', text: '签约亿元以上项目75个', name: '签约亿元以上项目', value: 75, unit: '个',
  note: '亿元以上 is a category (§1 threshold); 签约 selects the projects signed in the period, stays' });
E({ anchor: '实际到位市外资金增长8%以上', text: '实际到位市外资金增长8%以上', name: '实际到位市外资金', value: null, unit: null,
  growth: G(8, '%', null, '增长8%以上'), qualifier: 'at_least' });

// 二、坚持扩大内需 → s3.2; （三） → s3.2.3
at('s3.2.3', 'target', '2024');
E({ anchor: '全年计划供应住宅用地300亩左右', text: '供应住宅用地300亩左右', name: '供应住宅用地', value: 300, unit: '亩', qualifier: 'about',
  note: '计划 cue word dropped; 供应 selects (住宅用地300亩 alone would read as the stock)' });

// （二）持续提振消费 → s3.2.2
at('s3.2.2', 'target', '2024');
E({ anchor: '社会消费品零售总额力争突破350亿元', text: '社会消费品零售总额力争突破350亿元', name: '社会消费品零售总额', value: 350, unit: '亿元', qualifier: 'more_than' });
E({ anchor: '全年举办各类促消费活动50场以上', text: '促消费活动50场以上', name: '促消费活动', value: 50, unit: '场', qualifier: 'at_least',
  note: '§3 name: 举办 and the leading 各类 dropped' });
E({ anchor: '新建、改造特色商业街区2条', text: '新建、改造特色商业街区2条', name: '新建、改造特色商业街区', value: 2, unit: '条' });
E({ anchor: '新增品牌首店10家左右', text: '新增品牌首店10家左右', name: '新增品牌首店', value: 10, unit: '家', qualifier: 'about' });
E({ anchor: '预计全年带动消费15亿元左右', text: '带动消费15亿元左右', name: '带动消费', value: 15, unit: '亿元', qualifier: 'about',
  status: 'estimate', note: '预计 in the plan part → estimate (brief)' });

// （一）全力抓好项目建设 → s3.2.1
at('s3.2.1', 'target', '2024');
E({ anchor: '计划实施省、市、区重点项目195个', text: '省、市、区重点项目195个', name: '省、市、区重点项目', value: 195, unit: '个', note: '§3 name: 实施 dropped' });
E({ anchor: '总投资1460亿元', text: '总投资1460亿元', name: '总投资', value: 1460, unit: '亿元' });
E({ anchor: '年度计划投资328亿元', text: '年度计划投资328亿元', name: '年度计划投资', value: 328, unit: '亿元',
  note: '年度计划投资 is the measure (planned annual investment); 计划 here is part of the noun, not a cue' });
E({ anchor: '新开工亿元以上项目60个以上', text: '新开工亿元以上项目60个以上', name: '新开工亿元以上项目', value: 60, unit: '个', qualifier: 'at_least' });
E({ anchor: '确保竣工投产项目40个', text: '竣工投产项目40个', name: '竣工投产项目', value: 40, unit: '个' });
E({ anchor: '全年争取专项债券资金25亿元以上', text: '专项债券资金25亿元以上', name: '专项债券资金', value: 25, unit: '亿元', qualifier: 'at_least',
  note: '§3 name: 争取 before an amount of money is dropped' });
E({ anchor: '中央预算内投资4亿元以上', text: '中央预算内投资4亿元以上', name: '中央预算内投资', value: 4, unit: '亿元', qualifier: 'at_least' });
E({ anchor: '确保工业投资增长10%以上', text: '工业投资增长10%以上', name: '工业投资', value: null, unit: null,
  growth: G(10, '%', null, '增长10%以上'), qualifier: 'at_least' });
E({ anchor: '占固定资产投资比重提高到38%', text: '占固定资产投资比重提高到38%', name: '占固定资产投资比重', value: 38, unit: '%',
  note: '§3 subject left out: the noun in the clause is the name' });

// 一、坚持实体为本 → s3.1; （四） → s3.1.4
at('s3.1.4', 'target', '2024');
E({ anchor: '粮食播种面积稳定在12.5万亩以上', text: '粮食播种面积稳定在12.5万亩以上', name: '粮食播种面积', value: 12.5, unit: '万亩', qualifier: 'at_least' });
E({ anchor: '新建高标准农田1万亩', text: '新建高标准农田1万亩', name: '新建高标准农田', value: 1, unit: '万亩' });
E({ anchor: '新增市级以上农业产业化龙头企业5家', text: '新增市级以上农业产业化龙头企业5家', name: '新增市级以上农业产业化龙头企业', value: 5, unit: '家' });
E({ anchor: '“云梧茶”品牌价值突破18亿元', text: '“云梧茶”品牌价值突破18亿元', name: '“云梧茶”品牌价值', value: 18, unit: '亿元', qualifier: 'more_than',
  note: 'quotes inside a longer name stay (§3 name)' });

// （三）推动服务业提质扩容 → s3.1.3
at('s3.1.3', 'target', '2024');
E({ anchor: '规模以上服务业营业收入增长8%左右', text: '规模以上服务业营业收入增长8%左右', name: '规模以上服务业营业收入', value: null, unit: null,
  growth: G(8, '%', null, '增长8%左右'), qualifier: 'about' });
E({ anchor: '预计全年接待游客突破1400万人次', text: '接待游客突破1400万人次', name: '接待游客', value: 1400, unit: '万人次', qualifier: 'more_than',
  status: 'estimate' });
E({ anchor: '旅游总收入增长15%以上', text: '旅游总收入增长15%以上', name: '旅游总收入', value: null, unit: null,
  growth: G(15, '%', null, '增长15%以上'), qualifier: 'at_least', status: 'estimate', note: '预计 governs the sentence → estimate' });
E({ anchor: '新培育限额以上商贸企业60家', text: '新培育限额以上商贸企业60家', name: '新培育限额以上商贸企业', value: 60, unit: '家' });
E({ anchor: '新增省级以上电子商务示范基地1个', text: '新增省级以上电子商务示范基地1个', name: '新增省级以上电子商务示范基地', value: 1, unit: '个' });
E({ anchor: '网络零售额增长12%', text: '网络零售额增长12%', name: '网络零售额', value: null, unit: null, growth: G(12, '%', null, '增长12%') });

// （二）提升科技创新能级 → s3.1.2   (澜州科创谷二期: ordinal)
at('s3.1.2', 'target', '2024');
E({ anchor: '新建省级以上研发平台8个', text: '新建省级以上研发平台8个', name: '新建省级以上研发平台', value: 8, unit: '个' });
E({ anchor: '高新技术企业总数达到270家', text: '高新技术企业总数达到270家', name: '高新技术企业总数', value: 270, unit: '家' });
E({ anchor: '科技型中小企业入库评价450家以上', text: '科技型中小企业入库评价450家以上', name: '科技型中小企业入库评价', value: 450, unit: '家', qualifier: 'at_least' });
E({ anchor: '技术合同成交额力争突破22亿元', text: '技术合同成交额力争突破22亿元', name: '技术合同成交额', value: 22, unit: '亿元', qualifier: 'more_than' });
E({ anchor: '每万人口高价值发明专利拥有量达到16件', text: '每万人口高价值发明专利拥有量达到16件', name: '每万人口高价值发明专利拥有量', value: 16, unit: '件' });
E({ anchor: '全年引进高层次人才团队15个以上', text: '引进高层次人才团队15个以上', name: '引进高层次人才团队', value: 15, unit: '个', qualifier: 'at_least',
  note: '§3 name: 引进 selects, stays on the first member of the list' });
E({ anchor: '青年人才5000人', text: '青年人才5000人', name: '青年人才', value: 5000, unit: '人', note: 'list sharing the verb: the verb stays on the first member only' });

// （一）做大做强先进制造业 → s3.1.1   (三大主导产业 in apposition, no 等: no item)
at('s3.1.1', 'target', '2024');
E({ anchor: '力争规模以上工业总产值突破1200亿元', text: '规模以上工业总产值突破1200亿元', name: '规模以上工业总产值', value: 1200, unit: '亿元', qualifier: 'more_than' });
E({ anchor: '三大主导产业产值增长10%以上', text: '三大主导产业产值增长10%以上', name: '三大主导产业产值', value: null, unit: null,
  growth: G(10, '%', null, '增长10%以上'), qualifier: 'at_least' });
E({ anchor: '新增规模以上工业企业30家以上', text: '新增规模以上工业企业30家以上', name: '新增规模以上工业企业', value: 30, unit: '家', qualifier: 'at_least' });
E({ anchor: '培育产值超10亿元企业3-5个', text: '培育产值超10亿元企业3-5个', name: '培育产值超10亿元企业', value: 3, valueHigh: 5, unit: '个',
  note: '§1 threshold defines a category (超10亿元 in the name, no qualifier); range; 培育 selects the new ones, stays' });
E({ anchor: '新增国家级专精特新“小巨人”企业5家以上', text: '新增国家级专精特新“小巨人”企业5家以上', name: '新增国家级专精特新“小巨人”企业', value: 5, unit: '家', qualifier: 'at_least' });
E({ anchor: '战略性新兴产业产值占规模以上工业比重达到49%', text: '战略性新兴产业产值占规模以上工业比重达到49%', name: '战略性新兴产业产值占规模以上工业比重', value: 49, unit: '%' });
E({ anchor: '实施技改项目100个以上', text: '技改项目100个以上', name: '技改项目', value: 100, unit: '个', qualifier: 'at_least', note: '§3 name: 实施 dropped' });
E({ anchor: '确保技改投资增长15%', text: '技改投资增长15%', name: '技改投资', value: null, unit: null, growth: G(15, '%', null, '增长15%') });

// ─────────────────────── 第二部分 2024年总体要求和主要目标 → s2 (target, 2024) ───────────────────────
at('s2', 'target', '2024');
E({ anchor: '需要说明的是，地区生产总值增长5.5%左右的预期目标', text: '地区生产总值增长5.5%左右', name: '地区生产总值', value: null, unit: null,
  growth: G(5.5, '%', null, '增长5.5%左右'), qualifier: 'about',
  note: 'the target restated when explained; recorded (every growth rate is recorded; cf. §1 range target 10%~12%的增长目标); see questions' });
E({ anchor: '建议为：地区生产总值增长5.5%左右', text: '地区生产总值增长5.5%左右', name: '地区生产总值', value: null, unit: null,
  growth: G(5.5, '%', null, '增长5.5%左右'), qualifier: 'about' });
E({ anchor: '规模以上工业增加值增长7%；', text: '规模以上工业增加值增长7%', name: '规模以上工业增加值', value: null, unit: null, growth: G(7, '%', null, '增长7%') });
E({ anchor: '固定资产投资增长6%以上', text: '固定资产投资增长6%以上', name: '固定资产投资', value: null, unit: null, growth: G(6, '%', null, '增长6%以上'), qualifier: 'at_least' });
E({ anchor: '社会消费品零售总额增长7%左右', text: '社会消费品零售总额增长7%左右', name: '社会消费品零售总额', value: null, unit: null, growth: G(7, '%', null, '增长7%左右'), qualifier: 'about' });
E({ anchor: '一般公共预算收入增长4%', text: '一般公共预算收入增长4%', name: '一般公共预算收入', value: null, unit: null, growth: G(4, '%', null, '增长4%') });
E({ anchor: '进出口总额保持稳定、力争增长2%左右', text: '进出口总额保持稳定、力争增长2%左右', name: '进出口总额', value: null, unit: null,
  growth: G(2, '%', null, '增长2%左右'), qualifier: 'about' });
E({ anchor: '实际使用外资不低于19000万美元', text: '实际使用外资不低于19000万美元', name: '实际使用外资', value: 19000, unit: '万美元', qualifier: 'at_least' });
E({ anchor: '全社会研发经费投入强度达到2.95%', text: '全社会研发经费投入强度达到2.95%', name: '全社会研发经费投入强度', value: 2.95, unit: '%' });
E({ anchor: '；城镇新增就业1.2万人以上', text: '城镇新增就业1.2万人以上', name: '城镇新增就业', value: 1.2, unit: '万人', qualifier: 'at_least' });
E({ anchor: '城镇调查失业率控制在5.5%以内', text: '城镇调查失业率控制在5.5%以内', name: '城镇调查失业率', value: 5.5, unit: '%', qualifier: 'at_most' });
E({ anchor: '居民消费价格涨幅3%左右', text: '居民消费价格涨幅3%左右', name: '居民消费价格涨幅', value: 3, unit: '%', qualifier: 'about',
  note: '§1 a rate named as a noun (涨幅) → value in %, growth null' });
E({ anchor: '粮食总产量稳定在5万吨以上', text: '粮食总产量稳定在5万吨以上', name: '粮食总产量', value: 5, unit: '万吨', qualifier: 'at_least' });

// ─────────────────────── 第一部分 2023年计划执行情况 (actual, 2023) ───────────────────────
// Problems paragraph (在肯定成绩的同时…): ordinals only (一是…五是), no item; it lies in s1.7.4.

// 七、民生福祉 → s1.7; （四）文化体育和社会治理 → s1.7.4
at('s1.7.4', 'actual', '2023');
E({ anchor: '新建城市书房8家', text: '新建城市书房8家', name: '新建城市书房', value: 8, unit: '家' });
E({ anchor: '百姓健身房15处', text: '百姓健身房15处', name: '百姓健身房', value: 15, unit: '处', note: 'list sharing the verb: 新建 on the first member only' });
E({ anchor: '举办“梧桐音乐季”等文化惠民演出300余场', text: '文化惠民演出300余场', name: '文化惠民演出', value: 300, unit: '场', qualifier: 'more_than',
  note: '§3 name: examples before 等 and 举办 dropped' });
E({ anchor: '全民健身系列赛事吸引群众两万人次参与', text: '全民健身系列赛事吸引群众两万人次', name: '全民健身系列赛事吸引群众', value: 20000, unit: '人次',
  note: '§1 Chinese numerals resolved as a whole, 万 included (两万 → 20000)' });
E({ anchor: '全年生产安全事故起数和死亡人数分别下降18.2%和15.4%', text: '生产安全事故起数和死亡人数分别下降18.2%', name: '生产安全事故起数', value: null, unit: null,
  growth: G(-18.2, '%', null, '下降18.2%'), note: '§1 分别: compound subject split into its members' });
E({ anchor: '全年生产安全事故起数和死亡人数分别下降18.2%和15.4%', text: '生产安全事故起数和死亡人数分别下降18.2%和15.4%', name: '生产安全事故死亡人数', value: null, unit: null,
  growth: G(-15.4, '%', null, '下降18.2%和15.4%'), note: '§1 分别: span from the shared phrase to the member\'s figure' });
E({ anchor: '信访总量下降7.3%', text: '信访总量下降7.3%', name: '信访总量', value: null, unit: null, growth: G(-7.3, '%', null, '下降7.3%') });
E({ anchor: '群众安全感满意度达到98.1%', text: '群众安全感满意度达到98.1%', name: '群众安全感满意度', value: 98.1, unit: '%' });

// （三）社会保障 → s1.7.3
at('s1.7.3', 'actual', '2023');
E({ anchor: '城镇职工基本养老保险参保人数达到28.6万人，增长4.2%', text: '城镇职工基本养老保险参保人数达到28.6万人，增长4.2%', name: '城镇职工基本养老保险参保人数',
  value: 28.6, unit: '万人', growth: G(4.2, '%', null, '增长4.2%') });
E({ anchor: '城乡居民基本医疗保险参保率稳定在97%以上', text: '城乡居民基本医疗保险参保率稳定在97%以上', name: '城乡居民基本医疗保险参保率', value: 97, unit: '%', qualifier: 'at_least' });
E({ anchor: '新增养老机构床位620张', text: '新增养老机构床位620张', name: '新增养老机构床位', value: 620, unit: '张' });
E({ anchor: '每千名老年人拥有养老床位数达到36张', text: '每千名老年人拥有养老床位数达到36张', name: '每千名老年人拥有养老床位数', value: 36, unit: '张' });
E({ anchor: '筹集保障性租赁住房2860套（间）', text: '筹集保障性租赁住房2860套（间）', name: '筹集保障性租赁住房', value: 2860, unit: '套（间）' });
E({ anchor: '发放住房租赁补贴1.05亿元', text: '住房租赁补贴1.05亿元', name: '住房租赁补贴', value: 1.05, unit: '亿元', note: '§3 name: 发放 dropped' });
E({ anchor: '城乡低保标准提高至每人每月980元', text: '城乡低保标准提高至每人每月980元', name: '城乡低保标准', value: 980, unit: '元',
  note: '§1 提高至 a level → value; the per-unit words stay inside the span' });
E({ anchor: '较上年增加60元', text: '较上年增加60元', name: '城乡低保标准增加', value: 60, unit: '元',
  note: '§1 amount of change, subject left out: measure + verb, span on the clause' });

// （二）教育和卫生 → s1.7.2
at('s1.7.2', 'actual', '2023');
E({ anchor: '新建、改扩建中小学和幼儿园9所', text: '新建、改扩建中小学和幼儿园9所', name: '新建、改扩建中小学和幼儿园', value: 9, unit: '所' });
E({ anchor: '新增学位6840个', text: '新增学位6840个', name: '新增学位', value: 6840, unit: '个' });
E({ anchor: '普惠性幼儿园覆盖率达到92.5%', text: '普惠性幼儿园覆盖率达到92.5%', name: '普惠性幼儿园覆盖率', value: 92.5, unit: '%' });
E({ anchor: '学前三年毛入园率达到99.2%', text: '学前三年毛入园率达到99.2%', name: '学前三年毛入园率', value: 99.2, unit: '%',
  note: '学前三年 is part of the measure name (the three preschool years), not an item' });
// 区第二人民医院: ordinal (§2).
E({ anchor: '新增床位500张', text: '新增床位500张', name: '新增床位', value: 500, unit: '张' });
E({ anchor: '全区二级医院增至4家', text: '二级医院增至4家', name: '二级医院', value: 4, unit: '家', note: '二级 is a grade inside the name; the count is the item' });
E({ anchor: '每千人口执业（助理）医师达到3.4人', text: '每千人口执业（助理）医师达到3.4人', name: '每千人口执业（助理）医师', value: 3.4, unit: '人' });
E({ anchor: '每千人口医疗机构床位数达到6.1张', text: '每千人口医疗机构床位数达到6.1张', name: '每千人口医疗机构床位数', value: 6.1, unit: '张' });
E({ anchor: '完成适龄女生宫颈癌疫苗免费接种5260人', text: '适龄女生宫颈癌疫苗免费接种5260人', name: '适龄女生宫颈癌疫苗免费接种', value: 5260, unit: '人',
  note: '§3 name: 完成 dropped (an activity)' });

// （一）就业和收入 → s1.7.1
at('s1.7.1', 'actual', '2023');
E({ anchor: '城镇新增就业1.52万人', text: '城镇新增就业1.52万人', name: '城镇新增就业', value: 1.52, unit: '万人' });
E({ anchor: '城镇新增就业1.52万人，完成年度计划的126.7%', text: '完成年度计划的126.7%', name: '完成年度计划', value: 126.7, unit: '%',
  note: '§3 status/name: 完成年度计划的N% is an actual completion rate, named by the relation without 的' });
E({ anchor: '帮助失业人员再就业3180人', text: '失业人员再就业3180人', name: '失业人员再就业', value: 3180, unit: '人' });
E({ anchor: '就业困难人员实现就业近900人', text: '就业困难人员实现就业近900人', name: '就业困难人员实现就业', value: 900, unit: '人', qualifier: 'nearly',
  note: '§3 实现: the object (就业) alone does not name the measure, so as written' });
E({ anchor: '城镇调查失业率为5.1%', text: '城镇调查失业率为5.1%', name: '城镇调查失业率', value: 5.1, unit: '%' });
E({ anchor: '全体居民人均可支配收入50986元，增长6.0%', text: '全体居民人均可支配收入50986元，增长6.0%', name: '全体居民人均可支配收入', value: 50986, unit: '元',
  growth: G(6.0, '%', null, '增长6.0%') });
E({ anchor: '城镇居民人均可支配收入58746元，增长5.2%', text: '城镇居民人均可支配收入58746元，增长5.2%', name: '城镇居民人均可支配收入', value: 58746, unit: '元',
  growth: G(5.2, '%', null, '增长5.2%') });
E({ anchor: '农村居民人均可支配收入31285元，增长7.1%', text: '农村居民人均可支配收入31285元，增长7.1%', name: '农村居民人均可支配收入', value: 31285, unit: '元',
  growth: G(7.1, '%', null, '增长7.1%') });
E({ anchor: '增速高于城镇居民1.9个百分点', text: '高于城镇居民1.9个百分点', name: '农村居民人均可支配收入', value: null, unit: null,
  growth: G(1.9, 'pp', null, '高于城镇居民1.9个百分点'),
  note: '§3 growth: a comparison is its own item named after the preceding measure; bare 增速 not in the span' });
E({ anchor: '城乡居民收入比由上年的1.91缩小至1.88', text: '城乡居民收入比由上年的1.91缩小至1.88', name: '城乡居民收入比', value: 1.88, unit: null,
  note: '§1 a level reached from another: the new level, unit null' });

// 七、民生福祉持续增进 → s1.7 (paragraph before （一）)
at('s1.7', 'actual', '2023');
E({ anchor: '全年民生支出56.2亿元', text: '民生支出56.2亿元', name: '民生支出', value: 56.2, unit: '亿元' });
E({ anchor: '占一般公共预算支出的78.6%', text: '占一般公共预算支出的78.6%', name: '占一般公共预算支出', value: 78.6, unit: '%',
  note: '§3 name: a share stated by its relation, without the trailing 的' });
// 区级十件民生实事: a package named by its count, no item.

// 六、生态环境 → s1.6
at('s1.6', 'actual', '2023');
E({ anchor: '新增分布式光伏装机8.6万千瓦', text: '新增分布式光伏装机8.6万千瓦', name: '新增分布式光伏装机', value: 8.6, unit: '万千瓦' });
E({ anchor: '累计达到31.4万千瓦', text: '累计达到31.4万千瓦', name: '分布式光伏装机累计', value: 31.4, unit: '万千瓦',
  note: '§1 a cumulative total after a new amount: own item, span on the clause (cf. 高标准农田累计建成)' });
E({ anchor: '关停淘汰落后产能企业12家', text: '关停淘汰落后产能企业12家', name: '关停淘汰落后产能企业', value: 12, unit: '家' });
E({ anchor: '创建国家级绿色工厂3家', text: '创建国家级绿色工厂3家', name: '创建国家级绿色工厂', value: 3, unit: '家' });
E({ anchor: '省级绿色工厂8家', text: '省级绿色工厂8家', name: '省级绿色工厂', value: 8, unit: '家', note: 'list sharing the verb 创建: on the first member only' });
E({ anchor: '预计全年单位地区生产总值能耗下降3.2%', text: '单位地区生产总值能耗下降3.2%', name: '单位地区生产总值能耗', value: null, unit: null,
  growth: G(-3.2, '%', null, '下降3.2%'), status: 'estimate' });
E({ anchor: '预计全年单位地区生产总值二氧化碳排放下降3.6%左右', text: '单位地区生产总值二氧化碳排放下降3.6%左右', name: '单位地区生产总值二氧化碳排放', value: null, unit: null,
  growth: G(-3.6, '%', null, '下降3.6%左右'), qualifier: 'about', status: 'estimate' });
E({ anchor: '一般工业固体废物综合利用率约为92%', text: '一般工业固体废物综合利用率约为92%', name: '一般工业固体废物综合利用率', value: 92, unit: '%', qualifier: 'about',
  status: 'estimate', note: '预计 governs the sentence → estimate' });
E({ anchor: '全区细颗粒物年均浓度31微克/立方米，下降6.1%', text: '细颗粒物年均浓度31微克/立方米，下降6.1%', name: '细颗粒物年均浓度', value: 31, unit: '微克/立方米',
  growth: G(-6.1, '%', null, '下降6.1%') });
E({ anchor: '空气质量优良天数298天', text: '空气质量优良天数298天', name: '空气质量优良天数', value: 298, unit: '天' });
E({ anchor: '优良天数比例81.6%，比上年增加11天，提高3.0个百分点', text: '优良天数比例81.6%，比上年增加11天，提高3.0个百分点', name: '优良天数比例',
  value: 81.6, unit: '%', growth: G(3.0, 'pp', 'yoy', '提高3.0个百分点'),
  note: '§1 value, amount and rate: value + rate one item; basis from the item\'s own span (比上年)' });
E({ anchor: '优良天数比例81.6%，比上年增加11天', text: '比上年增加11天', name: '空气质量优良天数增加', value: 11, unit: '天',
  note: '§1 amount of change, subject left out: the days (天) continue 空气质量优良天数, not the ratio; see questions' });
E({ anchor: '3个国控、省控断面水质优良比例保持100%', text: '3个国控、省控断面水质优良比例保持100%', name: '3个国控、省控断面水质优良比例', value: 100, unit: '%',
  note: '§1 a count that delimits what a measure covers is part of the name' });
E({ anchor: '县级以上集中式饮用水水源地水质达标率100%', text: '县级以上集中式饮用水水源地水质达标率100%', name: '县级以上集中式饮用水水源地水质达标率', value: 100, unit: '%' });
E({ anchor: '完成造林绿化1.6万亩', text: '造林绿化1.6万亩', name: '造林绿化', value: 1.6, unit: '万亩' });
E({ anchor: '森林覆盖率达到43.2%', text: '森林覆盖率达到43.2%', name: '森林覆盖率', value: 43.2, unit: '%' });

// 五、城乡建设 → s1.5
at('s1.5', 'actual', '2023');
E({ anchor: '新改建农村公路56公里', text: '新改建农村公路56公里', name: '新改建农村公路', value: 56, unit: '公里' });
E({ anchor: '改造农村危房213户', text: '改造农村危房213户', name: '改造农村危房', value: 213, unit: '户' });
E({ anchor: '农村生活污水治理率达到62%，提高8个百分点', text: '农村生活污水治理率达到62%，提高8个百分点', name: '农村生活污水治理率', value: 62, unit: '%',
  growth: G(8, 'pp', null, '提高8个百分点') });
E({ anchor: '农村卫生厕所普及率保持在99%以上', text: '农村卫生厕所普及率保持在99%以上', name: '农村卫生厕所普及率', value: 99, unit: '%', qualifier: 'at_least' });
E({ anchor: '村级集体经济年经营性收入50万元以上的村占比达到45.6%', text: '村级集体经济年经营性收入50万元以上的村占比达到45.6%',
  name: '村级集体经济年经营性收入50万元以上的村占比', value: 45.6, unit: '%' });
// 年收入20万元以下的薄弱村: a threshold defining a category, no count → no item.
E({ anchor: '实施城市更新项目28个', text: '城市更新项目28个', name: '城市更新项目', value: 28, unit: '个' });
E({ anchor: '改造老旧小区47个', text: '改造老旧小区47个', name: '改造老旧小区', value: 47, unit: '个' });
E({ anchor: '惠及居民1.2万户', text: '惠及居民1.2万户', name: '惠及居民', value: 1.2, unit: '万户', note: '惠及 selects (居民 alone would be all residents)' });
E({ anchor: '加装电梯86部', text: '加装电梯86部', name: '加装电梯', value: 86, unit: '部' });
E({ anchor: '新建、改建城市道路23条', text: '新建、改建城市道路23条', name: '新建、改建城市道路', value: 23, unit: '条' });
E({ anchor: '总长38.6公里', text: '总长38.6公里', name: '总长', value: 38.6, unit: '公里', note: '§3 subject left out: the noun in the clause (as 总数)' });
E({ anchor: '打通断头路9条', text: '打通断头路9条', name: '打通断头路', value: 9, unit: '条' });
E({ anchor: '新增公共停车泊位4200个', text: '新增公共停车泊位4200个', name: '新增公共停车泊位', value: 4200, unit: '个' });
E({ anchor: '新建公共充电桩１２６０个', text: '新建公共充电桩１２６０个', name: '新建公共充电桩', value: 1260, unit: '个', note: 'full-width digits' });
E({ anchor: '新增公园绿地26.5公顷', text: '新增公园绿地26.5公顷', name: '新增公园绿地', value: 26.5, unit: '公顷' });
E({ anchor: '人均公园绿地面积达到14.8平方米', text: '人均公园绿地面积达到14.8平方米', name: '人均公园绿地面积', value: 14.8, unit: '平方米' });
E({ anchor: '地铁3号线云梧段完成土建施工的76%', text: '地铁3号线云梧段完成土建施工的76%', name: '地铁3号线云梧段完成土建施工', value: 76, unit: '%',
  note: 'a share stated by its relation (§3 name); 3号线 is a name' });
E({ anchor: '年末常住人口城镇化率达到71.8%，比上年提高0.9个百分点', text: '常住人口城镇化率达到71.8%，比上年提高0.9个百分点', name: '常住人口城镇化率',
  value: 71.8, unit: '%', growth: G(0.9, 'pp', 'yoy', '比上年提高0.9个百分点') });
E({ anchor: '建成区面积扩大到42.3平方公里', text: '建成区面积扩大到42.3平方公里', name: '建成区面积', value: 42.3, unit: '平方公里' });
// 《…（2021—2035年）》 dates; “一廊两带三区” slogan.

// 四、改革开放 → s1.4
at('s1.4', 'actual', '2023');
E({ anchor: '全年进出口总额215.6亿元，增长-1.2%。其中', text: '进出口总额215.6亿元，增长-1.2%', name: '进出口总额', value: 215.6, unit: '亿元',
  growth: G(-1.2, '%', null, '增长-1.2%') });
E({ anchor: '出口143.2亿元，增长3.5%', text: '出口143.2亿元，增长3.5%', name: '出口', value: 143.2, unit: '亿元', growth: G(3.5, '%', null, '增长3.5%') });
E({ anchor: '进口72.4亿元，下降9.4%', text: '进口72.4亿元，下降9.4%', name: '进口', value: 72.4, unit: '亿元', growth: G(-9.4, '%', null, '下降9.4%') });
E({ anchor: '对共建“一带一路”国家进出口增长14.6%', text: '对共建“一带一路”国家进出口增长14.6%', name: '对共建“一带一路”国家进出口', value: null, unit: null,
  growth: G(14.6, '%', null, '增长14.6%') });
E({ anchor: '占全区进出口总额的比重提高到38.7%', text: '占全区进出口总额的比重提高到38.7%', name: '占全区进出口总额的比重', value: 38.7, unit: '%',
  note: '§3 subject left out: the noun in the clause is the name' });
E({ anchor: '跨境电商交易额23.4亿元，增长近一倍', text: '跨境电商交易额23.4亿元，增长近一倍', name: '跨境电商交易额', value: 23.4, unit: '亿元',
  growth: G(100, '%', null, '增长近一倍'), note: '一倍 = 100 %; 近 qualifies the growth only, the value is exact: qualifier null; see questions' });
E({ anchor: '新增有进出口实绩企业63家', text: '新增有进出口实绩企业63家', name: '新增有进出口实绩企业', value: 63, unit: '家' });
E({ anchor: '总数达到518家', text: '总数达到518家', name: '总数', value: 518, unit: '家', note: '§1 total after a new count' });
E({ anchor: '政务服务事项“一网通办”率达到98.5%', text: '政务服务事项“一网通办”率达到98.5%', name: '政务服务事项“一网通办”率', value: 98.5, unit: '%' });
E({ anchor: '企业开办时间压缩至0.5个工作日', text: '企业开办时间压缩至0.5个工作日', name: '企业开办时间', value: 0.5, unit: '个工作日',
  note: '§3 value/unit: a measure word and its noun are the unit together' });
E({ anchor: '工程建设项目审批平均用时压缩42%', text: '工程建设项目审批平均用时压缩42%', name: '工程建设项目审批平均用时', value: null, unit: null,
  growth: G(-42, '%', null, '压缩42%'), note: '§1 a fall (压缩 by a percentage) → negative growth' });
E({ anchor: '全年为市场主体新增减税降费及退税缓费12.6亿元', text: '新增减税降费及退税缓费12.6亿元', name: '新增减税降费及退税缓费', value: 12.6, unit: '亿元',
  note: '§3 name: the beneficiary after 为 dropped; 新增 kept as written' });
E({ anchor: '新登记市场主体1.86万户', text: '新登记市场主体1.86万户', name: '新登记市场主体', value: 1.86, unit: '万户' });
E({ anchor: '年末市场主体总数突破9万户', text: '市场主体总数突破9万户', name: '市场主体总数', value: 9, unit: '万户', qualifier: 'more_than',
  note: '突破 → more_than; a second figure of the same measure is its own item (§1); see questions (milestone?)' });
E({ anchor: '达到9.2万户，增长8.4%', text: '达到9.2万户，增长8.4%', name: '市场主体总数', value: 9.2, unit: '万户', growth: G(8.4, '%', null, '增长8.4%'),
  note: '§1 second figure of the same measure, clause without a name: span on the clause' });
E({ anchor: '其中企业2.71万户，增长11.2%', text: '企业2.71万户，增长11.2%', name: '企业', value: 2.71, unit: '万户', growth: G(11.2, '%', null, '增长11.2%') });
E({ anchor: '区属国有企业资产总额达到486亿元，增长9.5%', text: '区属国有企业资产总额达到486亿元，增长9.5%', name: '区属国有企业资产总额', value: 486, unit: '亿元',
  growth: G(9.5, '%', null, '增长9.5%') });
E({ anchor: '全年实现利润总额9.8亿元，增长6.3%', text: '利润总额9.8亿元，增长6.3%', name: '利润总额', value: 9.8, unit: '亿元', growth: G(6.3, '%', null, '增长6.3%') });

// 三、项目投资 → s1.3; 3．招商引资 → s1.3.3
at('s1.3.3', 'actual', '2023');
E({ anchor: '全年签约亿元以上项目72个', text: '签约亿元以上项目72个', name: '签约亿元以上项目', value: 72, unit: '个' });
E({ anchor: '协议总投资586亿元', text: '协议总投资586亿元', name: '协议总投资', value: 586, unit: '亿元' });
E({ anchor: '其中10亿元以上项目14个', text: '10亿元以上项目14个', name: '10亿元以上项目', value: 14, unit: '个', note: '§1 threshold in a category name' });
E({ anchor: '50亿元以上项目2个', text: '50亿元以上项目2个', name: '50亿元以上项目', value: 2, unit: '个' });
E({ anchor: '引进世界500强企业投资项目2个', text: '引进世界500强企业投资项目2个', name: '引进世界500强企业投资项目', value: 2, unit: '个', note: '世界500强 is a name (§2)' });
E({ anchor: '实际到位市外资金245.8亿元，增长10.2%', text: '实际到位市外资金245.8亿元，增长10.2%', name: '实际到位市外资金', value: 245.8, unit: '亿元',
  growth: G(10.2, '%', null, '增长10.2%') });
E({ anchor: '实际使用外资18600万美元，同比增长12.4%', text: '实际使用外资18600万美元，同比增长12.4%', name: '实际使用外资', value: 18600, unit: '万美元',
  growth: G(12.4, '%', 'yoy', '同比增长12.4%') });

// 2．投资结构 → s1.3.2
at('s1.3.2', 'actual', '2023');
E({ anchor: '工业投资增长15.6%', text: '工业投资增长15.6%', name: '工业投资', value: null, unit: null, growth: G(15.6, '%', null, '增长15.6%') });
E({ anchor: '占固定资产投资比重达到36.2%，提高2.4个百分点', text: '占固定资产投资比重达到36.2%，提高2.4个百分点', name: '占固定资产投资比重', value: 36.2, unit: '%',
  growth: G(2.4, 'pp', null, '提高2.4个百分点') });
E({ anchor: '基础设施投资增长6.2%', text: '基础设施投资增长6.2%', name: '基础设施投资', value: null, unit: null, growth: G(6.2, '%', null, '增长6.2%') });
E({ anchor: '社会领域投资增长4.8%', text: '社会领域投资增长4.8%', name: '社会领域投资', value: null, unit: null, growth: G(4.8, '%', null, '增长4.8%') });
E({ anchor: '民间投资下降3.1%', text: '民间投资下降3.1%', name: '民间投资', value: null, unit: null, growth: G(-3.1, '%', null, '下降3.1%') });
E({ anchor: '房地产开发投资下降8.7%', text: '房地产开发投资下降8.7%', name: '房地产开发投资', value: null, unit: null, growth: G(-8.7, '%', null, '下降8.7%') });
E({ anchor: '商品房销售面积86.4万平方米，比上年减少12.3万平方米，下降12.5%', text: '商品房销售面积86.4万平方米，比上年减少12.3万平方米，下降12.5%', name: '商品房销售面积',
  value: 86.4, unit: '万平方米', growth: G(-12.5, '%', 'yoy', '下降12.5%'), note: '§1 value, amount and rate: value + rate; basis from own span (比上年)' });
E({ anchor: '商品房销售面积86.4万平方米，比上年减少12.3万平方米', text: '比上年减少12.3万平方米', name: '商品房销售面积减少', value: 12.3, unit: '万平方米',
  note: '§1 amount of change: a decrease stays positive, the verb carries the direction' });
E({ anchor: '全年争取地方政府专项债券资金22.6亿元', text: '地方政府专项债券资金22.6亿元', name: '地方政府专项债券资金', value: 22.6, unit: '亿元', note: '§3 name: 争取 dropped' });
E({ anchor: '较上年增加3.4亿元', text: '较上年增加3.4亿元', name: '地方政府专项债券资金增加', value: 3.4, unit: '亿元' });
E({ anchor: '争取中央预算内投资3.85亿元，增长27%', text: '中央预算内投资3.85亿元，增长27%', name: '中央预算内投资', value: 3.85, unit: '亿元',
  growth: G(27, '%', null, '增长27%') });

// 1．重点项目 → s1.3.1
at('s1.3.1', 'actual', '2023');
E({ anchor: '全年实施省、市、区重点项目186个', text: '省、市、区重点项目186个', name: '省、市、区重点项目', value: 186, unit: '个' });
E({ anchor: '总投资1325.6亿元', text: '总投资1325.6亿元', name: '总投资', value: 1325.6, unit: '亿元' });
E({ anchor: '年度完成投资312.4亿元', text: '完成投资312.4亿元', name: '完成投资', value: 312.4, unit: '亿元', note: '§3 name: time word 年度 dropped; verb-phrase name (完成投资)' });
E({ anchor: '完成年度计划的108.7%', text: '完成年度计划的108.7%', name: '完成年度计划', value: 108.7, unit: '%', note: '§3 status: an actual completion rate' });
E({ anchor: '其中，省重点项目12个', text: '省重点项目12个', name: '省重点项目', value: 12, unit: '个' });
E({ anchor: '完成投资46.8亿元', text: '完成投资46.8亿元', name: '完成投资', value: 46.8, unit: '亿元' });
E({ anchor: '新开工亿元以上项目63个', text: '新开工亿元以上项目63个', name: '新开工亿元以上项目', value: 63, unit: '个' });
E({ anchor: '竣工投产亿元以上项目38个', text: '竣工投产亿元以上项目38个', name: '竣工投产亿元以上项目', value: 38, unit: '个' });
// 澜州医药港二期: ordinal; 一批: not a number.

// 二、产业转型 → s1.2; （四）现代农业 → s1.2.4
at('s1.2.4', 'actual', '2023');
E({ anchor: '全年粮食播种面积12.6万亩', text: '粮食播种面积12.6万亩', name: '粮食播种面积', value: 12.6, unit: '万亩' });
E({ anchor: '粮食总产量5.1万吨，增长1.8%', text: '粮食总产量5.1万吨，增长1.8%', name: '粮食总产量', value: 5.1, unit: '万吨', growth: G(1.8, '%', null, '增长1.8%') });
E({ anchor: '新建高标准农田1.2万亩', text: '新建高标准农田1.2万亩', name: '新建高标准农田', value: 1.2, unit: '万亩' });
E({ anchor: '累计建成9.8万亩', text: '累计建成9.8万亩', name: '高标准农田累计建成', value: 9.8, unit: '万亩', note: '§1 cumulative total after a new amount' });
E({ anchor: '农林牧渔业总产值增长3.5%', text: '农林牧渔业总产值增长3.5%', name: '农林牧渔业总产值', value: null, unit: null, growth: G(3.5, '%', null, '增长3.5%') });
E({ anchor: '新增市级以上农业产业化龙头企业7家', text: '新增市级以上农业产业化龙头企业7家', name: '新增市级以上农业产业化龙头企业', value: 7, unit: '家' });
E({ anchor: '总数达到58家', text: '总数达到58家', name: '总数', value: 58, unit: '家' });
E({ anchor: '培育家庭农场三百余家', text: '培育家庭农场三百余家', name: '培育家庭农场', value: 300, unit: '家', qualifier: 'more_than',
  note: '三百余 → 300 more_than; 培育 selects (家庭农场 alone would be the stock)' });
E({ anchor: '农民专业合作社42个', text: '农民专业合作社42个', name: '农民专业合作社', value: 42, unit: '个' });
E({ anchor: '“云梧茶”区域公用品牌价值达到16.3亿元', text: '“云梧茶”区域公用品牌价值达到16.3亿元', name: '“云梧茶”区域公用品牌价值', value: 16.3, unit: '亿元' });

// （三）服务业 → s1.2.3
at('s1.2.3', 'actual', '2023');
E({ anchor: '规模以上服务业企业营业收入增长8.9%', text: '规模以上服务业企业营业收入增长8.9%', name: '规模以上服务业企业营业收入', value: null, unit: null, growth: G(8.9, '%', null, '增长8.9%') });
E({ anchor: '限额以上批发和零售业销售额增长9.6%', text: '限额以上批发和零售业销售额增长9.6%', name: '限额以上批发和零售业销售额', value: null, unit: null, growth: G(9.6, '%', null, '增长9.6%') });
E({ anchor: '住宿和餐饮业营业额增长21.4%', text: '住宿和餐饮业营业额增长21.4%', name: '住宿和餐饮业营业额', value: null, unit: null, growth: G(21.4, '%', null, '增长21.4%') });
E({ anchor: '实现网络零售额58.3亿元，增长16.2%', text: '网络零售额58.3亿元，增长16.2%', name: '网络零售额', value: 58.3, unit: '亿元', growth: G(16.2, '%', null, '增长16.2%') });
E({ anchor: '全年接待国内外游客1268万人次，恢复到2019年同期的112%，同比增长46.7%', text: '接待国内外游客1268万人次，恢复到2019年同期的112%，同比增长46.7%',
  name: '接待国内外游客', value: 1268, unit: '万人次', growth: G(46.7, '%', 'yoy', '同比增长46.7%'),
  note: '§1 value + rate one item (as value, amount and rate); the recovery share is its own item' });
E({ anchor: '恢复到2019年同期的112%', text: '恢复到2019年同期的112%', name: '恢复到2019年同期', value: 112, unit: '%',
  note: '§3 name: a share stated by its relation, without 的; 2019年 only dates the comparison, period stays 2023' });
E({ anchor: '实现旅游总收入112.5亿元，增长52.3%', text: '旅游总收入112.5亿元，增长52.3%', name: '旅游总收入', value: 112.5, unit: '亿元', growth: G(52.3, '%', null, '增长52.3%') });
// 国家5A级: grade; 第一批: ordinal.
E({ anchor: '金融业增加值41.6亿元，增长6.7%', text: '金融业增加值41.6亿元，增长6.7%', name: '金融业增加值', value: 41.6, unit: '亿元', growth: G(6.7, '%', null, '增长6.7%') });
E({ anchor: '新引进各类金融机构5家', text: '新引进各类金融机构5家', name: '新引进各类金融机构', value: 5, unit: '家', note: '§3 name: 各类 inside a verb phrase stays' });

// （二）创新驱动 → s1.2.2
at('s1.2.2', 'actual', '2023');
E({ anchor: '全社会研发经费投入强度达到2.85%，提高0.12个百分点', text: '全社会研发经费投入强度达到2.85%，提高0.12个百分点', name: '全社会研发经费投入强度', value: 2.85, unit: '%',
  growth: G(0.12, 'pp', null, '提高0.12个百分点') });
E({ anchor: '高新技术企业达到236家', text: '高新技术企业达到236家', name: '高新技术企业', value: 236, unit: '家' });
E({ anchor: '高新技术企业达到236家，新增41家', text: '新增41家', name: '新增高新技术企业', value: 41, unit: '家', note: '§1 amount of change: 新增 leads its noun' });
E({ anchor: '科技型中小企业入库评价412家，增长19.1%', text: '科技型中小企业入库评价412家，增长19.1%', name: '科技型中小企业入库评价', value: 412, unit: '家',
  growth: G(19.1, '%', null, '增长19.1%') });
E({ anchor: '新建省级以上研发平台9个', text: '新建省级以上研发平台9个', name: '新建省级以上研发平台', value: 9, unit: '个' });
E({ anchor: '其中国家企业技术中心1个', text: '国家企业技术中心1个', name: '国家企业技术中心', value: 1, unit: '个' });
E({ anchor: '全年专利授权3126件', text: '专利授权3126件', name: '专利授权', value: 3126, unit: '件' });
E({ anchor: '其中发明专利612件，增长18.4%', text: '发明专利612件，增长18.4%', name: '发明专利', value: 612, unit: '件', growth: G(18.4, '%', null, '增长18.4%') });
E({ anchor: '每万人口高价值发明专利拥有量达到14.6件', text: '每万人口高价值发明专利拥有量达到14.6件', name: '每万人口高价值发明专利拥有量', value: 14.6, unit: '件' });
E({ anchor: '比上年增加2.3件', text: '比上年增加2.3件', name: '每万人口高价值发明专利拥有量增加', value: 2.3, unit: '件' });
E({ anchor: '技术合同成交额18.7亿元，增长23.5%', text: '技术合同成交额18.7亿元，增长23.5%', name: '技术合同成交额', value: 18.7, unit: '亿元', growth: G(23.5, '%', null, '增长23.5%') });
// 澜州科创谷一期: ordinal.
E({ anchor: '入驻科技型企业三百余家', text: '入驻科技型企业三百余家', name: '入驻科技型企业', value: 300, unit: '家', qualifier: 'more_than' });
E({ anchor: '引进高层次人才团队17个', text: '引进高层次人才团队17个', name: '引进高层次人才团队', value: 17, unit: '个' });
E({ anchor: '各类人才4800余人', text: '人才4800余人', name: '人才', value: 4800, unit: '人', qualifier: 'more_than',
  note: '§3 name: list sharing the verb 引进 (verb on the first member only); a leading 各类 dropped; see questions' });

// （一）工业经济 → s1.2.1
at('s1.2.1', 'actual', '2023');
E({ anchor: '年末全区规模以上工业企业达到412家', text: '规模以上工业企业达到412家', name: '规模以上工业企业', value: 412, unit: '家' });
E({ anchor: '全年新增入规企业４６家', text: '新增入规企业４６家', name: '新增入规企业', value: 46, unit: '家', note: 'full-width digits' });
E({ anchor: '扣除退库企业后净增31家', text: '净增31家', name: '规模以上工业企业净增', value: 31, unit: '家',
  note: '§1 amount of change, subject left out: measure + verb; see questions for the span' });
E({ anchor: '规模以上工业总产值1126.7亿元，增长9.1%', text: '规模以上工业总产值1126.7亿元，增长9.1%', name: '规模以上工业总产值', value: 1126.7, unit: '亿元',
  growth: G(9.1, '%', null, '增长9.1%') });
E({ anchor: '产值超10亿元企业达到18家', text: '产值超10亿元企业达到18家', name: '产值超10亿元企业', value: 18, unit: '家',
  note: '§1 threshold defines a category: 超10亿元 is in the name, no qualifier' });
E({ anchor: '产值超10亿元企业达到18家，比上年增加3家', text: '比上年增加3家', name: '产值超10亿元企业增加', value: 3, unit: '家' });
E({ anchor: '产值超亿元企业达到137家', text: '产值超亿元企业达到137家', name: '产值超亿元企业', value: 137, unit: '家' });
const SM = '新材料、高端装备、生物医药三大主导产业分别实现产值386.2亿元、297.5亿元、142.8亿元，分别增长12.6%、9.8%和15.3%';
E({ anchor: SM, text: '新材料、高端装备、生物医药三大主导产业分别实现产值386.2亿元、297.5亿元、142.8亿元，分别增长12.6%', name: '新材料产值',
  value: 386.2, unit: '亿元', growth: G(12.6, '%', null, '增长12.6%'), note: '§1 分别: one item per member, span from the shared phrase' });
E({ anchor: SM, text: '新材料、高端装备、生物医药三大主导产业分别实现产值386.2亿元、297.5亿元、142.8亿元，分别增长12.6%、9.8%', name: '高端装备产值',
  value: 297.5, unit: '亿元', growth: G(9.8, '%', null, '增长12.6%、9.8%') });
E({ anchor: SM, text: SM, name: '生物医药产值',
  value: 142.8, unit: '亿元', growth: G(15.3, '%', null, '增长12.6%、9.8%和15.3%') });
E({ anchor: '合计占规模以上工业总产值的73.4%', text: '合计占规模以上工业总产值的73.4%', name: '合计占规模以上工业总产值', value: 73.4, unit: '%',
  note: '§3 name: a share stated by its relation, without 的' });
E({ anchor: '战略性新兴产业产值占规模以上工业比重达到47.3%，较上年提高2.6个百分点', text: '战略性新兴产业产值占规模以上工业比重达到47.3%，较上年提高2.6个百分点',
  name: '战略性新兴产业产值占规模以上工业比重', value: 47.3, unit: '%', growth: G(2.6, 'pp', 'yoy', '较上年提高2.6个百分点') });
E({ anchor: '实施技术改造项目94个', text: '技术改造项目94个', name: '技术改造项目', value: 94, unit: '个' });
E({ anchor: '完成技改投资58.7亿元，增长21.3%', text: '技改投资58.7亿元，增长21.3%', name: '技改投资', value: 58.7, unit: '亿元', growth: G(21.3, '%', null, '增长21.3%'),
  note: '§3 name: 完成 before an amount of money dropped; the noun names the measure' });
E({ anchor: '新认定国家级专精特新“小巨人”企业4家', text: '新认定国家级专精特新“小巨人”企业4家', name: '新认定国家级专精特新“小巨人”企业', value: 4, unit: '家' });
E({ anchor: '省级专精特新中小企业27家', text: '省级专精特新中小企业27家', name: '省级专精特新中小企业', value: 27, unit: '家' });
E({ anchor: '总数分别达到11家和96家', text: '总数分别达到11家', name: '国家级专精特新“小巨人”企业总数', value: 11, unit: '家',
  note: '§1 total after a new count + 分别: the shared measure (总数) prefixed by its member' });
E({ anchor: '总数分别达到11家和96家', text: '总数分别达到11家和96家', name: '省级专精特新中小企业总数', value: 96, unit: '家' });

// 一、经济运行 → s1.1; the table (表1) lies in s1.1 too.
at('s1.1', 'actual', '2023');
// Table 1: unit from the 单位：亿元 line; growth column 增长(%) states no basis → null.
const row = (label, v, g, from = label) => {
  const line = `${from}\t${v === null ? '—' : v}\t${g}`;
  const name = v === null ? `${label} 增长` : `${label} 2023年完成`;
  E({ anchor: `\n${line}\n`, text: line, name, value: v, unit: v === null ? null : '亿元',
    growth: G(g, '%', null, String(g)), note: 'tables: one item per row, value + growth column' + (v === null ? '; empty value cell (—): growth alone' : '') });
};
row('进出口总额', 215.6, -1.2);
row('税收收入', 39.12, 9.3, '其中：税收收入');
row('一般公共预算收入', 48.36, 6.8);
row('社会消费品零售总额', 326.8, 7.5);
row('固定资产投资', null, 7.8);
row('规模以上工业总产值', 1126.7, 9.1);
row('第三产业增加值', 398.5, 5.4);
row('第二产业增加值', 265.3, 7.4);
row('第一产业增加值', 18.6, 3.2);
row('地区生产总值', 682.4, 6.1);

E({ anchor: '全年规模以上工业增加值增长8.3%', text: '规模以上工业增加值增长8.3%', name: '规模以上工业增加值', value: null, unit: null, growth: G(8.3, '%', null, '增长8.3%') });
E({ anchor: '较上年加快1.6个百分点', text: '较上年加快1.6个百分点', name: '规模以上工业增加值', value: null, unit: null,
  growth: G(1.6, 'pp', 'yoy', '较上年加快1.6个百分点'), note: '§1 a change of the rate is pp; own item named after the preceding measure' });
E({ anchor: '；固定资产投资增长7.8%', text: '固定资产投资增长7.8%', name: '固定资产投资', value: null, unit: null, growth: G(7.8, '%', null, '增长7.8%') });
E({ anchor: '社会消费品零售总额326.8亿元，增长7.5%', text: '社会消费品零售总额326.8亿元，增长7.5%', name: '社会消费品零售总额', value: 326.8, unit: '亿元', growth: G(7.5, '%', null, '增长7.5%') });
E({ anchor: '一般公共预算收入48.36亿元，增长6.8%', text: '一般公共预算收入48.36亿元，增长6.8%', name: '一般公共预算收入', value: 48.36, unit: '亿元', growth: G(6.8, '%', null, '增长6.8%') });
E({ anchor: '其中税收收入39.12亿元，增长9.3%', text: '税收收入39.12亿元，增长9.3%', name: '税收收入', value: 39.12, unit: '亿元', growth: G(9.3, '%', null, '增长9.3%') });
E({ anchor: '税收占比达到80.9%，比上年提高1.9个百分点', text: '税收占比达到80.9%，比上年提高1.9个百分点', name: '税收占比', value: 80.9, unit: '%',
  growth: G(1.9, 'pp', 'yoy', '比上年提高1.9个百分点') });
E({ anchor: '一般公共预算支出71.5亿元，增长4.3%', text: '一般公共预算支出71.5亿元，增长4.3%', name: '一般公共预算支出', value: 71.5, unit: '亿元', growth: G(4.3, '%', null, '增长4.3%') });
E({ anchor: '。进出口总额215.6亿元，增长-1.2%', text: '进出口总额215.6亿元，增长-1.2%', name: '进出口总额', value: 215.6, unit: '亿元', growth: G(-1.2, '%', null, '增长-1.2%') });
E({ anchor: '居民消费价格上涨0.4%', text: '居民消费价格上涨0.4%', name: '居民消费价格', value: null, unit: null, growth: G(0.4, '%', null, '上涨0.4%') });
E({ anchor: '年末全区金融机构本外币存款余额1586.3亿元，比年初增加142.7亿元，增长9.9%', text: '金融机构本外币存款余额1586.3亿元，比年初增加142.7亿元，增长9.9%',
  name: '金融机构本外币存款余额', value: 1586.3, unit: '亿元', growth: G(9.9, '%', 'yoy', '增长9.9%'),
  note: '§3 growth: 比年初 on a year-end balance is yoy; value + rate one item, amount its own' });
E({ anchor: '比年初增加142.7亿元', text: '比年初增加142.7亿元', name: '金融机构本外币存款余额增加', value: 142.7, unit: '亿元' });
E({ anchor: '贷款余额1248.9亿元，比年初增加129.8亿元，增长11.6%', text: '贷款余额1248.9亿元，比年初增加129.8亿元，增长11.6%', name: '贷款余额',
  value: 1248.9, unit: '亿元', growth: G(11.6, '%', 'yoy', '增长11.6%') });
E({ anchor: '比年初增加129.8亿元', text: '比年初增加129.8亿元', name: '贷款余额增加', value: 129.8, unit: '亿元' });

E({ anchor: '全区实现地区生产总值682.4亿元，同比增长6.1%', text: '地区生产总值682.4亿元，同比增长6.1%', name: '地区生产总值', value: 682.4, unit: '亿元',
  growth: G(6.1, '%', 'yoy', '同比增长6.1%') });
E({ anchor: '高于全市平均水平0.4个百分点', text: '高于全市平均水平0.4个百分点', name: '地区生产总值', value: null, unit: null,
  growth: G(0.4, 'pp', null, '高于全市平均水平0.4个百分点'), note: '§3 growth: a comparison with another area is its own item' });
E({ anchor: '增速在全市11个县（市、区）中位次前移2位，居第3位', text: '增速在全市11个县（市、区）中位次前移2位', name: '增速在全市11个县（市、区）中位次',
  value: null, unit: null, growth: G(2, '位次', null, '前移2位'),
  note: '§1 rank change: 前移 positive, 位 → 位次, basis null (no comparison stated); 11个县 delimits the measure (in the name); 第3位 ordinal; see questions' });
E({ anchor: '第一产业增加值18.6亿元，增长3.2%', text: '第一产业增加值18.6亿元，增长3.2%', name: '第一产业增加值', value: 18.6, unit: '亿元', growth: G(3.2, '%', null, '增长3.2%') });
E({ anchor: '第二产业增加值265.3亿元，增长7.4%', text: '第二产业增加值265.3亿元，增长7.4%', name: '第二产业增加值', value: 265.3, unit: '亿元', growth: G(7.4, '%', null, '增长7.4%') });
E({ anchor: '第三产业增加值398.5亿元，增长5.4%', text: '第三产业增加值398.5亿元，增长5.4%', name: '第三产业增加值', value: 398.5, unit: '亿元', growth: G(5.4, '%', null, '增长5.4%') });
// 三次产业结构 2.8:38.5:58.7 → 2.7:38.9:58.4: a structure ratio, no item.
E({ anchor: '人均地区生产总值约11.2万元', text: '人均地区生产总值约11.2万元', name: '人均地区生产总值', value: 11.2, unit: '万元', qualifier: 'about' });
E({ anchor: '人均地区生产总值约11.2万元，比上年增加0.7万元', text: '比上年增加0.7万元', name: '人均地区生产总值增加', value: 0.7, unit: '万元' });

// 第一部分 opening paragraph (s1): 二十大 / “十四五” / 三大战略 / 三届人大三次会议 — no item.
// Before 第一部分 (null): dates and session ordinals only.

// ─────────────────────────── build, verify, write ───────────────────────────
function countOcc(hay, needle) {
  let n = 0, i = -1;
  while ((i = hay.indexOf(needle, i + 1)) !== -1) n++;
  return n;
}

// Heading positions → computed section id, to check the hand-given ones.
const heads = [];
{
  const lines = src.split('\n');
  let pos = 0; const c = [0, 0, 0, 0]; // part, 一、, （一）, 1．
  const CN = '一二三四五六七八九十';
  for (const line of lines) {
    let m;
    if ((m = line.match(/^第([一二三四五])部分/))) { c[0] = CN.indexOf(m[1]) + 1; c[1] = c[2] = c[3] = 0; heads.push([pos, `s${c[0]}`]); }
    else if ((m = line.match(/^([一二三四五六七八九十])、/))) { c[1] = CN.indexOf(m[1]) + 1; c[2] = c[3] = 0; heads.push([pos, `s${c[0]}.${c[1]}`]); }
    else if ((m = line.match(/^（([一二三四五六七八九十])）/))) { c[2] = CN.indexOf(m[1]) + 1; heads.push([pos, `s${c[0]}.${c[1]}.${c[2]}`]); }
    else if ((m = line.match(/^(\d+)．/))) { // a 1． item directly under an 一、 is s1.N.M
      heads.push([pos, c[2] ? `s${c[0]}.${c[1]}.${c[2]}.${m[1]}` : `s${c[0]}.${c[1]}.${m[1]}`]); }
    pos += line.length + 1;
  }
}
const sectionAt = (p) => { let id = null; for (const [s, h] of heads) if (s <= p) id = h; return id; };

const errors = [];
const out = [];
for (const e of entries) {
  const n = countOcc(src, e.anchor);
  if (n !== 1) { errors.push(`anchor occurs ${n}×: ${e.anchor}`); continue; }
  const a = src.indexOf(e.anchor);
  const k = countOcc(e.anchor, e.text);
  if (k !== 1) { errors.push(`text occurs ${k}× in anchor: ${e.text}`); continue; }
  const start = a + e.anchor.indexOf(e.text);
  const end = start + e.text.length;
  if (src.slice(start, end) !== e.text) errors.push(`slice mismatch: ${e.text}`);
  const sec = sectionAt(start);
  if (sec !== e.sectionId) errors.push(`section ${e.sectionId} ≠ computed ${sec}: ${e.text}`);
  if (e.growth && !e.text.includes(e.growth.text)) errors.push(`growth.text not in text: ${e.growth.text}`);
  if (e.growth && e.growth.text !== String(e.growth.value) && !/^[一二三四五六七八九十]/.test(e.growth.text)) {
    // a sign check: falls written with 下降/压减/压缩 must be negative
    if (/^(下降|压减|压缩)/.test(e.growth.text) && e.growth.value >= 0) errors.push(`fall not negative: ${e.text}`);
  }
  if (!['actual', 'estimate', 'target'].includes(e.status)) errors.push(`bad status: ${e.text}`);
  const item = {
    name: e.name, value: e.value,
    ...(e.valueHigh !== undefined ? { valueHigh: e.valueHigh } : {}),
    unit: e.unit, growth: e.growth, qualifier: e.qualifier, status: e.status, period: e.period,
    sectionId: e.sectionId, span: { start, end }, text: e.text,
    ...(e.note ? { note: e.note } : {}),
  };
  out.push(item);
}
out.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
// duplicate spans with the same value would be a double annotation
for (let i = 1; i < out.length; i++) {
  const p = out[i - 1], q = out[i];
  if (p.span.start === q.span.start && p.span.end === q.span.end && p.value === q.value) errors.push(`duplicate: ${q.text}`);
}
if (errors.length) { console.error(errors.join('\n')); process.exit(1); }

writeFileSync(OUT, JSON.stringify({ document: 'yunwu-2023', source: SOURCE, annotator: 'pass-b', indicators: out }, null, 2) + '\n');
const by = (f) => out.reduce((m, x) => ((m[f(x)] = (m[f(x)] || 0) + 1), m), {});
console.log(`verified ${out.length} items: every anchor unique, every span slices to its text, every sectionId matches the headings`);
console.log('status', by((x) => x.status), 'period', by((x) => x.period));
console.log('sections', by((x) => x.sectionId));
console.log(`wrote ${OUT}`);
