// Gold annotation, pass A, for yuanfeng-2024 (test/fixtures/reports/heldout/yuanfeng-2024.txt).
// Read top to bottom, from the text and docs/annotation.md + CONTRACT §3 only.
// Usage: node test/gold/passes/yuanfeng-2024.pass-a.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const SOURCE = 'test/fixtures/reports/heldout/yuanfeng-2024.txt';
const OUT = resolve(here, 'yuanfeng-2024.pass-a.json');
const source = readFileSync(resolve(root, SOURCE), 'utf8');

const entries = [];
let cur = { sectionId: null, period: null, status: null };
const SEC = (sectionId, period, status) => { cur = { sectionId, period, status }; };
// g: [value, unit, basis, text]
function E(anchor, text, name, value, unit, g = null, qualifier = null, extra = {}) {
  entries.push({
    anchor, text, name, value, unit,
    growth: g ? { value: g[0], unit: g[1], basis: g[2], text: g[3] } : null,
    qualifier, status: cur.status, period: cur.period, sectionId: cur.sectionId, ...extra,
  });
}

// ───────────── 一、2023年工作回顾 → s1, results part: actual, 2023 ─────────────
SEC('s1', '2023', 'actual');
E('全年实现地区生产总值286.4亿元，增长6.8%', '地区生产总值286.4亿元，增长6.8%', '地区生产总值', 286.4, '亿元', [6.8, '%', null, '增长6.8%'], null,
  { note: '§3 name: subject + 实现 + object → the object; bare 增长 → basis null' });
E('增速高于全市平均水平1.2个百分点', '增速高于全市平均水平1.2个百分点', '地区生产总值', null, null, [1.2, 'pp', null, '高于全市平均水平1.2个百分点'], null,
  { note: '§3 growth: comparison with another area is its own item; a bare 增速高于全市… takes the name of the item it continues, span on the clause' });
E('第一产业增加值38.2亿元，增长4.1%', '第一产业增加值38.2亿元，增长4.1%', '第一产业增加值', 38.2, '亿元', [4.1, '%', null, '增长4.1%']);
E('第二产业增加值112.6亿元，增长8.2%', '第二产业增加值112.6亿元，增长8.2%', '第二产业增加值', 112.6, '亿元', [8.2, '%', null, '增长8.2%']);
E('第三产业增加值135.6亿元，增长6.5%', '第三产业增加值135.6亿元，增长6.5%', '第三产业增加值', 135.6, '亿元', [6.5, '%', null, '增长6.5%']);
// 三次产业结构调整为13.3∶39.3∶47.4 → ratio of structure, not an item (§1)
E('一般公共预算收入18.7亿元，增长7.3%', '一般公共预算收入18.7亿元，增长7.3%', '一般公共预算收入', 18.7, '亿元', [7.3, '%', null, '增长7.3%']);
E('其中税收收入13.1亿元，占比', '税收收入13.1亿元', '税收收入', 13.1, '亿元');
E('占比达到70.1%，提高2.4个百分点', '占比达到70.1%，提高2.4个百分点', '占比', 70.1, '%', [2.4, 'pp', null, '提高2.4个百分点'], null,
  { note: '§3 name, subject left out: the noun in the item\'s own clause (占比); value and its growth in one clause → one item' });
E('一般公共预算支出46.9亿元，增长5.1%', '一般公共预算支出46.9亿元，增长5.1%', '一般公共预算支出', 46.9, '亿元', [5.1, '%', null, '增长5.1%']);
E('固定资产投资增长10.4%', '固定资产投资增长10.4%', '固定资产投资', null, null, [10.4, '%', null, '增长10.4%']);
E('规模以上工业增加值增长9.1%', '规模以上工业增加值增长9.1%', '规模以上工业增加值', null, null, [9.1, '%', null, '增长9.1%']);
E('社会消费品零售总额98.3亿元，增长7.6%', '社会消费品零售总额98.3亿元，增长7.6%', '社会消费品零售总额', 98.3, '亿元', [7.6, '%', null, '增长7.6%']);
E('城镇居民人均可支配收入42816元、农村居民人均可支配收入21538元，分别增长5.2%和7.4%',
  '城镇居民人均可支配收入42816元、农村居民人均可支配收入21538元，分别增长5.2%', '城镇居民人均可支配收入', 42816, '元', [5.2, '%', null, '增长5.2%'], null,
  { note: '§1 分别: one item per figure; span to the member\'s own figure' });
E('城镇居民人均可支配收入42816元、农村居民人均可支配收入21538元，分别增长5.2%和7.4%',
  '农村居民人均可支配收入21538元，分别增长5.2%和7.4%', '农村居民人均可支配收入', 21538, '元', [7.4, '%', null, '增长5.2%和7.4%'], null,
  { note: '§1 分别: growth.text from the verb to the member\'s own figure' });
E('年末金融机构各项存款余额412.5亿元、贷款余额305.8亿元，分别比年初增长9.6%、12.3%',
  '金融机构各项存款余额412.5亿元、贷款余额305.8亿元，分别比年初增长9.6%', '金融机构各项存款余额', 412.5, '亿元', [9.6, '%', 'yoy', '比年初增长9.6%'], null,
  { note: '§3 growth: 比年初 on a year-end balance is yoy; 年末 figures belong to that year' });
E('年末金融机构各项存款余额412.5亿元、贷款余额305.8亿元，分别比年初增长9.6%、12.3%',
  '贷款余额305.8亿元，分别比年初增长9.6%、12.3%', '贷款余额', 305.8, '亿元', [12.3, '%', 'yoy', '比年初增长9.6%、12.3%']);
E('县域经济综合实力在全省排名第28位，比上年前移3个位次', '县域经济综合实力在全省排名第28位，比上年前移3个位次', '县域经济综合实力在全省排名', null, null, [3, '位次', 'yoy', '比上年前移3个位次'], null,
  { note: '§1 rank change → growth 位次, value null; 第28位 is an ordinal (not an item) inside the span' });

// ───────────── （一） → s1.1 ─────────────
SEC('s1.1', '2023', 'actual');
// 制造业高质量发展三年行动: a programme name / duration
E('全年新增规模以上工业企业27家', '新增规模以上工业企业27家', '新增规模以上工业企业', 27, '家');
E('总数达到186家', '总数达到186家', '总数', 186, '家', null, null, { note: '§1 total after a new count → name 总数' });
E('实施亿元以上工业项目43个', '亿元以上工业项目43个', '亿元以上工业项目', 43, '个', null, null,
  { note: '§1 threshold defining a category (亿元以上) is part of the name; qualifier null; 实施 dropped (§3 verb before a counted noun)' });
E('完成投资61.2亿元，增长15.7%', '完成投资61.2亿元，增长15.7%', '完成投资', 61.2, '亿元', [15.7, '%', null, '增长15.7%']);
E('等12个项目建成投产', '12个项目建成投产', '项目建成投产', 12, '个', null, null,
  { note: '§1 count before noun + predicate: the noun alone (项目) says nothing, so the predicate stays; span from the number. 年产5万吨 is inside a project name: not an item' });
E('新能源电池材料产业集群实现产值108亿元', '新能源电池材料产业集群实现产值108亿元', '新能源电池材料产业集群实现产值', 108, '亿元', null, null,
  { note: '§3 实现: object (产值) does not name the measure alone → as written. 百亿元大关 / 百亿级 not items (threshold / grade)' });
E('分别实现产值74.5亿元、52.3亿元，增长6.9%和8.8%', '实现产值74.5亿元、52.3亿元，增长6.9%', '绿色食品加工产值', 74.5, '亿元', [6.9, '%', null, '增长6.9%'], null,
  { note: '§1 分别: shared measure prefixed by the member; subject in the previous clause → span from the shared phrase in the item\'s own clause (as 拉动)' });
E('分别实现产值74.5亿元、52.3亿元，增长6.9%和8.8%', '实现产值74.5亿元、52.3亿元，增长6.9%和8.8%', '装备制造产值', 52.3, '亿元', [8.8, '%', null, '增长6.9%和8.8%']);
E('沅丰经济开发区完成规模工业总产值312亿元，增长13.4%', '沅丰经济开发区完成规模工业总产值312亿元，增长13.4%', '沅丰经济开发区完成规模工业总产值', 312, '亿元', [13.4, '%', null, '增长13.4%'], null,
  { note: '§3 name: a word restricting the measure to part of the area stays (开发区); subject + verb + object kept as written' });
E('亩均税收达到16.8万元，提高2.1万元', '亩均税收达到16.8万元', '亩均税收', 16.8, '万元');
E('亩均税收达到16.8万元，提高2.1万元', '提高2.1万元', '亩均税收提高', 2.1, '万元', null, null,
  { note: '§1 amount of change, subject left out: measure + verb, positive, span on the clause' });
E('在全省开发区综合考评中上升5位', '全省开发区综合考评中上升5位', '全省开发区综合考评', null, null, [5, '位次', null, '上升5位'], null,
  { note: 'CONTRACT §3: a rank change is growth with unit 位次 (written 5位); no comparison stated → basis null' });
E('全社会研发经费投入强度达到2.1%，比上年提高0.3个百分点', '全社会研发经费投入强度达到2.1%，比上年提高0.3个百分点', '全社会研发经费投入强度', 2.1, '%', [0.3, 'pp', 'yoy', '比上年提高0.3个百分点']);
E('新增高新技术企业15家', '新增高新技术企业15家', '新增高新技术企业', 15, '家');
E('省级专精特新中小企业9家', '省级专精特新中小企业9家', '省级专精特新中小企业', 9, '家', null, null, { note: '§1 list sharing a verb: one item per figure' });
E('国家级专精特新“小巨人”企业两家', '国家级专精特新“小巨人”企业两家', '国家级专精特新“小巨人”企业', 2, '家', null, null, { note: 'Chinese numeral 两 → 2' });
E('高新技术企业总数达到96家', '高新技术企业总数达到96家', '高新技术企业总数', 96, '家');
E('新建省级工程技术研究中心2个', '新建省级工程技术研究中心2个', '新建省级工程技术研究中心', 2, '个', null, null, { note: '§3: 新建 selects what is counted (as 新建高标准农田) → kept' });
E('企业技术中心4个', '企业技术中心4个', '企业技术中心', 4, '个');
E('高新技术产业增加值占规模以上工业增加值的比重达到41.6%，提高2.3个百分点', '高新技术产业增加值占规模以上工业增加值的比重达到41.6%，提高2.3个百分点', '高新技术产业增加值占规模以上工业增加值的比重', 41.6, '%', [2.3, 'pp', null, '提高2.3个百分点']);
E('规模以上工业企业亏损面下降2.1个百分点', '规模以上工业企业亏损面下降2.1个百分点', '规模以上工业企业亏损面', null, null, [-2.1, 'pp', null, '下降2.1个百分点']);
E('工业用电量增长11.8%', '工业用电量增长11.8%', '工业用电量', null, null, [11.8, '%', null, '增长11.8%']);
E('全年为各类经营主体减免退缓税费3.6亿元', '减免退缓税费3.6亿元', '减免退缓税费', 3.6, '亿元', null, null, { note: '§3: beneficiary after 为 dropped' });

// ───────────── （二） → s1.2 ─────────────
SEC('s1.2', '2023', 'actual');
E('全年列入县级重点项目120个', '县级重点项目120个', '县级重点项目', 120, '个', null, null, { note: '§3: verb before a counted noun dropped when the noun says what is counted' });
E('完成投资138.6亿元，占年度计划的112.4%', '完成投资138.6亿元', '完成投资', 138.6, '亿元');
E('完成投资138.6亿元，占年度计划的112.4%', '占年度计划的112.4%', '占年度计划', 112.4, '%', null, null,
  { note: '§3 status: a completion rate against the annual plan in the results part is actual' });
E('其中省重点项目7个', '省重点项目7个', '省重点项目', 7, '个');
E('完成投资23.8亿元', '完成投资23.8亿元', '完成投资', 23.8, '亿元');
E('工业投资增长21.6%', '工业投资增长21.6%', '工业投资', null, null, [21.6, '%', null, '增长21.6%']);
E('占固定资产投资的比重提高4.5个百分点', '占固定资产投资的比重提高4.5个百分点', '占固定资产投资的比重', null, null, [4.5, 'pp', null, '提高4.5个百分点']);
E('房地产开发投资下降12.3%', '房地产开发投资下降12.3%', '房地产开发投资', null, null, [-12.3, '%', null, '下降12.3%']);
E('商品房销售面积46.2万平方米，下降8.7%', '商品房销售面积46.2万平方米，下降8.7%', '商品房销售面积', 46.2, '万平方米', [-8.7, '%', null, '下降8.7%']);
E('全年争取中央和省预算内投资4.7亿元、地方政府专项债券资金21.4亿元，分别增长16.3%和24.1%',
  '争取中央和省预算内投资4.7亿元、地方政府专项债券资金21.4亿元，分别增长16.3%', '争取中央和省预算内投资', 4.7, '亿元', [16.3, '%', null, '增长16.3%'], null,
  { note: '§1 list sharing a verb + 分别; 争取 kept on the first member (selects what is counted)' });
E('全年争取中央和省预算内投资4.7亿元、地方政府专项债券资金21.4亿元，分别增长16.3%和24.1%',
  '地方政府专项债券资金21.4亿元，分别增长16.3%和24.1%', '地方政府专项债券资金', 21.4, '亿元', [24.1, '%', null, '增长16.3%和24.1%']);
// 开展“三个一”招商行动: slogan
E('等地招商活动38批次', '招商活动38批次', '招商活动', 38, '批次');
E('全年签约项目64个', '签约项目64个', '签约项目', 64, '个');
E('合同引资额达到286亿元', '合同引资额达到286亿元', '合同引资额', 286, '亿元');
E('其中10亿元以上项目8个', '10亿元以上项目8个', '10亿元以上项目', 8, '个', null, null,
  { note: '§1 threshold defining a category: 10亿元 is part of the name; the count is the item' });
E('实际到位内资156亿元，增长18.5%', '实际到位内资156亿元，增长18.5%', '实际到位内资', 156, '亿元', [18.5, '%', null, '增长18.5%']);
E('等促消费活动26场', '促消费活动26场', '促消费活动', 26, '场', null, null, { note: '§3: examples before 等 dropped' });
E('发放消费券1200万元', '消费券1200万元', '消费券', 1200, '万元', null, null, { note: '§3: 发放 dropped (as 发放各类补助资金 → 补助资金)' });
E('带动消费近4亿元', '带动消费近4亿元', '带动消费', 4, '亿元', null, 'nearly', { note: '§3: clause names nothing but a verb phrase → verb phrase is the name' });
E('限额以上批发零售业销售额增长14.2%', '限额以上批发零售业销售额增长14.2%', '限额以上批发零售业销售额', null, null, [14.2, '%', null, '增长14.2%']);
E('住宿餐饮业营业额增长19.6%', '住宿餐饮业营业额增长19.6%', '住宿餐饮业营业额', null, null, [19.6, '%', null, '增长19.6%']);
E('新增限额以上商贸企业41家', '新增限额以上商贸企业41家', '新增限额以上商贸企业', 41, '家');
E('新增限额以上商贸企业41家，总数达到258家', '总数达到258家', '总数', 258, '家');
// 国家4A级旅游景区: grade
E('新增省级乡村旅游重点村3个', '新增省级乡村旅游重点村3个', '新增省级乡村旅游重点村', 3, '个');
E('全年接待游客612万人次，实现旅游综合收入52.4亿元，分别增长38.7%和41.2%',
  '接待游客612万人次，实现旅游综合收入52.4亿元，分别增长38.7%', '接待游客', 612, '万人次', [38.7, '%', null, '增长38.7%']);
E('全年接待游客612万人次，实现旅游综合收入52.4亿元，分别增长38.7%和41.2%',
  '旅游综合收入52.4亿元，分别增长38.7%和41.2%', '旅游综合收入', 52.4, '亿元', [41.2, '%', null, '增长38.7%和41.2%'],
  null, { note: '§3 实现: the object names the measure → object alone' });
E('进出口总额8.6亿元，下降4.2%', '进出口总额8.6亿元，下降4.2%', '进出口总额', 8.6, '亿元', [-4.2, '%', null, '下降4.2%']);
E('其中出口6.9亿元，下降2.8%', '出口6.9亿元，下降2.8%', '出口', 6.9, '亿元', [-2.8, '%', null, '下降2.8%']);

// ───────────── （三） → s1.3 ─────────────
SEC('s1.3', '2023', 'actual');
E('全年粮食播种面积86.3万亩', '粮食播种面积86.3万亩', '粮食播种面积', 86.3, '万亩');
E('总产量35.2万吨，连续十年', '总产量35.2万吨', '总产量', 35.2, '万吨', null, null, { note: '§3 subject left out: the noun in the clause (产量 example)' });
E('连续十年稳定在35万吨以上', '稳定在35万吨以上', '总产量', 35, '万吨', null, 'at_least',
  { note: '§1 second figure of the same measure: named after the measure, span on the clause; 连续十年 is a duration (date)' });
E('生猪出栏68.4万头，增长3.5%', '生猪出栏68.4万头，增长3.5%', '生猪出栏', 68.4, '万头', [3.5, '%', null, '增长3.5%']);
E('新建高标准农田4.2万亩', '新建高标准农田4.2万亩', '新建高标准农田', 4.2, '万亩');
E('累计建成52.6万亩', '累计建成52.6万亩', '高标准农田累计建成', 52.6, '万亩', null, null,
  { note: '§1/§3 clause with only a verb takes the measure of the item it continues (高标准农田) + the verb as written; see questions' });
E('占耕地面积的比重达到71.8%', '占耕地面积的比重达到71.8%', '占耕地面积的比重', 71.8, '%');
E('新增省级农业产业化龙头企业3家', '新增省级农业产业化龙头企业3家', '新增省级农业产业化龙头企业', 3, '家');
E('市级龙头企业7家', '市级龙头企业7家', '市级龙头企业', 7, '家');
E('省级农民合作社示范社12家', '省级农民合作社示范社12家', '省级农民合作社示范社', 12, '家');
E('农产品加工业总产值达到132亿元，增长9.3%', '农产品加工业总产值达到132亿元，增长9.3%', '农产品加工业总产值', 132, '亿元', [9.3, '%', null, '增长9.3%']);
E('农产品加工业产值与农业总产值之比提高到2.3∶1', '农产品加工业产值与农业总产值之比提高到2.3∶1', '农产品加工业产值与农业总产值之比', 2.3, null, null, null,
  { note: 'a single ratio (x∶1), not a structure of shares; a level reached (提高到) is a value; no unit → null (as an index). See questions' });
E('新认证绿色食品、有机农产品23个', '有机农产品23个', '有机农产品', 23, '个', null, null,
  { note: '§1 list member with no figure: the figure belongs to the noun just before it' });
E('全年投入衔接推进乡村振兴资金2.86亿元，增长6.4%', '衔接推进乡村振兴资金2.86亿元，增长6.4%', '衔接推进乡村振兴资金', 2.86, '亿元', [6.4, '%', null, '增长6.4%']);
E('实施产业发展类项目164个', '产业发展类项目164个', '产业发展类项目', 164, '个');
E('脱贫人口人均纯收入达到15862元，增长12.6%', '脱贫人口人均纯收入达到15862元，增长12.6%', '脱贫人口人均纯收入', 15862, '元', [12.6, '%', null, '增长12.6%']);
E('全县212个行政村集体经济收入全部超过10万元', '212个行政村', '行政村', 212, '个', null, null,
  { note: '§1 all members reach a level: count of 行政村 is an item' });
E('全县212个行政村集体经济收入全部超过10万元', '行政村集体经济收入全部超过10万元', '行政村集体经济收入', 10, '万元', null, 'more_than',
  { note: '§1 all members reach a level: the level is a value; 超过 → more_than' });
E('其中50万元以上的村达到28个', '50万元以上的村达到28个', '50万元以上的村', 28, '个', null, null,
  { note: '§1 a threshold that defines a category: 50万元以上 in the name, qualifier null' });
E('达到28个，比上年增加11个', '比上年增加11个', '50万元以上的村增加', 11, '个', null, null,
  { note: '§1 amount of change, subject left out: measure + verb; 比上年 is the comparison' });
E('新改建农村公路186公里', '新改建农村公路186公里', '新改建农村公路', 186, '公里');
E('完成危桥改造15座', '危桥改造15座', '危桥改造', 15, '座');
E('新建农村户用卫生厕所3200座', '新建农村户用卫生厕所3200座', '新建农村户用卫生厕所', 3200, '座');
E('农村自来水普及率达到96.5%，提高1.8个百分点', '农村自来水普及率达到96.5%，提高1.8个百分点', '农村自来水普及率', 96.5, '%', [1.8, 'pp', null, '提高1.8个百分点']);
E('创建省级美丽乡村示范村6个', '省级美丽乡村示范村6个', '省级美丽乡村示范村', 6, '个');
E('市级精品村18个', '市级精品村18个', '市级精品村', 18, '个');
// 位列全市第二: ordinal

// ───────────── （四） → s1.4 ─────────────
SEC('s1.4', '2023', 'actual');
// 《沅丰县国土空间总体规划（2021—2035年）》: name / date
E('完成17个乡镇国土空间规划编制', '17个乡镇国土空间规划编制', '乡镇国土空间规划编制', 17, '个', null, null,
  { note: '§1 count + a noun phrase headed by an action: the action stays; span from the number' });
E('全年实施城建项目58个', '城建项目58个', '城建项目', 58, '个');
E('城建项目58个，完成投资42.7亿元', '完成投资42.7亿元', '完成投资', 42.7, '亿元');
E('新建改造城市道路14.6公里', '新建改造城市道路14.6公里', '新建改造城市道路', 14.6, '公里');
E('打通断头路6条', '打通断头路6条', '打通断头路', 6, '条');
E('改造城镇老旧小区42个', '改造城镇老旧小区42个', '改造城镇老旧小区', 42, '个');
E('惠及居民5600余户', '惠及居民5600余户', '惠及居民', 5600, '户', null, 'more_than');
E('新建和改造城市供水管网32公里', '新建和改造城市供水管网32公里', '新建和改造城市供水管网', 32, '公里');
E('雨污分流管网27公里', '雨污分流管网27公里', '雨污分流管网', 27, '公里');
E('新增公共停车位2100个', '新增公共停车位2100个', '新增公共停车位', 2100, '个');
E('城市绿地18万平方米', '城市绿地18万平方米', '城市绿地', 18, '万平方米');
E('建成区绿化覆盖率达到41.2%', '建成区绿化覆盖率达到41.2%', '建成区绿化覆盖率', 41.2, '%');
E('常住人口城镇化率达到52.8%，比上年提高1.4个百分点', '常住人口城镇化率达到52.8%，比上年提高1.4个百分点', '常住人口城镇化率', 52.8, '%', [1.4, 'pp', 'yoy', '比上年提高1.4个百分点']);
E('县城空气质量优良天数比例达到88.6%，同比提高3.1个百分点', '县城空气质量优良天数比例达到88.6%，同比提高3.1个百分点', '县城空气质量优良天数比例', 88.6, '%', [3.1, 'pp', 'yoy', '同比提高3.1个百分点'], null,
  { note: '§3 name: 县城 restricts the measure to part of the area → stays' });
E('细颗粒物平均浓度下降4.3%', '细颗粒物平均浓度下降4.3%', '细颗粒物平均浓度', null, null, [-4.3, '%', null, '下降4.3%']);
E('沅水干流及4条主要支流国省控断面水质达标率保持100%', '沅水干流及4条主要支流国省控断面水质达标率保持100%', '沅水干流及4条主要支流国省控断面水质达标率', 100, '%', null, null,
  { note: '4条主要支流 delimits the set of monitored sections (part of the name), not an item; see questions' });
E('县级以上集中式饮用水水源地水质达标率100%', '县级以上集中式饮用水水源地水质达标率100%', '县级以上集中式饮用水水源地水质达标率', 100, '%');
E('全年完成植树造林1.6万亩', '植树造林1.6万亩', '植树造林', 1.6, '万亩');
E('森林覆盖率达到62.3%', '森林覆盖率达到62.3%', '森林覆盖率', 62.3, '%');
E('单位地区生产总值能耗下降3.6%', '单位地区生产总值能耗下降3.6%', '单位地区生产总值能耗', null, null, [-3.6, '%', null, '下降3.6%']);
E('整改销号中央和省生态环境保护督察反馈问题21个', '整改销号中央和省生态环境保护督察反馈问题21个', '整改销号中央和省生态环境保护督察反馈问题', 21, '个', null, null,
  { note: '§3: the verb selects what is counted (problems closed) → kept' });
E('整改完成率达到100%', '整改完成率达到100%', '整改完成率', 100, '%');

// ───────────── （五） → s1.5 ─────────────
SEC('s1.5', '2023', 'actual');
E('全年民生支出37.6亿元', '民生支出37.6亿元', '民生支出', 37.6, '亿元');
E('占一般公共预算支出的80.2%', '占一般公共预算支出的80.2%', '占一般公共预算支出', 80.2, '%');
// 十件民生实事: programme label (slogan)
E('城镇新增就业6850人', '城镇新增就业6850人', '城镇新增就业', 6850, '人');
E('帮助城镇失业人员再就业2140人', '城镇失业人员再就业2140人', '城镇失业人员再就业', 2140, '人');
E('就业困难人员就业860人', '就业困难人员就业860人', '就业困难人员就业', 860, '人');
E('城镇登记失业率控制在3.2%', '城镇登记失业率控制在3.2%', '城镇登记失业率', 3.2, '%', null, null,
  { note: 'no 以内/以下 written → qualifier null (控制在 alone is not in the qualifier table); actual in the results part' });
E('新增返乡创业人员1300余人', '新增返乡创业人员1300余人', '新增返乡创业人员', 1300, '人', null, 'more_than');
E('发放创业担保贷款2.1亿元', '创业担保贷款2.1亿元', '创业担保贷款', 2.1, '亿元');
E('新建改扩建中小学和幼儿园9所', '新建改扩建中小学和幼儿园9所', '新建改扩建中小学和幼儿园', 9, '所');
E('新增学位5400个', '新增学位5400个', '新增学位', 5400, '个');
E('普惠性幼儿园覆盖率达到91.5%', '普惠性幼儿园覆盖率达到91.5%', '普惠性幼儿园覆盖率', 91.5, '%');
E('高考本科上线人数2863人', '高考本科上线人数2863人', '高考本科上线人数', 2863, '人');
// 三级医院 / 三甲医院: grade; 首家: ordinal
E('新建乡镇卫生院3所', '新建乡镇卫生院3所', '新建乡镇卫生院', 3, '所');
E('村卫生室标准化改造46个', '村卫生室标准化改造46个', '村卫生室标准化改造', 46, '个');
E('家庭医生签约服务覆盖率达到78%', '家庭医生签约服务覆盖率达到78%', '家庭医生签约服务覆盖率', 78, '%');
E('城乡居民基本养老保险参保人数达到41.3万人', '城乡居民基本养老保险参保人数达到41.3万人', '城乡居民基本养老保险参保人数', 41.3, '万人');
E('基本医疗保险参保率稳定在95%以上', '基本医疗保险参保率稳定在95%以上', '基本医疗保险参保率', 95, '%', null, 'at_least');
E('等各类救助资金1.38亿元', '救助资金1.38亿元', '救助资金', 1.38, '亿元', null, null,
  { note: '§3: examples before 等 and a leading 各类 dropped; 发放 dropped' });
E('城乡低保月人均补助水平分别提高到每人每月680元和510元', '城乡低保月人均补助水平分别提高到每人每月680元', '城市低保月人均补助水平', 680, '元', null, null,
  { note: '§1 分别: shared measure prefixed by the member (城乡 → 城市 / 农村); 提高到 a level → value; see questions' });
E('城乡低保月人均补助水平分别提高到每人每月680元和510元', '城乡低保月人均补助水平分别提高到每人每月680元和510元', '农村低保月人均补助水平', 510, '元');
E('新建乡镇区域养老服务中心12个', '新建乡镇区域养老服务中心12个', '新建乡镇区域养老服务中心', 12, '个');
E('新增养老床位650张', '新增养老床位650张', '新增养老床位', 650, '张');
E('保障性租赁住房开工860套', '保障性租赁住房开工860套', '保障性租赁住房开工', 860, '套');
E('新建城市书房8家', '新建城市书房8家', '新建城市书房', 8, '家');
E('农家书屋提质改造120个', '农家书屋提质改造120个', '农家书屋提质改造', 120, '个');
E('全年刑事案件立案数下降15.4%', '刑事案件立案数下降15.4%', '刑事案件立案数', null, null, [-15.4, '%', null, '下降15.4%']);
E('生产安全事故起数和死亡人数分别下降22.2%、18.8%', '生产安全事故起数和死亡人数分别下降22.2%', '生产安全事故起数', null, null, [-22.2, '%', null, '下降22.2%']);
E('生产安全事故起数和死亡人数分别下降22.2%、18.8%', '生产安全事故起数和死亡人数分别下降22.2%、18.8%', '生产安全事故死亡人数', null, null, [-18.8, '%', null, '下降22.2%、18.8%'],
  null, { note: '§1 分别: shared words (生产安全事故) go to each member' });
E('群众安全感测评得分达到98.6分', '群众安全感测评得分达到98.6分', '群众安全感测评得分', 98.6, '分');
// (after （五）, before 二、: still s1.5 as the innermost heading section)
E('人均地区生产总值仅为全省平均水平的七成左右', '人均地区生产总值仅为全省平均水平的七成左右', '人均地区生产总值', 7, '成', null, 'about',
  { note: 'a share (七成 = 70 %) about the reporting area in the problems paragraph; value as written (七 → 7, unit 成); 左右 → about; see questions' });

// ───────────── 二、2024年工作安排 → s2, plan part: target, 2024 ─────────────
SEC('s2', '2024', 'target');
// 成立75周年: date (anniversary); “十四五”: slogan
E('地区生产总值增长6%左右', '地区生产总值增长6%左右', '地区生产总值', null, null, [6, '%', null, '增长6%左右'], 'about');
E('一般公共预算收入增长5%', '一般公共预算收入增长5%', '一般公共预算收入', null, null, [5, '%', null, '增长5%']);
E('固定资产投资增长8%以上', '固定资产投资增长8%以上', '固定资产投资', null, null, [8, '%', null, '增长8%以上'], 'at_least');
E('规模以上工业增加值增长8%左右', '规模以上工业增加值增长8%左右', '规模以上工业增加值', null, null, [8, '%', null, '增长8%左右'], 'about');
E('社会消费品零售总额增长7%', '社会消费品零售总额增长7%', '社会消费品零售总额', null, null, [7, '%', null, '增长7%']);
E('城镇新增就业6000人以上', '城镇新增就业6000人以上', '城镇新增就业', 6000, '人', null, 'at_least');
E('城镇调查失业率控制在5.5%以内', '城镇调查失业率控制在5.5%以内', '城镇调查失业率', 5.5, '%', null, 'at_most');
E('居民消费价格涨幅控制在3%左右', '居民消费价格涨幅控制在3%左右', '居民消费价格涨幅', 3, '%', null, 'about',
  { note: 'the measure named is the 涨幅 itself and 控制在 gives its level → value in %, growth null; see questions' });
E('粮食总产量稳定在35万吨以上', '粮食总产量稳定在35万吨以上', '粮食总产量', 35, '万吨', null, 'at_least');
// 六个方面工作: counted abstraction (slogan)

// ───────────── （一） → s2.1 ─────────────
SEC('s2.1', '2024', 'target');
E('确保全年新增规模以上工业企业25家以上', '新增规模以上工业企业25家以上', '新增规模以上工业企业', 25, '家', null, 'at_least');
E('总数突破210家', '总数突破210家', '总数', 210, '家', null, 'more_than', { note: '突破 (exceed) read as 超过 → more_than; see questions' });
E('等18个重大项目建设', '18个重大项目建设', '重大项目建设', 18, '个', null, null,
  { note: '§1 count + noun phrase headed by an action; 年产10万吨 is inside a project name, not an item' });
E('力争产业集群产值突破150亿元', '产业集群产值突破150亿元', '产业集群产值', 150, '亿元', null, 'more_than');
E('实施技改项目30个以上', '技改项目30个以上', '技改项目', 30, '个', null, 'at_least');
E('完成技改投资25亿元', '技改投资25亿元', '技改投资', 25, '亿元');
E('开发区新建标准厂房20万平方米', '开发区新建标准厂房20万平方米', '开发区新建标准厂房', 20, '万平方米', null, null, { note: '§3: 开发区 restricts to part of the area → stays' });
E('盘活闲置低效用地1500亩', '盘活闲置低效用地1500亩', '盘活闲置低效用地', 1500, '亩');
E('力争亩均税收提高到18万元以上', '亩均税收提高到18万元以上', '亩均税收', 18, '万元', null, 'at_least');
E('确保开发区规模工业总产值增长12%以上', '开发区规模工业总产值增长12%以上', '开发区规模工业总产值', null, null, [12, '%', null, '增长12%以上'], 'at_least');
E('新增高新技术企业12家', '新增高新技术企业12家', '新增高新技术企业', 12, '家');
E('专精特新中小企业8家', '专精特新中小企业8家', '专精特新中小企业', 8, '家');
E('全社会研发经费投入强度达到2.3%', '全社会研发经费投入强度达到2.3%', '全社会研发经费投入强度', 2.3, '%');
E('高新技术产业增加值占比提高1个百分点以上', '高新技术产业增加值占比提高1个百分点以上', '高新技术产业增加值占比', null, null, [1, 'pp', null, '提高1个百分点以上'], 'at_least');
E('新培育规模以上服务业企业15家', '新培育规模以上服务业企业15家', '新培育规模以上服务业企业', 15, '家');
E('服务业增加值增长7%左右', '服务业增加值增长7%左右', '服务业增加值', null, null, [7, '%', null, '增长7%左右'], 'about');

// ───────────── （二） → s2.2 ─────────────
SEC('s2.2', '2024', 'target');
E('今年安排县级重点项目130个', '县级重点项目130个', '县级重点项目', 130, '个');
E('总投资612亿元', '总投资612亿元', '总投资', 612, '亿元');
E('年度计划投资145亿元', '年度计划投资145亿元', '年度计划投资', 145, '亿元');
E('其中新开工项目68个', '新开工项目68个', '新开工项目', 68, '个');
E('力争争取中央和省预算内资金5亿元以上', '争取中央和省预算内资金5亿元以上', '争取中央和省预算内资金', 5, '亿元', null, 'at_least');
E('地方政府专项债券资金20亿元以上', '地方政府专项债券资金20亿元以上', '地方政府专项债券资金', 20, '亿元', null, 'at_least');
E('全年签约亿元以上项目60个以上', '签约亿元以上项目60个以上', '签约亿元以上项目', 60, '个', null, 'at_least',
  { note: '§1: 亿元以上 defines the category (name); only the 以上 after the number is the qualifier' });
E('其中10亿元以上项目不少于8个', '10亿元以上项目不少于8个', '10亿元以上项目', 8, '个', null, 'at_least');
E('实际到位内资170亿元以上', '实际到位内资170亿元以上', '实际到位内资', 170, '亿元', null, 'at_least');
E('力争引进世界500强或行业龙头企业2家以上', '引进世界500强或行业龙头企业2家以上', '引进世界500强或行业龙头企业', 2, '家', null, 'at_least',
  { note: '世界500强 is a name (as 中国民营企业500强); 引进 selects → kept' });
E('新建城市一刻钟便民生活圈5个', '新建城市一刻钟便民生活圈5个', '新建城市一刻钟便民生活圈', 5, '个', null, null, { note: '一刻钟 is inside a programme label (as 15分钟休闲健身圈)' });
E('改造提升商业街区3条', '改造提升商业街区3条', '改造提升商业街区', 3, '条');
E('新增限额以上商贸企业35家以上', '新增限额以上商贸企业35家以上', '新增限额以上商贸企业', 35, '家', null, 'at_least');
E('力争全年接待游客突破700万人次', '接待游客突破700万人次', '接待游客', 700, '万人次', null, 'more_than');
E('旅游综合收入增长15%以上', '旅游综合收入增长15%以上', '旅游综合收入', null, null, [15, '%', null, '增长15%以上'], 'at_least');

// ───────────── （三） → s2.3 ─────────────
SEC('s2.3', '2024', 'target');
E('确保粮食播种面积稳定在86万亩以上', '粮食播种面积稳定在86万亩以上', '粮食播种面积', 86, '万亩', null, 'at_least');
E('新建高标准农田3.5万亩', '新建高标准农田3.5万亩', '新建高标准农田', 3.5, '万亩');
// 四大特色产业: counted abstraction
E('新增省级龙头企业2家以上', '新增省级龙头企业2家以上', '新增省级龙头企业', 2, '家', null, 'at_least');
E('力争农产品加工业总产值达到145亿元', '农产品加工业总产值达到145亿元', '农产品加工业总产值', 145, '亿元');
E('确保脱贫人口人均纯收入增长10%以上', '脱贫人口人均纯收入增长10%以上', '脱贫人口人均纯收入', null, null, [10, '%', null, '增长10%以上'], 'at_least');
E('力争集体经济收入50万元以上的村达到35个', '集体经济收入50万元以上的村达到35个', '集体经济收入50万元以上的村', 35, '个', null, null,
  { note: '§1 threshold defining a category: part of the name; qualifier null' });
E('新改建农村公路150公里', '新改建农村公路150公里', '新改建农村公路', 150, '公里');
E('新建农村户用卫生厕所2500座', '新建农村户用卫生厕所2500座', '新建农村户用卫生厕所', 2500, '座');
E('农村自来水普及率提高到97%以上', '农村自来水普及率提高到97%以上', '农村自来水普及率', 97, '%', null, 'at_least');
E('创建省级美丽乡村示范村5个', '省级美丽乡村示范村5个', '省级美丽乡村示范村', 5, '个');

// ───────────── （四） → s2.4 ─────────────
SEC('s2.4', '2024', 'target');
E('常住人口城镇化率提高到54%左右', '常住人口城镇化率提高到54%左右', '常住人口城镇化率', 54, '%', null, 'about');
E('改造城镇老旧小区38个', '改造城镇老旧小区38个', '改造城镇老旧小区', 38, '个');
E('新建改造城市道路12公里', '新建改造城市道路12公里', '新建改造城市道路', 12, '公里');
E('新建雨污分流管网20公里', '新建雨污分流管网20公里', '新建雨污分流管网', 20, '公里');
E('新增公共停车位1500个', '新增公共停车位1500个', '新增公共停车位', 1500, '个');
E('建成口袋公园10个', '口袋公园10个', '口袋公园', 10, '个');
// 桃湾、青石两镇: a count of the towns just named, not an item
E('县城空气质量优良天数比例保持在88%以上', '县城空气质量优良天数比例保持在88%以上', '县城空气质量优良天数比例', 88, '%', null, 'at_least');
E('主要河流国省控断面水质达标率保持100%', '主要河流国省控断面水质达标率保持100%', '主要河流国省控断面水质达标率', 100, '%');
E('完成植树造林1.2万亩', '植树造林1.2万亩', '植树造林', 1.2, '万亩');
E('森林覆盖率稳定在62%以上', '森林覆盖率稳定在62%以上', '森林覆盖率', 62, '%', null, 'at_least');
E('新增光伏发电装机容量8万千瓦', '新增光伏发电装机容量8万千瓦', '新增光伏发电装机容量', 8, '万千瓦');

// ───────────── （五） → s2.5 ─────────────
SEC('s2.5', '2024', 'target');
// “一件事一次办”: slogan
E('政务服务事项网上可办率达到95%以上', '政务服务事项网上可办率达到95%以上', '政务服务事项网上可办率', 95, '%', null, 'at_least');
E('企业开办时间压缩至1个工作日以内', '企业开办时间压缩至1个工作日以内', '企业开办时间', 1, '个工作日', null, 'at_most');
E('全年新增各类经营主体8000户以上', '新增各类经营主体8000户以上', '新增各类经营主体', 8000, '户', null, 'at_least',
  { note: '§3: 各类 inside a verb phrase (新增各类…) stays' });
E('其中企业1500户以上', '企业1500户以上', '企业', 1500, '户', null, 'at_least');
E('力争进出口总额增长10%以上', '进出口总额增长10%以上', '进出口总额', null, null, [10, '%', null, '增长10%以上'], 'at_least');
E('实际利用外资2000万美元', '实际利用外资2000万美元', '实际利用外资', 2000, '万美元');
// 全省第一方阵: ordinal

// ───────────── （六） → s2.6 ─────────────
SEC('s2.6', '2024', 'target');
E('确保民生支出占一般公共预算支出的比重保持在80%以上', '民生支出占一般公共预算支出的比重保持在80%以上', '民生支出占一般公共预算支出的比重', 80, '%', null, 'at_least');
// 十件民生实事: programme label
E('开展职业技能培训1.2万人次', '职业技能培训1.2万人次', '职业技能培训', 1.2, '万人次', null, null, { note: '§3: 开展 dropped' });
E('新增返乡创业1000人以上', '新增返乡创业1000人以上', '新增返乡创业', 1000, '人', null, 'at_least');
E('新建改扩建学校5所', '新建改扩建学校5所', '新建改扩建学校', 5, '所');
E('新增学位3000个', '新增学位3000个', '新增学位', 3000, '个');
E('普惠性幼儿园覆盖率达到92%以上', '普惠性幼儿园覆盖率达到92%以上', '普惠性幼儿园覆盖率', 92, '%', null, 'at_least');
E('新建紧密型县域医共体分院4个', '新建紧密型县域医共体分院4个', '新建紧密型县域医共体分院', 4, '个');
E('家庭医生签约服务覆盖率达到80%', '家庭医生签约服务覆盖率达到80%', '家庭医生签约服务覆盖率', 80, '%');
E('新增养老床位600张', '新增养老床位600张', '新增养老床位', 600, '张');
E('建成社区嵌入式养老服务站20个', '社区嵌入式养老服务站20个', '社区嵌入式养老服务站', 20, '个');
E('城乡低保标准提高5%左右', '城乡低保标准提高5%左右', '城乡低保标准', null, null, [5, '%', null, '提高5%左右'], 'about');
E('筹建保障性租赁住房500套', '筹建保障性租赁住房500套', '筹建保障性租赁住房', 500, '套');
E('新建城市书房5家', '新建城市书房5家', '新建城市书房', 5, '家');
E('社会足球场地6块', '社会足球场地6块', '社会足球场地', 6, '块');
// “双下降”: slogan.  三、全面加强政府自身建设 → s3: only slogans (两个确立, 四个意识, 三项制度, 四风…), no items.

// ───────────── build & verify ─────────────
function count(hay, needle) { let n = 0, i = -1; while ((i = hay.indexOf(needle, i + 1)) !== -1) n++; return n; }

// section headings, to check every entry's sectionId against its position
const heads = [];
{
  const lvl1 = /^([一二三四五六七八九十]+)、/gm; let m, k1 = 0, k2 = 0;
  const re = /^(?:([一二三四五六七八九十]+)、|（([一二三四五六七八九十]+)）)/gm;
  while ((m = re.exec(source))) {
    if (m[1]) { k1++; k2 = 0; heads.push({ start: m.index, id: `s${k1}` }); }
    else { k2++; heads.push({ start: m.index, id: `s${k1}.${k2}` }); }
  }
}
const sectionAt = (pos) => { let id = null; for (const h of heads) if (h.start <= pos) id = h.id; return id; };

const problems = [];
const indicators = entries.map((e, i) => {
  const n = count(source, e.anchor);
  if (n !== 1) problems.push(`#${i} anchor occurs ${n}×: ${e.anchor}`);
  const a = source.indexOf(e.anchor);
  const off = e.anchor.indexOf(e.text);
  if (off < 0) problems.push(`#${i} text not in anchor: ${e.text}`);
  if (count(e.anchor, e.text) > 1) problems.push(`#${i} text occurs twice in anchor: ${e.text}`);
  const start = a + off, end = start + e.text.length;
  if (source.slice(start, end) !== e.text) problems.push(`#${i} slice mismatch`);
  if (sectionAt(start) !== e.sectionId) problems.push(`#${i} section ${e.sectionId} but position says ${sectionAt(start)}`);
  if (e.growth && !e.text.includes(e.growth.text)) problems.push(`#${i} growth.text not in text: ${e.growth.text}`);
  if (e.growth && !['%', 'pp', '位次'].includes(e.growth.unit)) problems.push(`#${i} bad growth unit`);
  if (e.value !== null && e.unit && !e.text.includes(e.unit) && !e.text.includes(e.unit.replace(/^个/, ''))) problems.push(`#${i} unit not in text: ${e.unit}`);
  if (e.value === null && !e.growth) problems.push(`#${i} neither value nor growth`);
  const o = { name: e.name, value: e.value };
  if (e.valueHigh !== undefined) o.valueHigh = e.valueHigh;
  Object.assign(o, { unit: e.unit, growth: e.growth, qualifier: e.qualifier, status: e.status, period: e.period,
    sectionId: e.sectionId, span: { start, end }, text: e.text });
  if (e.note) o.note = e.note;
  return o;
});
indicators.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);

// coverage report: every run of digits / Chinese numerals not inside any span (for review; not written)
const covered = new Uint8Array(source.length);
for (const it of indicators) covered.fill(1, it.span.start, it.span.end);
const numRe = /[0-9０-９][0-9０-９.．]*|[一二两三四五六七八九十百千万亿零〇]+/g;
const uncovered = []; let m;
while ((m = numRe.exec(source))) {
  let any = false; for (let k = m.index; k < m.index + m[0].length; k++) if (!covered[k]) { any = true; break; }
  if (any) uncovered.push(`${m.index}:${source.slice(Math.max(0, m.index - 6), m.index + m[0].length + 6).replace(/\n/g, '⏎')}`);
}

const out = { document: 'yuanfeng-2024', source: SOURCE, annotator: 'pass-a', indicators };
writeFileSync(OUT, JSON.stringify(out, null, 2) + '\n');
const by = (k) => indicators.reduce((acc, x) => ((acc[x[k]] = (acc[x[k]] || 0) + 1), acc), {});
console.log(`items: ${indicators.length}`);
console.log('status:', JSON.stringify(by('status')), 'period:', JSON.stringify(by('period')));
console.log('sections:', JSON.stringify(by('sectionId')));
if (process.argv.includes('--uncovered')) console.log(`numbers outside every span (${uncovered.length}):\n  ` + uncovered.join('\n  '));
if (problems.length) { console.error('PROBLEMS:\n' + problems.join('\n')); process.exit(1); }
console.log('verified: every anchor occurs exactly once, every span slices to its text, sectionIds match heading positions');
console.log(`wrote ${OUT}`);
