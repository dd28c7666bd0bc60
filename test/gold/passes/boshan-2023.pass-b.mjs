// Gold annotation, pass B, for corpus/boshan-2023.txt.
// Read from the text only, paragraph by paragraph from the LAST paragraph backwards to the first.
// Rules: shared/CONTRACT.md §3 and docs/annotation.md (the latter wins where more specific).
// Run: node test/gold/passes/boshan-2023.pass-b.mjs   (from /work/main)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../../..');
const DOC = 'boshan-2023';
const SRC = 'corpus/boshan-2023.txt';
const OUT = resolve(HERE, `${DOC}.pass-b.json`);
const source = readFileSync(resolve(ROOT, SRC), 'utf8');

// helpers --------------------------------------------------------------
const g = (value, unit, basis, text) => ({ value, unit, basis, text });
// section-level defaults: results part (一、2023年…执行情况) and plan part (二、2024年…计划安排)
const R = (sectionId) => ({ status: 'actual', period: '2023', sectionId });
const P = (sectionId) => ({ status: 'target', period: '2024', sectionId });
const E = (sectionId) => ({ status: 'estimate', period: '2023', sectionId });
const NOTE_COUNT = 'count before a noun: value with its measure word, name is the noun that follows (annotation.md §1)';
const NOTE_YU = '余/多 between number and unit → more_than (annotation.md §3 qualifier)';
const NOTE_PLAN = 'plan part of the report (二、2024年…计划安排) → target, period 2024 (annotation.md §3 status/period)';

// entries, in pass-B reading order (last paragraph first) ---------------
const entries = [
  // ===== 二、（五） s2.5 — line 40 =====
  { anchor: '统筹抓好16个老旧片区提升改造', text: '16个老旧片区', name: '老旧片区', value: 16, unit: '个', growth: null, qualifier: null, ...P('s2.5'), note: NOTE_COUNT },
  { anchor: '建设天然气管网10公里', text: '天然气管网10公里', name: '天然气管网', value: 10, unit: '公里', growth: null, qualifier: null, ...P('s2.5') },
  { anchor: '新增天然气用户2000户', text: '新增天然气用户2000户', name: '新增天然气用户', value: 2000, unit: '户', growth: null, qualifier: null, ...P('s2.5') },
  { anchor: '新建高温水管网3公里', text: '新建高温水管网3公里', name: '新建高温水管网', value: 3, unit: '公里', growth: null, qualifier: null, ...P('s2.5') },
  { anchor: '新增供热辐射面积60万平方米', text: '新增供热辐射面积60万平方米', name: '新增供热辐射面积', value: 60, unit: '万平方米', growth: null, qualifier: null, ...P('s2.5') },
  { anchor: '新改建五龙花园、华庭苑等15处“社区公园”“口袋公园”、村镇公园', text: '15处“社区公园”“口袋公园”、村镇公园', name: '“社区公园”“口袋公园”、村镇公园', value: 15, unit: '处', growth: null, qualifier: null, ...P('s2.5'), note: NOTE_COUNT + '; “15 分钟休闲健身圈” later in the paragraph is a slogan, 项目二期/三期 are ordinals' },

  // ===== 二、（四） s2.4 — line 38: no quantities =====

  // ===== 二、（三） s2.3 — line 36 =====
  { anchor: '省级以上产业强镇1个', text: '省级以上产业强镇1个', name: '省级以上产业强镇', value: 1, unit: '个', growth: null, qualifier: null, ...P('s2.3'), note: NOTE_PLAN + '; 省级现代农业产业园 before it carries no number of its own (see questions)' },
  { anchor: '市级以上农业龙头企业3家', text: '市级以上农业龙头企业3家', name: '市级以上农业龙头企业', value: 3, unit: '家', growth: null, qualifier: null, ...P('s2.3'), note: 'list sharing a verb (培育): one item per figure; 以上 inside 市级以上 qualifies the grade, not the number' },
  { anchor: '规上农产品加工企业3家', text: '规上农产品加工企业3家', name: '规上农产品加工企业', value: 3, unit: '家', growth: null, qualifier: null, ...P('s2.3') },
  { anchor: '创建省级美丽乡村示范村2个', text: '省级美丽乡村示范村2个', name: '省级美丽乡村示范村', value: 2, unit: '个', growth: null, qualifier: null, ...P('s2.3') },
  { anchor: '力争获得农产品“绿色认证”30个', text: '农产品“绿色认证”30个', name: '农产品“绿色认证”', value: 30, unit: '个', growth: null, qualifier: null, ...P('s2.3'), note: 'numbers in quotation marks: the number is outside the quotes → item; 力争 → target' },
  { anchor: '培育省级知名农产品企业产品品牌1个', text: '省级知名农产品企业产品品牌1个', name: '省级知名农产品企业产品品牌', value: 1, unit: '个', growth: null, qualifier: null, ...P('s2.3') },
  { anchor: '市级以上乡土名品村3个', text: '市级以上乡土名品村3个', name: '市级以上乡土名品村', value: 3, unit: '个', growth: null, qualifier: null, ...P('s2.3') },

  // ===== 二、（二） s2.2 — line 34: only slogans/names/grades (区镇村三级, 心电一张网, 1+6+N, 五类纠纷, 六类人员, 一对一) =====

  // ===== 二、（一） s2.1 — line 33 =====
  { anchor: '策划实施重点技改项目150个以上', text: '重点技改项目150个以上', name: '重点技改项目', value: 150, unit: '个', growth: null, qualifier: 'at_least', ...P('s2.1') },
  { anchor: '实现技改投资20亿元以上', text: '技改投资20亿元以上', name: '技改投资', value: 20, unit: '亿元', growth: null, qualifier: 'at_least', ...P('s2.1') },
  { anchor: '新增创新型中小企业、专精特新、小巨人等优质企业40余家', text: '优质企业40余家', name: '优质企业', value: 40, unit: '家', growth: null, qualifier: 'more_than', ...P('s2.1'), note: 'total after a new count: two items (annotation.md §1 example 新增…优质企业40余家，总数达到200家以上)' },
  { anchor: '总数达到200家以上', text: '总数达到200家以上', name: '总数', value: 200, unit: '家', growth: null, qualifier: 'at_least', ...P('s2.1'), note: 'total after a new count: name 总数, 200 家 at_least (annotation.md §1)' },
  { anchor: '新增市级以上数字化车间、晨星工厂、工业互联网应用场景10家以上', text: '新增市级以上数字化车间、晨星工厂、工业互联网应用场景10家以上', name: '新增市级以上数字化车间、晨星工厂、工业互联网应用场景', value: 10, unit: '家', growth: null, qualifier: 'at_least', ...P('s2.1'), note: 'one figure shared by a list of three kinds → one item' },
  { anchor: '对上争取省级重点项目12个以上', text: '省级重点项目12个以上', name: '省级重点项目', value: 12, unit: '个', growth: null, qualifier: 'at_least', ...P('s2.1') },
  { anchor: '、市重大项目40个以上', text: '市重大项目40个以上', name: '市重大项目', value: 40, unit: '个', growth: null, qualifier: 'at_least', ...P('s2.1') },
  { anchor: '力争新引进过亿元项目35个以上', text: '新引进过亿元项目35个以上', name: '新引进过亿元项目', value: 35, unit: '个', growth: null, qualifier: 'at_least', ...P('s2.1'), note: 'threshold defining a category: 过亿元 is part of the name, the count 35 个 at_least is the item (annotation.md §1); 一号工程 is a slogan' },
  { anchor: '完成省外到位资金不少于45亿元', text: '省外到位资金不少于45亿元', name: '省外到位资金', value: 45, unit: '亿元', growth: null, qualifier: 'at_least', ...P('s2.1'), note: '不少于 → at_least' },

  // ===== 二、 s2 (before its first （一）) — line 31 =====
  { anchor: '地区生产总值增长5%以上', text: '地区生产总值增长5%以上', name: '地区生产总值', value: null, unit: null, growth: g(5, '%', null, '增长5%'), qualifier: 'at_least', ...P('s2'), note: 'growth alone → value null; 预期目标 → target; “十四五” is a slogan' },
  { anchor: '一般公共预算收入增长5.5%以上', text: '一般公共预算收入增长5.5%以上', name: '一般公共预算收入', value: null, unit: null, growth: g(5.5, '%', null, '增长5.5%'), qualifier: 'at_least', ...P('s2') },
  { anchor: '固定资产投资增长10%以上', text: '固定资产投资增长10%以上', name: '固定资产投资', value: null, unit: null, growth: g(10, '%', null, '增长10%'), qualifier: 'at_least', ...P('s2') },
  { anchor: '城乡居民人均可支配收入增长5.5%左右', text: '城乡居民人均可支配收入增长5.5%左右', name: '城乡居民人均可支配收入', value: null, unit: null, growth: g(5.5, '%', null, '增长5.5%'), qualifier: 'about', ...P('s2') },

  // ===== line 27 (s1, closing remarks): no quantities =====

  // ===== 一、（五） s1.5 — line 25 =====
  { anchor: '环境空气质量综合指数达到4.15', text: '环境空气质量综合指数达到4.15', name: '环境空气质量综合指数', value: 4.15, unit: null, growth: null, qualifier: null, ...R('s1.5'), note: 'index value: unit null (annotation.md §1)' },
  { anchor: '全省排名较2022年同比提升31个位次', text: '全省排名较2022年同比提升31个位次', name: '全省排名', value: null, unit: null, growth: g(31, '位次', 'yoy', '较2022年同比提升31个位次'), qualifier: null, ...R('s1.5'), note: 'rank change → growth 31 位次, value null (annotation.md §1); 较2022年 dates the comparison only, period stays 2023' },
  { anchor: 'COD平均浓度8.51mg/l', text: 'COD平均浓度8.51mg/l', name: 'COD平均浓度', value: 8.51, unit: 'mg/l', growth: null, qualifier: null, ...R('s1.5') },
  { anchor: '氨氮平均浓度0.576mg/l', text: '氨氮平均浓度0.576mg/l', name: '氨氮平均浓度', value: 0.576, unit: 'mg/l', growth: null, qualifier: null, ...R('s1.5'), note: 'Ⅲ类 that follows is a grade, not an item' },
  { anchor: '修建改造提升镇村主次干道及生产路90公里', text: '镇村主次干道及生产路90公里', name: '镇村主次干道及生产路', value: 90, unit: '公里', growth: null, qualifier: null, ...R('s1.5') },
  { anchor: '铺设供热主管网6公里', text: '供热主管网6公里', name: '供热主管网', value: 6, unit: '公里', growth: null, qualifier: null, ...R('s1.5') },
  { anchor: '新增供热面积56万平方米', text: '新增供热面积56万平方米', name: '新增供热面积', value: 56, unit: '万平方米', growth: null, qualifier: null, ...R('s1.5') },
  { anchor: '建成村级公园、文体活动中心等活动场所120个', text: '活动场所120个', name: '活动场所', value: 120, unit: '个', growth: null, qualifier: null, ...R('s1.5') },
  { anchor: '绿化提升改造20万平方米', text: '绿化提升改造20万平方米', name: '绿化提升改造', value: 20, unit: '万平方米', growth: null, qualifier: null, ...R('s1.5'), note: 'clause names nothing but a verb → verb phrase is the name (annotation.md §3 name)' },
  { anchor: '新种植苗木52.4万株', text: '新种植苗木52.4万株', name: '新种植苗木', value: 52.4, unit: '万株', growth: null, qualifier: null, ...R('s1.5') },
  { anchor: '举办文体惠民活动3400场', text: '文体惠民活动3400场', name: '文体惠民活动', value: 3400, unit: '场', growth: null, qualifier: null, ...R('s1.5') },
  { anchor: '完成面积149万平方米、惠及居民2万余户的老旧小区改造', text: '面积149万平方米', name: '面积', value: 149, unit: '万平方米', growth: null, qualifier: null, ...R('s1.5'), note: 'two figures about two things (area of the 老旧小区改造, households reached) → two items' },
  { anchor: '完成面积149万平方米、惠及居民2万余户的老旧小区改造', text: '惠及居民2万余户', name: '惠及居民', value: 20000, unit: '户', growth: null, qualifier: 'more_than', ...R('s1.5'), note: 'contract exception: 2万余户 → value 20000, unit 户, more_than (annotation.md §3 value/unit)' },
  { anchor: '新建天然气管网41.2公里', text: '新建天然气管网41.2公里', name: '新建天然气管网', value: 41.2, unit: '公里', growth: null, qualifier: null, ...R('s1.5') },
  { anchor: '解决42家企业、商户及5500余户居民的用气需求', text: '42家企业、商户', name: '企业、商户', value: 42, unit: '家', growth: null, qualifier: null, ...R('s1.5'), note: 'two figures about two things → two items; ' + NOTE_COUNT },
  { anchor: '解决42家企业、商户及5500余户居民的用气需求', text: '5500余户居民', name: '居民', value: 5500, unit: '户', growth: null, qualifier: 'more_than', ...R('s1.5'), note: NOTE_YU },
  { anchor: '完成雨污分流改造45.8公里', text: '雨污分流改造45.8公里', name: '雨污分流改造', value: 45.8, unit: '公里', growth: null, qualifier: null, ...R('s1.5') },
  { anchor: '建设完成12处村级公园', text: '12处村级公园', name: '村级公园', value: 12, unit: '处', growth: null, qualifier: null, ...R('s1.5'), note: NOTE_COUNT },

  // ===== 一、（四） s1.4 — line 24 =====
  { anchor: '11个市级重点文旅项目稳步推进', text: '11个市级重点文旅项目', name: '市级重点文旅项目', value: 11, unit: '个', growth: null, qualifier: null, ...R('s1.4'), note: NOTE_COUNT + '; 《…十条措施》 is a name, 4A级 a grade, 2023长城… a date, 首个 an ordinal' },
  { anchor: '发布博山旅游6张地图', text: '6张地图', name: '地图', value: 6, unit: '张', growth: null, qualifier: null, ...R('s1.4'), note: NOTE_COUNT },
  { anchor: '、15条精品线路', text: '15条精品线路', name: '精品线路', value: 15, unit: '条', growth: null, qualifier: null, ...R('s1.4'), note: NOTE_COUNT },
  { anchor: '举办孝文化大会等文旅活动60余项', text: '文旅活动60余项', name: '文旅活动', value: 60, unit: '项', growth: null, qualifier: 'more_than', ...R('s1.4'), note: NOTE_YU },
  { anchor: '建成20处新型公共文化空间', text: '20处新型公共文化空间', name: '新型公共文化空间', value: 20, unit: '处', growth: null, qualifier: null, ...R('s1.4'), note: NOTE_COUNT },
  { anchor: '培育317名文化带头人', text: '317名文化带头人', name: '文化带头人', value: 317, unit: '名', growth: null, qualifier: null, ...R('s1.4'), note: NOTE_COUNT },
  { anchor: '开展各级各类文化活动5100场', text: '各级各类文化活动5100场', name: '各级各类文化活动', value: 5100, unit: '场', growth: null, qualifier: null, ...R('s1.4') },
  { anchor: '规上服务业企业营业收入同比增长27%', text: '规上服务业企业营业收入同比增长27%', name: '规上服务业企业营业收入', value: null, unit: null, growth: g(27, '%', 'yoy', '同比增长27%'), qualifier: null, ...R('s1.4'), note: 'growth alone → value null; “零突破” that follows is not a quantity' },
  { anchor: '三水源文化旅游发展有限公司等2家企业获批市级夜间经济新兴业态示范企业', text: '2家企业获批市级夜间经济新兴业态示范企业', name: '企业获批市级夜间经济新兴业态示范企业', value: 2, unit: '家', growth: null, qualifier: null, ...R('s1.4'), note: 'count before a noun, the predicate kept in the name as in 92个村集体经济收入达到50万元 (annotation.md §1)' },

  // ===== 一、（三） s1.3 — line 22 =====
  { anchor: '20个特色农业项目开工建设', text: '20个特色农业项目', name: '特色农业项目', value: 20, unit: '个', growth: null, qualifier: null, ...R('s1.3'), note: 'annotation.md §1 example: count before a noun' },
  { anchor: '种植各类农作物2619亩', text: '种植各类农作物2619亩', name: '种植各类农作物', value: 2619, unit: '亩', growth: null, qualifier: null, ...R('s1.3') },
  { anchor: '流转土地4610亩', text: '流转土地4610亩', name: '流转土地', value: 4610, unit: '亩', growth: null, qualifier: null, ...R('s1.3') },
  { anchor: '7人被评为“淄博英才计划—乡村之星”', text: '7人被评为“淄博英才计划—乡村之星”', name: '被评为“淄博英才计划—乡村之星”', value: 7, unit: '人', growth: null, qualifier: null, ...R('s1.3'), note: 'count of people honoured; the number is outside the quoted programme name → item' },
  { anchor: '开展技术服务150余次', text: '技术服务150余次', name: '技术服务', value: 150, unit: '次', growth: null, qualifier: 'more_than', ...R('s1.3'), note: NOTE_YU },
  { anchor: '培训各类农业人才1600余人', text: '培训各类农业人才1600余人', name: '培训各类农业人才', value: 1600, unit: '人', growth: null, qualifier: 'more_than', ...R('s1.3'), note: NOTE_YU },
  { anchor: '举办2023年高素质农民专项培训班8期', text: '高素质农民专项培训班8期', name: '高素质农民专项培训班', value: 8, unit: '期', growth: null, qualifier: null, ...R('s1.3'), note: '2023年 before the name is a date' },
  { anchor: '培训高素质农民550余人', text: '培训高素质农民550余人', name: '培训高素质农民', value: 550, unit: '人', growth: null, qualifier: 'more_than', ...R('s1.3'), note: NOTE_YU },
  { anchor: '举办培训班9期', text: '培训班9期', name: '培训班', value: 9, unit: '期', growth: null, qualifier: null, ...R('s1.3'), note: '“三送三提” before it is a slogan' },
  { anchor: '培训900余人', text: '培训900余人', name: '培训', value: 900, unit: '人', growth: null, qualifier: 'more_than', ...R('s1.3'), note: 'clause names nothing but a verb → the verb is the name; ' + NOTE_YU },
  { anchor: '降低运输成本60%', text: '降低运输成本60%', name: '降低运输成本', value: null, unit: null, growth: g(-60, '%', null, '降低运输成本60%'), qualifier: null, ...R('s1.3'), note: 'a fall → negative growth (annotation.md §1 example 降低运输成本60% → −60 %)' },
  { anchor: '策划实施432个“一村一业”项目', text: '432个“一村一业”项目', name: '“一村一业”项目', value: 432, unit: '个', growth: null, qualifier: null, ...R('s1.3'), note: 'results part: 策划实施 does not make a target (annotation.md §3 status); 一村一业 itself is a slogan, the 432 outside the quotes counts projects' },
  { anchor: '完成流转土地6690.8亩', text: '流转土地6690.8亩', name: '流转土地', value: 6690.8, unit: '亩', growth: null, qualifier: null, ...R('s1.3') },
  { anchor: '村集体经济收入全部达到10万元', text: '村集体经济收入全部达到10万元', name: '村集体经济收入', value: 10, unit: '万元', growth: null, qualifier: null, ...R('s1.3'), note: 'all members reach a level → the level is a value, 达到 is not a qualifier (annotation.md §1)' },
  { anchor: '92个村集体经济收入达到50万元', text: '92个村集体经济收入达到50万元', name: '村集体经济收入达到50万元', value: 92, unit: '个', growth: null, qualifier: null, ...R('s1.3'), note: 'threshold defining a category: 50万元 is part of the name (annotation.md §1)' },
  { anchor: '农村生活垃圾无害化处理率达到100%', text: '农村生活垃圾无害化处理率达到100%', name: '农村生活垃圾无害化处理率', value: 100, unit: '%', growth: null, qualifier: null, ...R('s1.3'), note: 'level percentage' },
  { anchor: '新改建农村公路26公里', text: '新改建农村公路26公里', name: '新改建农村公路', value: 26, unit: '公里', growth: null, qualifier: null, ...R('s1.3') },
  { anchor: '改善路面59公里', text: '改善路面59公里', name: '改善路面', value: 59, unit: '公里', growth: null, qualifier: null, ...R('s1.3') },
  { anchor: '完成20个行政村生活污水治理', text: '20个行政村生活污水治理', name: '行政村生活污水治理', value: 20, unit: '个', growth: null, qualifier: null, ...R('s1.3'), note: NOTE_COUNT },
  { anchor: '39户符合条件的对象纳入监测系统管理', text: '39户符合条件的对象纳入监测系统管理', name: '符合条件的对象纳入监测系统管理', value: 39, unit: '户', growth: null, qualifier: null, ...R('s1.3'), note: NOTE_COUNT },
  { anchor: '为1221人次贫困学生发放各类补助资金290余万元', text: '1221人次贫困学生', name: '贫困学生', value: 1221, unit: '人次', growth: null, qualifier: null, ...R('s1.3'), note: 'annotation.md §1 example: two figures in one clause about two things' },
  { anchor: '为1221人次贫困学生发放各类补助资金290余万元', text: '补助资金290余万元', name: '补助资金', value: 290, unit: '万元', growth: null, qualifier: 'more_than', ...R('s1.3'), note: 'annotation.md §1 example: 补助资金 290 万元 more_than' },
  { anchor: '申请发放孝善补贴110余万元', text: '孝善补贴110余万元', name: '孝善补贴', value: 110, unit: '万元', growth: null, qualifier: 'more_than', ...R('s1.3'), note: NOTE_YU },

  // ===== 一、（二） s1.2 — line 20 =====
  { anchor: '2023年全区1153件区镇村三级民生实事项目全部如期完工', text: '1153件区镇村三级民生实事项目', name: '民生实事项目', value: 1153, unit: '件', growth: null, qualifier: null, ...R('s1.2'), note: NOTE_COUNT + '; 区镇村三级 is a grade' },
  { anchor: '9家乡镇卫生院达到“优质服务基层行”国家推荐标准', text: '9家乡镇卫生院达到“优质服务基层行”国家推荐标准', name: '乡镇卫生院达到“优质服务基层行”国家推荐标准', value: 9, unit: '家', growth: null, qualifier: null, ...R('s1.2'), note: 'count of a category defined by a standard, as 92个村集体经济收入达到50万元' },
  { anchor: '门诊慢特病、三级医院住院费用基本医保支付比例提高到60%', text: '门诊慢特病、三级医院住院费用基本医保支付比例提高到60%', name: '门诊慢特病、三级医院住院费用基本医保支付比例', value: 60, unit: '%', growth: null, qualifier: null, ...R('s1.2'), note: '提高到 a level → value % (annotation.md §1); 三级医院 is a grade inside the name' },
  { anchor: '城乡居民“两病”用药报销比例提高到70%', text: '城乡居民“两病”用药报销比例提高到70%', name: '城乡居民“两病”用药报销比例', value: 70, unit: '%', growth: null, qualifier: null, ...R('s1.2'), note: '提高到 a level → value %; “两病” is a name' },
  { anchor: '全面完成4所幼儿园改扩建项目', text: '4所幼儿园改扩建项目', name: '幼儿园改扩建项目', value: 4, unit: '所', growth: null, qualifier: null, ...R('s1.2'), note: NOTE_COUNT },
  { anchor: '新创建5所省级一类幼儿园', text: '5所省级一类幼儿园', name: '省级一类幼儿园', value: 5, unit: '所', growth: null, qualifier: null, ...R('s1.2'), note: NOTE_COUNT + '; 一类 is a grade inside the name' },
  { anchor: '学前教育公办率达到60%', text: '学前教育公办率达到60%', name: '学前教育公办率', value: 60, unit: '%', growth: null, qualifier: null, ...R('s1.2'), note: 'level percentage (CONTRACT §3 example)' },
  { anchor: '投入新能源公交车32台', text: '新能源公交车32台', name: '新能源公交车', value: 32, unit: '台', growth: null, qualifier: null, ...R('s1.2') },
  { anchor: '新增59处农村站亭', text: '59处农村站亭', name: '农村站亭', value: 59, unit: '处', growth: null, qualifier: null, ...R('s1.2'), note: NOTE_COUNT },
  { anchor: '开通9条定制公交', text: '9条定制公交', name: '定制公交', value: 9, unit: '条', growth: null, qualifier: null, ...R('s1.2'), note: NOTE_COUNT },

  // ===== 一、（一） s1.1 — line 19 =====
  { anchor: '组建电机、泵、耐火材料等7个产业联盟', text: '7个产业联盟', name: '产业联盟', value: 7, unit: '个', growth: null, qualifier: null, ...R('s1.1'), note: 'annotation.md §1 example: count of things done; 十四条措施 is a name' },
  { anchor: '梳理形成289项服务事项清单', text: '289项服务事项', name: '服务事项', value: 289, unit: '项', growth: null, qualifier: null, ...R('s1.1'), note: NOTE_COUNT + '; 区镇村三级 is a grade' },
  { anchor: '在库工业技改项目153个', text: '在库工业技改项目153个', name: '在库工业技改项目', value: 153, unit: '个', growth: null, qualifier: null, ...R('s1.1') },
  { anchor: '申请“技改专项贷”5.21亿元', text: '技改专项贷”5.21亿元', name: '技改专项贷', value: 5.21, unit: '亿元', growth: null, qualifier: null, ...R('s1.1'), note: 'annotation.md §1: quantity whose number is outside the quotes is an item (申请“技改专项贷”5.21亿元)' },
  { anchor: '完成投资同比增长17%', text: '完成投资同比增长17%', name: '完成投资', value: null, unit: null, growth: g(17, '%', 'yoy', '同比增长17%'), qualifier: null, ...R('s1.1'), note: 'annotation.md §3 name example: 完成投资同比增长17%' },
  { anchor: '银仕来、佶缔纳士等6家企业入选山东省首批数字经济“晨星工厂”培育名单', text: '6家企业入选山东省首批数字经济“晨星工厂”培育名单', name: '企业入选山东省首批数字经济“晨星工厂”培育名单', value: 6, unit: '家', growth: null, qualifier: null, ...R('s1.1'), note: 'count of enterprises in a named list; predicate kept in the name as in 92个村集体经济收入达到50万元; 首批 is an ordinal' },
  { anchor: '宏达玻璃等3家企业入选2023年度山东省DCMM贯标试点企业', text: '3家企业入选2023年度山东省DCMM贯标试点企业', name: '企业入选2023年度山东省DCMM贯标试点企业', value: 3, unit: '家', growth: null, qualifier: null, ...R('s1.1'), note: 'as above; 2023年度 inside the name is a date' },
  { anchor: '新增创新型中小企业46家', text: '新增创新型中小企业46家', name: '新增创新型中小企业', value: 46, unit: '家', growth: null, qualifier: null, ...R('s1.1'), note: 'list sharing a verb: one item per figure (annotation.md §1 example → 4 items)' },
  { anchor: '省级“专精特新”中小企业19家', text: '省级“专精特新”中小企业19家', name: '省级“专精特新”中小企业', value: 19, unit: '家', growth: null, qualifier: null, ...R('s1.1') },
  { anchor: '科技型中小企业43家', text: '科技型中小企业43家', name: '科技型中小企业', value: 43, unit: '家', growth: null, qualifier: null, ...R('s1.1') },
  { anchor: '高新技术企业38家', text: '高新技术企业38家', name: '高新技术企业', value: 38, unit: '家', growth: null, qualifier: null, ...R('s1.1') },
  { anchor: '等特色产业园区项目授信40.75亿元', text: '特色产业园区项目授信40.75亿元', name: '特色产业园区项目授信', value: 40.75, unit: '亿元', growth: null, qualifier: null, ...R('s1.1') },
  { anchor: '投放贷款17.73亿元', text: '投放贷款17.73亿元', name: '投放贷款', value: 17.73, unit: '亿元', growth: null, qualifier: null, ...R('s1.1') },
  { anchor: '新增企业类中长期贷款15.46亿元', text: '新增企业类中长期贷款15.46亿元', name: '新增企业类中长期贷款', value: 15.46, unit: '亿元', growth: null, qualifier: null, ...R('s1.1') },
  { anchor: '新增首贷286户', text: '新增首贷286户', name: '新增首贷', value: 286, unit: '户', growth: null, qualifier: null, ...R('s1.1'), note: 'annotation.md §3 name: keep 新增首贷' },
  { anchor: '贷款金额3.32亿元', text: '贷款金额3.32亿元', name: '贷款金额', value: 3.32, unit: '亿元', growth: null, qualifier: null, ...R('s1.1') },
  { anchor: '选聘10名金融镇长助理', text: '10名金融镇长助理', name: '金融镇长助理', value: 10, unit: '名', growth: null, qualifier: null, ...R('s1.1'), note: NOTE_COUNT },
  { anchor: '全区涉农贷款余额达到9.4亿元，同比增长58.5%', text: '涉农贷款余额达到9.4亿元，同比增长58.5%', name: '涉农贷款余额', value: 9.4, unit: '亿元', growth: g(58.5, '%', 'yoy', '同比增长58.5%'), qualifier: null, ...R('s1.1'), note: 'value and growth in one clause → one item' },
  { anchor: '规划建设9个特色产业园区', text: '9个特色产业园区', name: '特色产业园区', value: 9, unit: '个', growth: null, qualifier: null, ...R('s1.1'), note: NOTE_COUNT },
  { anchor: '53个项目签约入驻园区', text: '53个项目签约入驻园区', name: '项目签约入驻园区', value: 53, unit: '个', growth: null, qualifier: null, ...R('s1.1'), note: NOTE_COUNT },
  { anchor: '聘任24名招商大使', text: '24名招商大使', name: '招商大使', value: 24, unit: '名', growth: null, qualifier: null, ...R('s1.1'), note: NOTE_COUNT + '; 中国民营企业500强 later is a name' },
  { anchor: '完成专利权质押融资项目50笔', text: '专利权质押融资项目50笔', name: '专利权质押融资项目', value: 50, unit: '笔', growth: null, qualifier: null, ...R('s1.1') },
  { anchor: '质押金额2.47亿元', text: '质押金额2.47亿元', name: '质押金额', value: 2.47, unit: '亿元', growth: null, qualifier: null, ...R('s1.1'), note: 'pledge amount of the patent-right financing (separate figure → separate item)' },
  { anchor: '商标权质押融资项目3笔', text: '商标权质押融资项目3笔', name: '商标权质押融资项目', value: 3, unit: '笔', growth: null, qualifier: null, ...R('s1.1') },
  { anchor: '质押金额1951.6万元', text: '质押金额1951.6万元', name: '质押金额', value: 1951.6, unit: '万元', growth: null, qualifier: null, ...R('s1.1'), note: 'pledge amount of the trademark-right financing' },
  { anchor: '组织120余家企业参加广交会', text: '120余家企业', name: '企业', value: 120, unit: '家', growth: null, qualifier: 'more_than', ...R('s1.1'), note: NOTE_COUNT + '; ' + NOTE_YU },
  { anchor: '等50余个境内外展会', text: '50余个境内外展会', name: '境内外展会', value: 50, unit: '个', growth: null, qualifier: 'more_than', ...R('s1.1'), note: NOTE_COUNT + '; ' + NOTE_YU },
  { anchor: '拉动出口订单增加超过6亿元', text: '出口订单增加超过6亿元', name: '出口订单增加', value: 6, unit: '亿元', growth: null, qualifier: 'more_than', ...R('s1.1'), note: 'annotation.md §1 example: increase stated as an amount → value, verb stays in name, 超过 → more_than' },

  // ===== 一、 s1 (before its first （一）) — line 17 =====
  // 三大目标, 两大主题, 八个大会精神 are slogans; 预计 governs the whole sentence (four clauses) → estimate
  { anchor: '地区生产总值完成282亿元，同比增长6%', text: '地区生产总值完成282亿元，同比增长6%', name: '地区生产总值', value: 282, unit: '亿元', growth: g(6, '%', 'yoy', '同比增长6%'), qualifier: null, ...E('s1'), note: '预计 governs the sentence → estimate' },
  { anchor: '一般公共预算收入完成18.95亿元，同比增长16.29%', text: '一般公共预算收入完成18.95亿元，同比增长16.29%', name: '一般公共预算收入', value: 18.95, unit: '亿元', growth: g(16.29, '%', 'yoy', '同比增长16.29%'), qualifier: null, ...E('s1'), note: '预计 governs the sentence → estimate' },
  { anchor: '固定资产投资完成93.8亿元，同比增长15%', text: '固定资产投资完成93.8亿元，同比增长15%', name: '固定资产投资', value: 93.8, unit: '亿元', growth: g(15, '%', 'yoy', '同比增长15%'), qualifier: null, ...E('s1'), note: '预计 governs the sentence → estimate' },
  { anchor: '外贸进出口完成48.5亿元，同比增长3.4%', text: '外贸进出口完成48.5亿元，同比增长3.4%', name: '外贸进出口', value: 48.5, unit: '亿元', growth: g(3.4, '%', 'yoy', '同比增长3.4%'), qualifier: null, ...E('s1'), note: 'CONTRACT §3 example; 预计 governs the sentence → estimate' },

  // ===== title / dateline / salutation (null section): dates and ordinals only, no items =====
];

// build + verify --------------------------------------------------------
function occurrences(hay, needle) {
  const out = [];
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

const errors = [];
const indicators = entries.map((e, i) => {
  const where = `#${i} ${JSON.stringify(e.text)}`;
  const a = occurrences(source, e.anchor);
  if (a.length !== 1) { errors.push(`${where}: anchor occurs ${a.length} times`); return null; }
  if (!e.anchor.includes(e.text)) { errors.push(`${where}: text not inside anchor`); return null; }
  const t = occurrences(e.anchor, e.text);
  if (t.length !== 1) { errors.push(`${where}: text occurs ${t.length} times inside anchor`); return null; }
  const start = a[0] + t[0];
  const end = start + e.text.length;
  if (source.slice(start, end) !== e.text) { errors.push(`${where}: slice mismatch`); return null; }
  if (e.value === null && e.growth === null) errors.push(`${where}: neither value nor growth`);
  if (e.growth && !e.text.includes(e.growth.text) && !e.growth.text.includes(e.text)) errors.push(`${where}: growth.text not in text`);
  const out = { name: e.name, value: e.value };
  if (e.valueHigh !== undefined) out.valueHigh = e.valueHigh;
  Object.assign(out, {
    unit: e.unit, growth: e.growth, qualifier: e.qualifier, status: e.status, period: e.period,
    sectionId: e.sectionId, span: { start, end }, text: e.text,
  });
  if (e.note) out.note = e.note;
  return out;
}).filter(Boolean);

indicators.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
// no two items with the same span
for (let i = 1; i < indicators.length; i++) {
  const p = indicators[i - 1], c = indicators[i];
  if (p.span.start === c.span.start && p.span.end === c.span.end) errors.push(`duplicate span ${c.text}`);
}

if (errors.length) { console.error(errors.join('\n')); process.exit(1); }
writeFileSync(OUT, JSON.stringify({ document: DOC, source: SRC, annotator: 'pass-b', indicators }, null, 2) + '\n');
const by = (k) => indicators.reduce((m, x) => ((m[x[k]] = (m[x[k]] || 0) + 1), m), {});
console.log(`ok: ${indicators.length} indicators, every span verified (source.slice(start,end) === text), anchors unique`);
console.log('by section:', JSON.stringify(by('sectionId')));
console.log('by status:', JSON.stringify(by('status')));
console.log(`wrote ${OUT}`);
