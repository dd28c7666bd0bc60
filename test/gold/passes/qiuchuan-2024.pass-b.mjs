// Gold annotation, pass B, of test/fixtures/reports/dev/qiuchuan-2024.txt (楸川县2025年政府工作报告).
// Read in reverse: last paragraph first. Built from the text, shared/CONTRACT.md §3 and docs/annotation.md only.
// Sections: 一、2024年工作回顾 → s1 (its （一）…（六） → s1.1…s1.6; the closing and problems paragraphs after
// （六） stay in s1.6), actual, period 2024; 二、→ s2 and 三、→ s3 (（一）…（七） → s3.1…s3.7), target, period 2025;
// 四、→ s4 (no figure). The report has no 预计.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, '../../..');
const SOURCE = 'test/fixtures/reports/dev/qiuchuan-2024.txt';
const OUT = resolve(here, 'qiuchuan-2024.pass-b.json');
const src = readFileSync(resolve(ROOT, SOURCE), 'utf8');

const entries = [];
let ctx = { status: 'actual', period: '2024', sectionId: 's1' };
const at = (sectionId, status, period) => { ctx = { sectionId, status, period }; };
// growth: g(value, unit, basis, text, qualifier?)
const g = (value, unit, basis, text, qualifier) =>
  qualifier ? { value, unit, basis, text, qualifier } : { value, unit, basis, text };
// I(anchor, text, name, value, unit, extra?) — anchor null → text is its own anchor
const I = (anchor, text, name, value, unit, extra = {}) =>
  entries.push({ anchor: anchor ?? text, text, name, value, unit, growth: null, qualifier: null, ...ctx, ...extra });

// ───────────── 四、全面加强政府自身建设 (s4): no figure (“四下基层”, “十四五”, “十五五” are slogans) ─────────────

// ───────────── 三、（七） s3.7 ─────────────
at('s3.7', 'target', '2025');
I('坚持把财政支出的八成以上用于民生', '财政支出的八成以上', '财政支出用于民生', 8, '成', { qualifier: 'at_least', note: '§1 share in 成; named by the relation (财政支出 … 用于民生, assembled from written pieces)' });
I('民生。城镇新增就业5000人以上', '城镇新增就业5000人以上', '城镇新增就业', 5000, '人', { qualifier: 'at_least', note: '§1 a figure written again (also in 二、)' });
I(null, '职业技能培训1.5万人次', '职业技能培训', 1.5, '万人次', { note: '§3 name: 开展 dropped' });
I(null, '新增农村劳动力转移就业1万人', '新增农村劳动力转移就业', 1, '万人');
I(null, '新建、改扩建学校5所', '新建、改扩建学校', 5, '所', { note: '§3 name: 新建 selects, kept' });
I(null, '新增学位3000个', '新增学位', 3000, '个');
I(null, '两所九年一贯制学校', '九年一贯制学校', 2, '所', { note: '§1 count before a noun, span from the number; 九年一贯制 is a category inside the name' });
I(null, '新招聘教师200名以上', '新招聘教师', 200, '名', { qualifier: 'at_least' });
I(null, '建设县域医疗次中心3个', '建设县域医疗次中心', 3, '个', { note: '§3 stock test: 建设 picks the centres built, kept (三甲医院 is a grade)' });
I('家庭医生签约服务覆盖率达到80%以上', '家庭医生签约服务覆盖率达到80%以上', '家庭医生签约服务覆盖率', 80, '%', { qualifier: 'at_least' });
I(null, '新建社区养老服务站10个', '新建社区养老服务站', 10, '个');
I(null, '新增养老床位300张', '新增养老床位', 300, '张');
I(null, '城乡居民基本医疗保险参保率稳定在95%以上', '城乡居民基本医疗保险参保率', 95, '%', { qualifier: 'at_least' });
I(null, '新建城市书房4个', '新建城市书房', 4, '个');
I(null, '文化惠民演出300场以上', '文化惠民演出', 300, '场', { qualifier: 'at_least', note: '§3 name: 举办 dropped' });
I('继续办好十件民生实事，总投资9.2亿元', '总投资9.2亿元', '总投资', 9.2, '亿元', { note: '十件民生实事 is a package named by its count (§1), no item; 总投资 is the noun of the clause (§3 subject left out)' });

// ───────────── 三、（六） s3.6 ─────────────
at('s3.6', 'target', '2025');
I(null, '县城细颗粒物平均浓度控制在30微克/立方米以内', '县城细颗粒物平均浓度', 30, '微克/立方米', { qualifier: 'at_most', note: '§3 name: 县城 restricts the measure, kept' });
I(null, '空气质量优良天数比例达到85%以上', '空气质量优良天数比例', 85, '%', { qualifier: 'at_least' });
I(null, '国控、省控断面水质优良比例保持100%', '国控、省控断面水质优良比例', 100, '%');
I(null, '人工造林1万亩', '人工造林', 1, '万亩', { note: '§3 name: 完成 dropped' });
I(null, '森林覆盖率稳定在46.8%以上', '森林覆盖率', 46.8, '%', { qualifier: 'at_least' });
I(null, '新增光伏发电装机10万千瓦', '新增光伏发电装机', 10, '万千瓦');
I(null, '创建省级绿色工厂3家', '创建省级绿色工厂', 3, '家');

// ───────────── 三、（五） s3.5 ─────────────
// 营商环境评价进入全市前3位: a rank (ordinal), no item.
at('s3.5', 'target', '2025');
I(null, '推出“高效办成一件事”事项10项以上', '推出“高效办成一件事”事项', 10, '项', { qualifier: 'at_least', note: '§3 name: 推出 picks the new ones (stock test); quotes inside a name stay; “一件事” is a slogan' });
I(null, '政务服务事项网上可办率保持在98%以上', '政务服务事项网上可办率', 98, '%', { qualifier: 'at_least' });
I(null, '新增经营主体6000户以上', '新增经营主体', 6000, '户', { qualifier: 'at_least' });
I(null, '新增企业1500户以上', '新增企业', 1500, '户', { qualifier: 'at_least' });
I(null, '县属国有企业经营收入增长15%以上', '县属国有企业经营收入', null, null, { qualifier: 'at_least', growth: g(15, '%', null, '增长15%以上') });
I(null, '进出口总额突破40亿元', '进出口总额', 40, '亿元', { qualifier: 'more_than', note: '§3 qualifier: 突破 → more_than' });
I(null, '新增有进出口实绩企业15家以上', '新增有进出口实绩企业', 15, '家', { qualifier: 'at_least' });

// ───────────── 三、（四） s3.4 ─────────────
at('s3.4', 'target', '2025');
I(null, '常住人口城镇化率达到59.8%', '常住人口城镇化率', 59.8, '%');
I(null, '城市更新项目28个', '城市更新项目', 28, '个', { note: '§3 name: 实施 dropped' });
I(null, '总投资32.5亿元', '总投资', 32.5, '亿元');
I(null, '改造老旧小区18个', '改造老旧小区', 18, '个');
I(null, '惠及居民2600户', '惠及居民', 2600, '户');
I(null, '新建改造城市道路8条', '新建改造城市道路', 8, '条');
I('城市道路8条、10.5公里', '10.5公里', '新建改造城市道路', 10.5, '公里', { note: '§1 a figure in another unit after a count, without a noun of its own' });
I(null, '新增公共停车位2000个', '新增公共停车位', 2000, '个');
I(null, '公共充电桩300台', '公共充电桩', 300, '台', { note: '§3 list sharing the verb: 新增 on the first member only' });
I(null, '新增污水处理能力每日3万吨', '新增污水处理能力', 3, '万吨', { note: '每日 inside the span; 三期扩建工程 is an ordinal' });
I(null, '新建改造雨污管网30公里', '新建改造雨污管网', 30, '公里');
I(null, '新增城市绿地10公顷', '新增城市绿地', 10, '公顷');
I(null, '新建口袋公园6个', '新建口袋公园', 6, '个');
I(null, '省道改造提升22公里', '省道改造提升', 22, '公里', { note: '§3 name: 完成 dropped' });
I(null, '新建农村公交候车亭120座', '新建农村公交候车亭', 120, '座');

// ───────────── 三、（三） s3.3 ─────────────
at('s3.3', 'target', '2025');
I(null, '粮食播种面积稳定在86万亩以上', '粮食播种面积', 86, '万亩', { qualifier: 'at_least' });
I(null, '耕地保有量不低于98.6万亩', '耕地保有量', 98.6, '万亩', { qualifier: 'at_least' });
I('新建高标准农田3万亩', '新建高标准农田3万亩', '新建高标准农田', 3, '万亩');
I('高标准农田3万亩、改造提升2万亩', '改造提升2万亩', '高标准农田改造提升', 2, '万亩', { note: '§1 second figure, clause without a noun: name of the item it continues + the verb (as 高标准农田累计建成)' });
I(null, '新发展茶叶基地1.5万亩', '新发展茶叶基地', 1.5, '万亩');
I(null, '中药材基地1万亩', '中药材基地', 1, '万亩');
I(null, '每亩补贴100-200元', '每亩补贴', 100, '元', { valueHigh: 200, note: '§1 range; beneficiary 对新建连片基地 dropped (as 为…); per-unit word in the name' });
I(null, '新培育市级以上农业产业化龙头企业5家', '新培育市级以上农业产业化龙头企业', 5, '家');
I(null, '农产品加工业产值与农业总产值之比达到2.6∶1', '农产品加工业产值与农业总产值之比', 2.6, null, { note: '§1 a ratio x∶1 → value x, unit null' });
I(null, '脱贫人口人均纯收入增长10%以上', '脱贫人口人均纯收入', null, null, { qualifier: 'at_least', growth: g(10, '%', null, '增长10%以上') });
I(null, '集体经营性收入50万元以上的村达到50个', '集体经营性收入50万元以上的村', 50, '个', { note: '§1 a threshold that defines a category: 50万元 is in the name' });
I(null, '新改建农村公路100公里', '新改建农村公路', 100, '公里');
I(null, '改造农村危房150户', '改造农村危房', 150, '户');
I(null, '农村户厕改造3000户', '农村户厕改造', 3000, '户', { note: '§3 name: 完成 dropped' });
I(null, '农村生活污水治理率提高到46%以上', '农村生活污水治理率', 46, '%', { qualifier: 'at_least' });
I(null, '两个省级乡村振兴示范片区', '省级乡村振兴示范片区', 2, '个', { note: '§1 count before a noun (no members named, not apposition); “一村一品、一镇一业” is a slogan' });
I(null, '创建省级乡村振兴示范村5个以上', '创建省级乡村振兴示范村', 5, '个', { qualifier: 'at_least' });

// ───────────── 三、（二） s3.2 ─────────────
// 新材料产业倍增三年行动（2025—2027年）: name of a plan; 用3-5年时间: a time frame (date), no item.
at('s3.2', 'target', '2025');
I(null, '新材料产业产值突破190亿元', '新材料产业产值', 190, '亿元', { qualifier: 'more_than' });
I(null, '装备制造、农产品精深加工两大产业产值分别增长8%', '装备制造产业产值', null, null, { growth: g(8, '%', null, '增长8%'), note: '§1 分别: bare members take the shared head 产业; 两大 stays out' });
I(null, '装备制造、农产品精深加工两大产业产值分别增长8%和6%以上', '农产品精深加工产业产值', null, null, { qualifier: 'at_least', growth: g(6, '%', null, '增长8%和6%以上'), note: '以上 written after the second figure only: at_least on that member' });
I(null, '新增规模以上工业企业20家以上', '新增规模以上工业企业', 20, '家', { qualifier: 'at_least' });
I(null, '总数突破200家', '总数', 200, '家', { qualifier: 'more_than' });
I(null, '技术改造项目50个以上', '技术改造项目', 50, '个', { qualifier: 'at_least', note: '§3 name: 实施 dropped' });
I(null, '技改投资30亿元', '技改投资', 30, '亿元');
I(null, '培育年产值超50亿元的企业3家', '培育年产值超50亿元的企业', 3, '家', { note: '§1 threshold defines a category; 培育 kept (§3)' });
I(null, '超10亿元的企业15家', '超10亿元的企业', 15, '家');
I(null, '高新技术企业总数达到80家', '高新技术企业总数', 80, '家');
I(null, '全社会研发经费投入强度达到2.3%', '全社会研发经费投入强度', 2.3, '%');
I(null, '新建省级以上创新平台3个', '新建省级以上创新平台', 3, '个');
I(null, '1000万元人才发展专项资金', '人才发展专项资金', 1000, '万元', { note: '§1 count before a noun: span from the number' });
I(null, '引进各类人才200人以上', '引进各类人才', 200, '人', { qualifier: 'at_least' });
I(null, '新建冷链物流中心1个', '新建冷链物流中心', 1, '个');
I(null, '建成农村电商服务站50个', '建成农村电商服务站', 50, '个');
I(null, '争创省级旅游度假区1个', '争创省级旅游度假区', 1, '个');
I(null, '新增国家3A级以上旅游景区2家', '新增国家3A级以上旅游景区', 2, '家', { note: '3A级 is a grade inside the name' });
I(null, '接待游客增长10%以上', '接待游客', null, null, { qualifier: 'at_least', growth: g(10, '%', null, '增长10%以上') });

// ───────────── 三、（一） s3.1 ─────────────
at('s3.1', 'target', '2025');
I('全年计划实施亿元以上项目85个', '亿元以上项目85个', '亿元以上项目', 85, '个', { note: '亿元以上 is a category (过亿元项目); 实施 dropped' });
I(null, '总投资486.2亿元', '总投资', 486.2, '亿元');
I(null, '年度计划完成投资152.3亿元', '年度计划完成投资', 152.3, '亿元', { note: '§3 name: 年度计划 is a noun, stays' });
I(null, '新开工项目42个', '新开工项目', 42, '个');
I(null, '总投资198.7亿元', '总投资', 198.7, '亿元');
I(null, '一季度开工项目不少于15个', '一季度开工项目', 15, '个', { qualifier: 'at_least', note: '§3 name: 一季度 restricts the period, stays' });
I(null, '6月底前开工率达到80%以上', '6月底前开工率', 80, '%', { qualifier: 'at_least', note: '§3 name: 6月底前 restricts the period, stays' });
I(null, '上级资金20亿元以上', '上级资金', 20, '亿元', { qualifier: 'at_least', note: '§3 name: 争取 dropped' });
I(null, '新签约亿元以上项目50个以上', '新签约亿元以上项目', 50, '个', { qualifier: 'at_least' });
I(null, '协议总投资突破200亿元', '协议总投资', 200, '亿元', { qualifier: 'more_than' });
I(null, '到位市外资金100亿元以上', '到位市外资金', 100, '亿元', { qualifier: 'at_least' });
I(null, '引进世界500强或行业百强企业项目2个以上', '引进世界500强或行业百强企业项目', 2, '个', { qualifier: 'at_least', note: '世界500强, 百强 are names' });
I(null, '盘活闲置低效用地1500亩以上', '盘活闲置低效用地', 1500, '亩', { qualifier: 'at_least' });
I(null, '促消费活动50场以上', '促消费活动', 50, '场', { qualifier: 'at_least', note: '§3 name: 举办 and a leading 各类 dropped' });
I(null, '新增限额以上商贸企业40家以上', '新增限额以上商贸企业', 40, '家', { qualifier: 'at_least' });
I(null, '新建县级商贸综合体1个', '新建县级商贸综合体', 1, '个');
I(null, '乡镇商贸中心5个', '乡镇商贸中心', 5, '个');

// ───────────── 二、2025年总体要求和主要目标 (s2) ─────────────
at('s2', 'target', '2025');
I(null, '地区生产总值增长6%左右', '地区生产总值', null, null, { qualifier: 'about', growth: g(6, '%', null, '增长6%左右') });
I(null, '总量突破300亿元', '总量', 300, '亿元', { qualifier: 'more_than', note: '§3 subject left out: the noun of the clause' });
I(null, '规模以上工业增加值增长8%以上', '规模以上工业增加值', null, null, { qualifier: 'at_least', growth: g(8, '%', null, '增长8%以上') });
I(null, '固定资产投资增长5%', '固定资产投资', null, null, { growth: g(5, '%', null, '增长5%') });
I(null, '社会消费品零售总额增长6%左右', '社会消费品零售总额', null, null, { qualifier: 'about', growth: g(6, '%', null, '增长6%左右') });
I(null, '一般公共预算收入增长4.5%', '一般公共预算收入', null, null, { growth: g(4.5, '%', null, '增长4.5%') });
I(null, '税收占比稳定在70%以上', '税收占比', 70, '%', { qualifier: 'at_least' });
I(null, '进出口总额增长10%', '进出口总额', null, null, { growth: g(10, '%', null, '增长10%') });
I('城镇新增就业5000人以上，城镇调查失业率', '城镇新增就业5000人以上', '城镇新增就业', 5000, '人', { qualifier: 'at_least' });
I(null, '城镇调查失业率控制在5.5%以内', '城镇调查失业率', 5.5, '%', { qualifier: 'at_most' });
I(null, '居民消费价格涨幅2%左右', '居民消费价格涨幅', 2, '%', { qualifier: 'about', note: '§1 a rate named as a noun: a value in %' });
I(null, '粮食总产量稳定在35万吨以上', '粮食总产量', 35, '万吨', { qualifier: 'at_least' });

// ───────────── 一、（六） s1.6, with the closing and problems paragraphs ─────────────
at('s1.6', 'actual', '2024');
// problems paragraph (一是…五是 are ordinals)
I('全年固定资产投资增长4.8%，低于', '固定资产投资增长4.8%', '固定资产投资', null, null, { growth: g(4.8, '%', null, '增长4.8%'), note: '§1 a figure written again' });
I(null, '低于年初预期目标3.2个百分点', '固定资产投资', null, null, { growth: g(-3.2, 'pp', null, '低于年初预期目标3.2个百分点'), note: '§3 growth: a comparison (here with the target) is its own item, 低于 negative, named after the measure compared' });
// main paragraph
I(null, '民生支出38.01亿元', '民生支出', 38.01, '亿元');
I(null, '占一般公共预算支出的81.3%', '占一般公共预算支出', 81.3, '%', { note: '§3 name: a share named by its relation, no trailing 的' });
I(null, '城镇新增就业5260人', '城镇新增就业', 5260, '人');
I(null, '城镇登记失业率为3.1%', '城镇登记失业率', 3.1, '%');
I(null, '新增农村劳动力转移就业1.36万人', '新增农村劳动力转移就业', 1.36, '万人');
I(null, '职业技能培训1.85万人次', '职业技能培训', 1.85, '万人次');
I(null, '幼儿园7所', '幼儿园', 7, '所', { note: '§1 a list member with no figure of its own: the figure goes to the noun just before it (新建、改扩建中小学和幼儿园 contains it)' });
I(null, '新增学位4320个', '新增学位', 4320, '个');
// 其中新建两所学校——县第三实验小学和城东幼儿园: a count in apposition to the members named (no 等) → no item
I(null, '学前教育普惠率达到91.2%', '学前教育普惠率', 91.2, '%');
I(null, '新招聘教师215名', '新招聘教师', 215, '名');
I(null, '新增床位300张', '新增床位', 300, '张');
I(null, '14个乡镇卫生院全部达到“优质服务基层行”基本标准', '乡镇卫生院全部达到“优质服务基层行”基本标准', 14, '个', { note: '§1 count before a noun + a predicate that selects (达到…标准)' });
I(null, '家庭医生签约服务覆盖率达到78.6%', '家庭医生签约服务覆盖率', 78.6, '%');
I(null, '新建社区养老服务站14个', '新建社区养老服务站', 14, '个');
I(null, '乡镇区域养老服务中心3个', '乡镇区域养老服务中心', 3, '个');
I(null, '养老床位达到2380张', '养老床位', 2380, '张');
I(null, '每千名老年人拥有养老床位21.3张', '每千名老年人拥有养老床位', 21.3, '张', { note: '§1 per-unit: 每千名老年人 belongs to the name' });
I(null, '城市和农村低保标准分别提高到每人每月820元', '城市低保标准', 820, '元', { note: '§1 分别: compound subject split' });
I(null, '城市和农村低保标准分别提高到每人每月820元和640元', '农村低保标准', 640, '元');
I(null, '城乡居民基本养老保险、基本医疗保险参保率分别达到98.2%', '城乡居民基本养老保险参保率', 98.2, '%');
I(null, '城乡居民基本养老保险、基本医疗保险参保率分别达到98.2%、96.5%', '城乡居民基本医疗保险参保率', 96.5, '%');
I(null, '救助资金1.36亿元', '救助资金', 1.36, '亿元', { note: '§3 name: 发放 and 各类 dropped' });
I(null, '惠及困难群众近4万人', '惠及困难群众', 4, '万人', { qualifier: 'nearly' });
I(null, '新建城市书房6个', '新建城市书房', 6, '个');
I(null, '提档升级村级综合性文化服务中心43个', '提档升级村级综合性文化服务中心', 43, '个');
I(null, '文化惠民演出320余场', '文化惠民演出', 320, '场', { qualifier: 'more_than' });
I(null, '新建体育公园2个', '新建体育公园', 2, '个');
I(null, '健身步道28公里', '健身步道', 28, '公里');
I(null, '生产安全事故起数、死亡人数分别下降18.2%', '生产安全事故起数', null, null, { growth: g(-18.2, '%', null, '下降18.2%') });
I(null, '生产安全事故起数、死亡人数分别下降18.2%和21.4%', '生产安全事故死亡人数', null, null, { growth: g(-21.4, '%', null, '下降18.2%和21.4%'), note: '§1 分别: the shared 生产安全事故 goes to each member' });
I(null, '刑事案件立案数下降12.6%', '刑事案件立案数', null, null, { growth: g(-12.6, '%', null, '下降12.6%') });
I(null, '群众安全感满意度达到98.3%', '群众安全感满意度', 98.3, '%');
I(null, '比上年前移3位', '群众安全感满意度', null, null, { growth: g(3, '位次', 'yoy', '比上年前移3位'), note: '§1 rank change (位 → 位次), its own item as a change of a rate; 居全市第2位 an ordinal' });
I(null, '累计完成投资8.76亿元', '累计完成投资', 8.76, '亿元', { note: '十件民生实事: package named by its count, no item; clause names only the verb: 完成投资, 累计 stays' });

// ───────────── 一、（五） s1.5 ─────────────
at('s1.5', 'actual', '2024');
I(null, '营商环境评价中由第7位上升至第3位，前进4个位次', '营商环境评价', null, null, { growth: g(4, '位次', null, '前进4个位次'), note: '§1 rank change; the ranks 第7位/第3位 are ordinals inside the span' });
I(null, '政务服务事项“一网通办”率达到98.6%', '政务服务事项“一网通办”率', 98.6, '%');
I(null, '高效办成一件事”落地实施16项', '高效办成一件事', 16, '项', { note: '§3 quoted name starts after the quote; 落地实施 (an activity) dropped' });
I(null, '企业开办时间压缩至0.5个工作日以内', '企业开办时间', 0.5, '个工作日', { qualifier: 'at_most' });
I(null, '新增经营主体6842户', '新增经营主体', 6842, '户');
I(null, '总数达到5.18万户', '总数', 5.18, '万户');
I(null, '企业1.36万户，增长11.5%', '企业', 1.36, '万户', { growth: g(11.5, '%', null, '增长11.5%') });
I(null, '减税降费及退税缓费3.85亿元', '减税降费及退税缓费', 3.85, '亿元', { note: '§3 name: beneficiary 为企业 dropped' });
I(null, '创业担保贷款1.26亿元', '创业担保贷款', 1.26, '亿元', { note: '§3 name: 发放 dropped' });
I(null, '扶持创业1480人', '扶持创业', 1480, '人');
I(null, '整合组建县属国有企业集团3家', '整合组建县属国有企业集团', 3, '家');
I(null, '国有资产总额达到386.5亿元，增长8.7%', '国有资产总额', 386.5, '亿元', { growth: g(8.7, '%', null, '增长8.7%') });
I(null, '进出口总额36.8亿元，增长12.4%', '进出口总额', 36.8, '亿元', { growth: g(12.4, '%', null, '增长12.4%') });
I(null, '出口29.5亿元，增长14.1%', '出口', 29.5, '亿元', { growth: g(14.1, '%', null, '增长14.1%') });
I(null, '新增有进出口实绩企业19家', '新增有进出口实绩企业', 19, '家');
I(null, '总数达到103家', '总数', 103, '家');

// ───────────── 一、（四） s1.4 ─────────────
at('s1.4', 'actual', '2024');
I(null, '常住人口城镇化率达到58.6%，提高1.2个百分点', '常住人口城镇化率', 58.6, '%', { growth: g(1.2, 'pp', null, '提高1.2个百分点') });
I(null, '城市更新项目31个', '城市更新项目', 31, '个');
I(null, '完成投资24.7亿元', '完成投资', 24.7, '亿元', { note: '§3 name: a clause that names nothing but the verb keeps it' });
I(null, '改造老旧小区23个', '改造老旧小区', 23, '个');
I(null, '惠及居民3680户', '惠及居民', 3680, '户');
I(null, '改造建筑面积28.6万平方米', '改造建筑面积', 28.6, '万平方米');
I(null, '新建改造城市道路12条', '新建改造城市道路', 12, '条');
I(null, '18.4公里', '新建改造城市道路', 18.4, '公里', { note: '§1 a figure in another unit after a count' });
I(null, '打通“断头路”5条', '打通“断头路”', 5, '条');
I(null, '新增公共停车位2860个', '新增公共停车位', 2860, '个');
I(null, '公共充电桩420台', '公共充电桩', 420, '台');
I(null, '口袋公园9个', '口袋公园', 9, '个', { note: '§1 list member with no figure of its own (新建城市公园和口袋公园 contains it)' });
I(null, '新增城市绿地12.3公顷', '新增城市绿地', 12.3, '公顷');
I(null, '建成区绿化覆盖率达到41.5%', '建成区绿化覆盖率', 41.5, '%');
I(null, '新建改造城区供水管网23.5公里', '新建改造城区供水管网', 23.5, '公里');
I(null, '污水管网36公里', '污水管网', 36, '公里');
I(null, '城市生活污水集中收集率提高到73.2%', '城市生活污水集中收集率', 73.2, '%');
I(null, '筹集保障性租赁住房520套', '筹集保障性租赁住房', 520, '套');
I(null, '城中村改造1160户', '城中村改造', 1160, '户', { note: '§3 name: 完成 dropped' });
I(null, '更新新能源公交车40辆', '更新新能源公交车', 40, '辆');
I(null, '新开通城乡公交线路6条', '新开通城乡公交线路', 6, '条');
I(null, '建制村通客车率保持100%', '建制村通客车率', 100, '%');
I(null, '全长28.6公里', '全长', 28.6, '公里', { note: '§1 a noun written for it is its name (as 总长); 一级公路 a grade' });
I(null, '县城至市区车程缩短至30分钟以内', '县城至市区车程', 30, '分钟', { qualifier: 'at_most', note: '§1 a duration that measures (a time taken)' });
I(null, '改造提升二级公路45.3公里', '改造提升二级公路', 45.3, '公里');
I(null, '县城空气质量优良天数比例达到84.7%，提高2.3个百分点', '县城空气质量优良天数比例', 84.7, '%', { growth: g(2.3, 'pp', null, '提高2.3个百分点') });
I(null, '细颗粒物平均浓度为31微克/立方米，下降3.1%', '细颗粒物平均浓度', 31, '微克/立方米', { growth: g(-3.1, '%', null, '下降3.1%') });
I(null, '国控、省控断面水质优良比例达到100%', '国控、省控断面水质优良比例', 100, '%');
I(null, '人工造林1.2万亩', '人工造林', 1.2, '万亩');
I(null, '森林覆盖率达到46.8%', '森林覆盖率', 46.8, '%');
I(null, '单位地区生产总值能耗下降3.6%', '单位地区生产总值能耗', null, null, { growth: g(-3.6, '%', null, '下降3.6%') });

// ───────────── 一、（三） s1.3 ─────────────
at('s1.3', 'actual', '2024');
I(null, '粮食播种面积86.2万亩', '粮食播种面积', 86.2, '万亩');
I(null, '总产量35.8万吨', '总产量', 35.8, '万吨', { note: '§3 subject left out: the noun of the clause' });
I(null, '连续12年稳定在35万吨以上', '总产量', 35, '万吨', { qualifier: 'at_least', note: '§1 a second figure of the same measure, span on the clause (连续12年 a date inside)' });
I(null, '新建高标准农田3.6万亩', '新建高标准农田', 3.6, '万亩');
I(null, '累计建成52.4万亩', '高标准农田累计建成', 52.4, '万亩');
I(null, '占永久基本农田面积的比重达到71.8%', '占永久基本农田面积的比重', 71.8, '%');
I(null, '耕地地力保护补贴1.12亿元', '耕地地力保护补贴', 1.12, '亿元');
I(null, '惠及农户9.7万户', '惠及农户', 9.7, '万户');
I(null, '茶叶、中药材、优质稻三大特色产业种植面积分别达到12.6万亩', '茶叶产业种植面积', 12.6, '万亩', { note: '§1 分别: bare members take the head 产业; 三大, 特色 describe the set and stay out' });
I(null, '茶叶、中药材、优质稻三大特色产业种植面积分别达到12.6万亩、8.3万亩', '中药材产业种植面积', 8.3, '万亩');
I(null, '茶叶、中药材、优质稻三大特色产业种植面积分别达到12.6万亩、8.3万亩、21.5万亩', '优质稻产业种植面积', 21.5, '万亩');
I(null, '获批省级现代农业产业园1个', '获批省级现代农业产业园', 1, '个');
// 建成青檀、枫林两个农业高质量发展示范区: count in apposition to the members named → no item
I(null, '新增省级农业产业化龙头企业2家', '新增省级农业产业化龙头企业', 2, '家');
I(null, '总数达到11家', '总数', 11, '家');
I(null, '新增农民专业合作社示范社15家', '新增农民专业合作社示范社', 15, '家');
I(null, '家庭农场示范场32家', '家庭农场示范场', 32, '家');
I(null, '1286户3742人纳入防止返贫监测范围', '纳入防止返贫监测范围', 1286, '户', { note: 'count + predicate 纳入 (selects); two figures, two items' });
I(null, '3742人纳入防止返贫监测范围', '纳入防止返贫监测范围', 3742, '人');
I(null, '脱贫人口人均纯收入达到15630元，增长12.6%', '脱贫人口人均纯收入', 15630, '元', { growth: g(12.6, '%', null, '增长12.6%') });
I(null, '236个行政村', '行政村', 236, '个', { note: '§1 all members reach a level: the count and the level are items' });
I(null, '行政村集体经营性收入全部超过10万元', '行政村集体经营性收入', 10, '万元', { qualifier: 'more_than' });
I(null, '超过50万元的村达到37个', '超过50万元的村', 37, '个', { note: '§1 a category: 超过 inside the name, qualifier null' });
I('超过50万元的村达到37个，比上年增加12个', '比上年增加12个', '超过50万元的村增加', 12, '个');
I(null, '农村户厕改造4200户', '农村户厕改造', 4200, '户');
I(null, '农村生活污水治理率达到42.5%', '农村生活污水治理率', 42.5, '%');
I(null, '农村生活垃圾无害化处理率稳定在98%以上', '农村生活垃圾无害化处理率', 98, '%', { qualifier: 'at_least' });
I(null, '新改建农村公路136.8公里', '新改建农村公路', 136.8, '公里');
I(null, '改造农村危桥11座', '改造农村危桥', 11, '座');
I(null, '创建省级乡村振兴示范村6个', '创建省级乡村振兴示范村', 6, '个');
I(null, '市级美丽乡村示范村18个', '市级美丽乡村示范村', 18, '个');

// ───────────── 一、（二） s1.2 ─────────────
at('s1.2', 'actual', '2024');
const ind = '新材料、装备制造、农产品精深加工三大主导产业分别实现产值168.3亿元、124.6亿元、97.2亿元，分别增长11.2%';
I(null, ind, '新材料产业产值', 168.3, '亿元', { growth: g(11.2, '%', null, '增长11.2%'), note: '§1 分别: bare members take the head 产业' });
I(null, ind + '、7.5%', '装备制造产业产值', 124.6, '亿元', { growth: g(7.5, '%', null, '增长11.2%、7.5%') });
I(null, ind + '、7.5%、4.3%', '农产品精深加工产业产值', 97.2, '亿元', { growth: g(4.3, '%', null, '增长11.2%、7.5%、4.3%') });
I(null, '规模以上工业总产值达到452.7亿元，增长9.1%', '规模以上工业总产值', 452.7, '亿元', { growth: g(9.1, '%', null, '增长9.1%') });
I(null, '新增规模以上工业企业23家', '新增规模以上工业企业', 23, '家');
I(null, '总数达到186家', '总数', 186, '家');
I(null, '产值超10亿元企业达到8家', '产值超10亿元企业', 8, '家');
I('达到8家，比上年增加2家', '比上年增加2家', '产值超10亿元企业增加', 2, '家');
I(null, '技术改造项目46个', '技术改造项目', 46, '个');
I(null, '技改投资28.4亿元', '技改投资', 28.4, '亿元');
I(null, '新增工业机器人160台', '新增工业机器人', 160, '台');
I(null, '建成省级智能工厂2家', '建成省级智能工厂', 2, '家');
I(null, '数字化车间7个', '数字化车间', 7, '个');
I(null, '全社会研发经费投入强度达到2.15%，提高0.21个百分点', '全社会研发经费投入强度', 2.15, '%', { growth: g(0.21, 'pp', null, '提高0.21个百分点') });
I(null, '新认定高新技术企业14家', '新认定高新技术企业', 14, '家');
I(null, '总数达到67家', '总数', 67, '家');
I(null, '新获批国家级专精特新“小巨人”企业2家', '新获批国家级专精特新“小巨人”企业', 2, '家');
I(null, '省级专精特新中小企业9家', '省级专精特新中小企业', 9, '家');
I(null, '市级创新型中小企业21家', '市级创新型中小企业', 21, '家');
I(null, '新建省级工程技术研究中心3个', '新建省级工程技术研究中心', 3, '个');
I(null, '市级企业技术中心7个', '市级企业技术中心', 7, '个');
I(null, '每万人口有效发明专利拥有量达到8.6件', '每万人口有效发明专利拥有量', 8.6, '件');
I(null, '高新技术产业产值占规模以上工业总产值比重达到48.9%', '高新技术产业产值占规模以上工业总产值比重', 48.9, '%');
I(null, '引进各类高层次人才186人', '引进各类高层次人才', 186, '人');
I(null, '博士研究生23人', '博士研究生', 23, '人');
I(null, '新增限额以上商贸企业41家', '新增限额以上商贸企业', 41, '家');
I(null, '规模以上服务业企业18家', '规模以上服务业企业', 18, '家');
I(null, '建成县级物流分拨中心1个', '建成县级物流分拨中心', 1, '个');
I(null, '乡镇快递服务站14个', '乡镇快递服务站', 14, '个');
I(null, '村级寄递物流综合服务点236个', '村级寄递物流综合服务点', 236, '个');
I(null, '快递进村覆盖率达到100%', '快递进村覆盖率', 100, '%');
I(null, '接待游客486.3万人次，实现旅游综合收入41.2亿元，分别增长15.7%', '接待游客', 486.3, '万人次', { growth: g(15.7, '%', null, '增长15.7%'), note: '§1 分别 with two measures: value + its growth, span to the member\'s growth' });
I(null, '旅游综合收入41.2亿元，分别增长15.7%和18.3%', '旅游综合收入', 41.2, '亿元', { growth: g(18.3, '%', null, '增长15.7%和18.3%'), note: '实现 dropped (subject + 实现 + object)' });
I(null, 'A级景区达到9家', 'A级景区', 9, '家', { note: '国家4A级 a grade' });

// ───────────── 一、（一） s1.1 ─────────────
at('s1.1', 'actual', '2024');
I('全年实施亿元以上项目78个', '亿元以上项目78个', '亿元以上项目', 78, '个');
I(null, '完成投资136.5亿元', '完成投资', 136.5, '亿元');
I(null, '10亿元以上重大项目9个', '10亿元以上重大项目', 9, '个', { note: '§1 a threshold that defines a category' });
I(null, '省重点项目4个', '省重点项目', 4, '个', { note: '§3 name: 列入 dropped' });
I(null, '市重点项目21个', '市重点项目', 21, '个');
I(null, '分别完成年度投资计划的112.3%', '省重点项目完成年度投资计划', 112.3, '%', { note: '§1 分别; §3 完成年度计划 (a share named by its relation)' });
I(null, '分别完成年度投资计划的112.3%和106.8%', '市重点项目完成年度投资计划', 106.8, '%');
I(null, '外出招商112批次', '外出招商', 112, '批次', { note: '§3 name: 组织 dropped' });
I(null, '新签约项目52个', '新签约项目', 52, '个');
I(null, '协议总投资218.6亿元', '协议总投资', 218.6, '亿元');
I(null, '世界500强企业投资项目2个', '世界500强企业投资项目', 2, '个', { note: '世界500强 is a name' });
I(null, '央企和国有企业投资项目5个', '央企和国有企业投资项目', 5, '个');
I(null, '到位市外资金96.3亿元，增长9.8%', '到位市外资金', 96.3, '亿元', { growth: g(9.8, '%', null, '增长9.8%') });
I(null, '实际使用外资2150万美元，增长6.4%', '实际使用外资', 2150, '万美元', { growth: g(6.4, '%', null, '增长6.4%') });
I(null, '“标准地”出让1860亩', '“标准地”出让', 1860, '亩', { note: '§3 name: subject 楸川经济开发区 + 完成 + object → the object; quotes inside a name stay' });
I(null, '新建标准化厂房12.6万平方米', '新建标准化厂房', 12.6, '万平方米');
I(null, '新入驻企业27家', '新入驻企业', 27, '家');
I(null, '园区亩均税收达到18.6万元', '园区亩均税收', 18.6, '万元');
I('达到18.6万元，比上年增加2.3万元', '比上年增加2.3万元', '园区亩均税收增加', 2.3, '万元');
I(null, '地方政府专项债券资金17.4亿元', '地方政府专项债券资金', 17.4, '亿元', { note: '§1 list member with no figure of its own: the figure goes to the noun just before it; 争取 dropped' });
I('17.4亿元，比上年增加3.2亿元', '比上年增加3.2亿元', '地方政府专项债券资金增加', 3.2, '亿元', { note: '总量居全市第3位: an ordinal' });
I(null, '政府消费券1500万元', '政府消费券', 1500, '万元', { note: '§3 name: 发放 dropped, 年内 a time word' });
I(null, '直接消费约2.1亿元', '直接消费', 2.1, '亿元', { qualifier: 'about', note: '带动 dropped as 拉动 (出口订单增加)' });

// ───────────── 一、2024年工作回顾 (s1), before （一）, and table 1 ─────────────
at('s1', 'actual', '2024');
// table 1: unit 亿元 for 完成值 from the 单位 line; 同比增长 → yoy; the 增速全市位次 cells are ordinals
const row = (label, value, gv) => {
  const cells = `${label}\t${value ?? '—'}\t${gv}`;
  I(cells + '\t', cells, `${label} 完成值`, value, value === null ? null : '亿元', { growth: g(gv, '%', 'yoy', String(gv)), note: 'table cell (§1 Tables); the rank cell stays outside the span' });
};
row('地区生产总值', 286.4, 6.1);
row('规模以上工业增加值', null, 8.3);
row('固定资产投资', null, 4.8);
row('社会消费品零售总额', 102.6, 5.1);
row('一般公共预算收入', 18.62, 5.4);
row('进出口总额', 36.8, 12.4);
// text
I(null, '地区生产总值286.4亿元，增长6.1%', '地区生产总值', 286.4, '亿元', { growth: g(6.1, '%', null, '增长6.1%'), note: '增速居全市第2位: an ordinal' });
I(null, '第一产业增加值38.7亿元，增长3.9%', '第一产业增加值', 38.7, '亿元', { growth: g(3.9, '%', null, '增长3.9%') });
I(null, '第二产业增加值112.5亿元，增长7.2%', '第二产业增加值', 112.5, '亿元', { growth: g(7.2, '%', null, '增长7.2%') });
I(null, '第三产业增加值135.2亿元，增长5.8%', '第三产业增加值', 135.2, '亿元', { growth: g(5.8, '%', null, '增长5.8%') });
// 三次产业结构调整为13.5∶39.3∶47.2: a structure ratio, no item
I(null, '人均地区生产总值达到5.48万元', '人均地区生产总值', 5.48, '万元');
I('规模以上工业增加值增长8.3%，增速', '规模以上工业增加值增长8.3%', '规模以上工业增加值', null, null, { growth: g(8.3, '%', null, '增长8.3%') });
I('固定资产投资增长4.8%；', '固定资产投资增长4.8%', '固定资产投资', null, null, { growth: g(4.8, '%', null, '增长4.8%') });
I(null, '社会消费品零售总额102.6亿元，增长5.1%', '社会消费品零售总额', 102.6, '亿元', { growth: g(5.1, '%', null, '增长5.1%') });
I(null, '一般公共预算收入18.62亿元，增长5.4%', '一般公共预算收入', 18.62, '亿元', { growth: g(5.4, '%', null, '增长5.4%') });
I(null, '税收收入13.15亿元', '税收收入', 13.15, '亿元');
I(null, '税收占比达到70.6%，比上年提高1.8个百分点', '税收占比', 70.6, '%', { growth: g(1.8, 'pp', 'yoy', '比上年提高1.8个百分点') });
I(null, '城镇居民人均可支配收入45860元、农村居民人均可支配收入23150元，分别增长4.6%', '城镇居民人均可支配收入', 45860, '元', { growth: g(4.6, '%', null, '增长4.6%') });
I(null, '农村居民人均可支配收入23150元，分别增长4.6%和6.7%', '农村居民人均可支配收入', 23150, '元', { growth: g(6.7, '%', null, '增长4.6%和6.7%') });
I(null, '城乡居民收入比由2.02缩小到1.98', '城乡居民收入比', 1.98, null, { note: '§1 a level reached from another: the old level inside the span' });
I(null, '金融机构各项存款余额412.6亿元', '金融机构各项存款余额', 412.6, '亿元', { note: '年末 a time word' });
I(null, '比上年末增加35.8亿元', '金融机构各项存款余额增加', 35.8, '亿元');
I(null, '各项贷款余额298.3亿元', '各项贷款余额', 298.3, '亿元');
I(null, '比年初增加29.4亿元', '各项贷款余额增加', 29.4, '亿元');
I(null, '存贷比达到72.3%', '存贷比', 72.3, '%');

// ───────────── build ─────────────
const count = (hay, needle) => { let n = 0, i = -1; while ((i = hay.indexOf(needle, i + 1)) !== -1) n++; return n; };
const out = [];
const problems = [];
for (const e of entries) {
  const n = count(src, e.anchor);
  if (n !== 1) { problems.push(`anchor x${n}: ${e.anchor}`); continue; }
  const a = src.indexOf(e.anchor);
  const k = e.anchor.indexOf(e.text);
  if (k === -1) { problems.push(`text not in anchor: ${e.text}`); continue; }
  if (e.anchor.indexOf(e.text, k + 1) !== -1) { problems.push(`text twice in anchor: ${e.text}`); continue; }
  const start = a + k, end = start + e.text.length;
  if (src.slice(start, end) !== e.text) { problems.push(`slice mismatch: ${e.text}`); continue; }
  const it = { name: e.name, value: e.value };
  if (e.valueHigh !== undefined) it.valueHigh = e.valueHigh;
  Object.assign(it, { unit: e.unit, growth: e.growth, qualifier: e.qualifier, status: e.status, period: e.period,
    sectionId: e.sectionId, span: { start, end }, text: e.text });
  if (e.note) it.note = e.note;
  // sanity: growth text inside the span, value-or-growth present
  if (e.growth && !e.text.includes(e.growth.text)) problems.push(`growth.text outside span: ${e.text}`);
  if (e.value === null && !e.growth) problems.push(`no value and no growth: ${e.text}`);
  out.push(it);
}
out.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
const dup = out.filter((x, i) => i && x.span.start === out[i - 1].span.start && x.span.end === out[i - 1].span.end && x.value === out[i - 1].value);
if (dup.length) problems.push(`duplicate items: ${dup.map((d) => d.text).join(' | ')}`);
if (problems.length) { console.error(problems.join('\n')); process.exit(1); }
writeFileSync(OUT, JSON.stringify({ document: 'qiuchuan-2024', source: SOURCE, annotator: 'pass-b', indicators: out }, null, 2) + '\n');
const by = (k) => out.reduce((m, x) => ((m[x[k]] = (m[x[k]] || 0) + 1), m), {});
console.log(`wrote ${OUT}: ${out.length} items; all spans verified (source.slice(start,end) === text)`);
console.log('status', by('status'), 'period', by('period'));
console.log('sections', by('sectionId'));
