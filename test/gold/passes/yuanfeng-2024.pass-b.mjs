// Gold annotation, pass B, for yuanfeng-2024 (政府工作报告, 沅丰县, 2024).
// Read in reverse: last paragraph first, first paragraph last (entries below are in reading order;
// the output is sorted by span.start).
// Rules: /work/shared/CONTRACT.md §3 and docs/annotation.md §1–§3.
// Status: 一、2023年工作回顾 (s1…) → actual, period "2023"; 二、2024年工作安排 (s2…) → target,
// period "2024" (plan part). No 预计 occurs in the text. 三、 (s3) holds no indicator.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../../..');
const SOURCE = 'test/fixtures/reports/heldout/yuanfeng-2024.txt';
const OUT = path.join(here, 'yuanfeng-2024.pass-b.json');
const source = readFileSync(path.join(ROOT, SOURCE), 'utf8');

const G = (value, unit, basis, text) => ({ value, unit, basis, text });

// E(sectionId, anchor, text, name, value, unit, { growth, q, valueHigh, note })
// status/period follow the section: s1* → actual / "2023", s2* → target / "2024".
function E(sectionId, anchor, text, name, value, unit, o = {}) {
  const plan = sectionId.startsWith('s2');
  const e = {
    anchor, text, name, value, unit,
    growth: o.growth ?? null,
    qualifier: o.q ?? null,
    status: o.status ?? (plan ? 'target' : 'actual'),
    period: o.period ?? (plan ? '2024' : '2023'),
    sectionId,
  };
  if (o.valueHigh !== undefined) e.valueHigh = o.valueHigh;
  if (o.note) e.note = o.note;
  return e;
}

const NOTE_VERB_KEPT = '§3 name: a verb before a counted noun is kept when it selects (新建高标准农田, 改造城镇老旧小区)';
const NOTE_VERB_DROPPED = '§3 name: a verb before a counted noun is dropped when the noun with its measure word says what is counted (开展/举办/放映)';
const NOTE_LIST = '§1 list sharing a verb: one item per figure, each with its own name';
const NOTE_FENBIE = '§1 分别: one item per figure; span from the start of the shared phrase to the member\'s own figure; growth.text as written up to the member';

const entries = [
  // ───────── 三、全面加强政府自身建设 (s3) and closing: no indicators (“两个确立”, “四个意识”, “四风”, “三项制度” are slogans)

  // ───────── s2.6 （六）聚焦民生保障
  E('s2.6', '新建城市书房5家、社会足球场地6块', '社会足球场地6块', '社会足球场地', 6, '块', { note: NOTE_LIST }),
  E('s2.6', '新建城市书房5家、社会足球场地6块', '新建城市书房5家', '新建城市书房', 5, '家', { note: NOTE_VERB_KEPT }),
  E('s2.6', '筹建保障性租赁住房500套', '筹建保障性租赁住房500套', '筹建保障性租赁住房', 500, '套', { note: NOTE_VERB_KEPT }),
  E('s2.6', '城乡低保标准提高5%左右', '城乡低保标准提高5%左右', '城乡低保标准', null, null,
    { growth: G(5, '%', null, '提高5%左右'), q: 'about', note: '§1 growth alone: value null' }),
  E('s2.6', '建成社区嵌入式养老服务站20个', '建成社区嵌入式养老服务站20个', '建成社区嵌入式养老服务站', 20, '个', { note: NOTE_VERB_KEPT }),
  E('s2.6', '新增养老床位600张', '新增养老床位600张', '新增养老床位', 600, '张'),
  E('s2.6', '家庭医生签约服务覆盖率达到80%', '家庭医生签约服务覆盖率达到80%', '家庭医生签约服务覆盖率', 80, '%'),
  E('s2.6', '新建紧密型县域医共体分院4个', '新建紧密型县域医共体分院4个', '新建紧密型县域医共体分院', 4, '个'),
  E('s2.6', '普惠性幼儿园覆盖率达到92%以上', '普惠性幼儿园覆盖率达到92%以上', '普惠性幼儿园覆盖率', 92, '%', { q: 'at_least' }),
  E('s2.6', '新增学位3000个', '新增学位3000个', '新增学位', 3000, '个'),
  E('s2.6', '新建改扩建学校5所', '新建改扩建学校5所', '新建改扩建学校', 5, '所'),
  E('s2.6', '新增返乡创业1000人以上', '新增返乡创业1000人以上', '新增返乡创业', 1000, '人', { q: 'at_least' }),
  E('s2.6', '开展职业技能培训1.2万人次', '职业技能培训1.2万人次', '职业技能培训', 1.2, '万人次', { note: NOTE_VERB_DROPPED }),
  E('s2.6', '继续办好十件民生实事', '十件民生实事', '民生实事', 10, '件',
    { note: 'count of concrete projects with measure word 件 (§1 count of things done); not a counted abstraction — see questions' }),
  E('s2.6', '确保民生支出占一般公共预算支出的比重保持在80%以上', '民生支出占一般公共预算支出的比重保持在80%以上',
    '民生支出占一般公共预算支出的比重', 80, '%', { q: 'at_least' }),

  // ───────── s2.5 （五）聚焦改革开放
  E('s2.5', '实际利用外资2000万美元', '实际利用外资2000万美元', '实际利用外资', 2000, '万美元'),
  E('s2.5', '力争进出口总额增长10%以上', '进出口总额增长10%以上', '进出口总额', null, null,
    { growth: G(10, '%', null, '增长10%以上'), q: 'at_least' }),
  E('s2.5', '其中企业1500户以上', '企业1500户以上', '企业', 1500, '户', { q: 'at_least' }),
  E('s2.5', '全年新增各类经营主体8000户以上', '新增各类经营主体8000户以上', '新增各类经营主体', 8000, '户',
    { q: 'at_least', note: '§3 name: 各类 inside a verb phrase stays (培训各类农业人才); 新增 leads its noun' }),
  E('s2.5', '企业开办时间压缩至1个工作日以内', '企业开办时间压缩至1个工作日以内', '企业开办时间', 1, '个工作日', { q: 'at_most' }),
  E('s2.5', '政务服务事项网上可办率达到95%以上', '政务服务事项网上可办率达到95%以上', '政务服务事项网上可办率', 95, '%', { q: 'at_least' }),

  // ───────── s2.4 （四）聚焦城乡融合
  E('s2.4', '新增光伏发电装机容量8万千瓦', '新增光伏发电装机容量8万千瓦', '新增光伏发电装机容量', 8, '万千瓦'),
  E('s2.4', '森林覆盖率稳定在62%以上', '森林覆盖率稳定在62%以上', '森林覆盖率', 62, '%', { q: 'at_least' }),
  E('s2.4', '完成植树造林1.2万亩', '植树造林1.2万亩', '植树造林', 1.2, '万亩'),
  E('s2.4', '主要河流国省控断面水质达标率保持100%', '主要河流国省控断面水质达标率保持100%', '主要河流国省控断面水质达标率', 100, '%'),
  E('s2.4', '县城空气质量优良天数比例保持在88%以上', '县城空气质量优良天数比例保持在88%以上', '县城空气质量优良天数比例', 88, '%', { q: 'at_least' }),
  E('s2.4', '支持桃湾、青石两镇建设省级示范镇', '两镇建设省级示范镇', '镇建设省级示范镇', 2, '镇',
    { note: '§1 count of things done (named members + count, as 电机、泵…等7个产业联盟); span from the number; the bare noun 镇 keeps its predicate (§1 count + predicate) — see questions' }),
  E('s2.4', '建成口袋公园10个', '建成口袋公园10个', '建成口袋公园', 10, '个', { note: NOTE_VERB_KEPT }),
  E('s2.4', '新增公共停车位1500个', '新增公共停车位1500个', '新增公共停车位', 1500, '个'),
  E('s2.4', '新建雨污分流管网20公里', '新建雨污分流管网20公里', '新建雨污分流管网', 20, '公里'),
  E('s2.4', '新建改造城市道路12公里', '新建改造城市道路12公里', '新建改造城市道路', 12, '公里'),
  E('s2.4', '改造城镇老旧小区38个', '改造城镇老旧小区38个', '改造城镇老旧小区', 38, '个', { note: NOTE_VERB_KEPT }),
  E('s2.4', '常住人口城镇化率提高到54%左右', '常住人口城镇化率提高到54%左右', '常住人口城镇化率', 54, '%',
    { q: 'about', note: '§1 提高到 a level is a value' }),

  // ───────── s2.3 （三）聚焦乡村振兴
  E('s2.3', '创建省级美丽乡村示范村5个', '创建省级美丽乡村示范村5个', '创建省级美丽乡村示范村', 5, '个', { note: NOTE_VERB_KEPT }),
  E('s2.3', '农村自来水普及率提高到97%以上', '农村自来水普及率提高到97%以上', '农村自来水普及率', 97, '%', { q: 'at_least' }),
  E('s2.3', '新建农村户用卫生厕所2500座', '新建农村户用卫生厕所2500座', '新建农村户用卫生厕所', 2500, '座'),
  E('s2.3', '新改建农村公路150公里', '新改建农村公路150公里', '新改建农村公路', 150, '公里'),
  E('s2.3', '力争集体经济收入50万元以上的村达到35个', '集体经济收入50万元以上的村达到35个', '集体经济收入50万元以上的村', 35, '个',
    { note: '§1 a threshold that defines a category: 50万元以上 is part of the name; qualifier null' }),
  E('s2.3', '确保脱贫人口人均纯收入增长10%以上', '脱贫人口人均纯收入增长10%以上', '脱贫人口人均纯收入', null, null,
    { growth: G(10, '%', null, '增长10%以上'), q: 'at_least' }),
  E('s2.3', '力争农产品加工业总产值达到145亿元', '农产品加工业总产值达到145亿元', '农产品加工业总产值', 145, '亿元'),
  E('s2.3', '新增省级龙头企业2家以上', '新增省级龙头企业2家以上', '新增省级龙头企业', 2, '家',
    { q: 'at_least', note: '§1 level words in a name; 以上 after the number is the qualifier' }),
  E('s2.3', '新建高标准农田3.5万亩', '新建高标准农田3.5万亩', '新建高标准农田', 3.5, '万亩'),
  E('s2.3', '确保粮食播种面积稳定在86万亩以上', '粮食播种面积稳定在86万亩以上', '粮食播种面积', 86, '万亩', { q: 'at_least' }),

  // ───────── s2.2 （二）聚焦扩大内需
  E('s2.2', '旅游综合收入增长15%以上', '旅游综合收入增长15%以上', '旅游综合收入', null, null,
    { growth: G(15, '%', null, '增长15%以上'), q: 'at_least' }),
  E('s2.2', '力争全年接待游客突破700万人次', '接待游客突破700万人次', '接待游客', 700, '万人次',
    { q: 'more_than', note: '突破 read as 超过 (more_than) — see questions' }),
  E('s2.2', '新增限额以上商贸企业35家以上', '新增限额以上商贸企业35家以上', '新增限额以上商贸企业', 35, '家', { q: 'at_least' }),
  E('s2.2', '改造提升商业街区3条', '改造提升商业街区3条', '改造提升商业街区', 3, '条', { note: NOTE_VERB_KEPT }),
  E('s2.2', '新建城市一刻钟便民生活圈5个', '新建城市一刻钟便民生活圈5个', '新建城市一刻钟便民生活圈', 5, '个',
    { note: '一刻钟 is part of the programme name (§2 slogan, as 15分钟休闲健身圈)' }),
  E('s2.2', '力争引进世界500强或行业龙头企业2家以上', '引进世界500强或行业龙头企业2家以上', '引进世界500强或行业龙头企业', 2, '家',
    { q: 'at_least', note: '世界500强 is a name (§2, as 中国民营企业500强); 引进 selects (引进各类人才)' }),
  E('s2.2', '实际到位内资170亿元以上', '实际到位内资170亿元以上', '实际到位内资', 170, '亿元', { q: 'at_least' }),
  E('s2.2', '其中10亿元以上项目不少于8个', '10亿元以上项目不少于8个', '10亿元以上项目', 8, '个',
    { q: 'at_least', note: '§1 threshold category: 10亿元以上 is in the name; 不少于 → at_least' }),
  E('s2.2', '全年签约亿元以上项目60个以上', '签约亿元以上项目60个以上', '签约亿元以上项目', 60, '个',
    { q: 'at_least', note: '亿元以上项目 is a category (过亿元项目); 签约 selects' }),
  E('s2.2', '地方政府专项债券资金20亿元以上', '地方政府专项债券资金20亿元以上', '地方政府专项债券资金', 20, '亿元', { q: 'at_least', note: NOTE_LIST }),
  E('s2.2', '力争争取中央和省预算内资金5亿元以上', '中央和省预算内资金5亿元以上', '中央和省预算内资金', 5, '亿元',
    { q: 'at_least', note: '力争 is a cue word (dropped); 争取 dropped as a verb before the noun (§3)' }),
  E('s2.2', '其中新开工项目68个', '新开工项目68个', '新开工项目', 68, '个'),
  E('s2.2', '年度计划投资145亿元', '年度计划投资145亿元', '年度计划投资', 145, '亿元'),
  E('s2.2', '总投资612亿元', '总投资612亿元', '总投资', 612, '亿元'),
  E('s2.2', '今年安排县级重点项目130个', '县级重点项目130个', '县级重点项目', 130, '个', { note: NOTE_VERB_DROPPED }),

  // ───────── s2.1 （一）聚焦产业升级
  E('s2.1', '服务业增加值增长7%左右', '服务业增加值增长7%左右', '服务业增加值', null, null,
    { growth: G(7, '%', null, '增长7%左右'), q: 'about' }),
  E('s2.1', '新培育规模以上服务业企业15家', '新培育规模以上服务业企业15家', '新培育规模以上服务业企业', 15, '家'),
  E('s2.1', '高新技术产业增加值占比提高1个百分点以上', '高新技术产业增加值占比提高1个百分点以上', '高新技术产业增加值占比', null, null,
    { growth: G(1, 'pp', null, '提高1个百分点以上'), q: 'at_least', note: '§1 提高…个百分点 is growth pp' }),
  E('s2.1', '全社会研发经费投入强度达到2.3%', '全社会研发经费投入强度达到2.3%', '全社会研发经费投入强度', 2.3, '%'),
  E('s2.1', '新增高新技术企业12家、专精特新中小企业8家', '专精特新中小企业8家', '专精特新中小企业', 8, '家', { note: NOTE_LIST }),
  E('s2.1', '新增高新技术企业12家、专精特新中小企业8家', '新增高新技术企业12家', '新增高新技术企业', 12, '家'),
  E('s2.1', '确保开发区规模工业总产值增长12%以上', '开发区规模工业总产值增长12%以上', '开发区规模工业总产值', null, null,
    { growth: G(12, '%', null, '增长12%以上'), q: 'at_least', note: '§3 a word restricting the measure to part of the area stays (开发区)' }),
  E('s2.1', '力争亩均税收提高到18万元以上', '亩均税收提高到18万元以上', '亩均税收', 18, '万元', { q: 'at_least' }),
  E('s2.1', '盘活闲置低效用地1500亩', '盘活闲置低效用地1500亩', '盘活闲置低效用地', 1500, '亩', { note: NOTE_VERB_KEPT }),
  E('s2.1', '开发区新建标准厂房20万平方米', '开发区新建标准厂房20万平方米', '开发区新建标准厂房', 20, '万平方米'),
  E('s2.1', '完成技改投资25亿元', '技改投资25亿元', '技改投资', 25, '亿元'),
  E('s2.1', '实施技改项目30个以上', '技改项目30个以上', '技改项目', 30, '个', { q: 'at_least', note: NOTE_VERB_DROPPED }),
  E('s2.1', '力争产业集群产值突破150亿元', '产业集群产值突破150亿元', '产业集群产值', 150, '亿元',
    { q: 'more_than', note: '突破 read as 超过 (more_than) — see questions' }),
  E('s2.1', '等18个重大项目建设', '18个重大项目建设', '重大项目建设', 18, '个',
    { note: '§1 count + noun phrase headed by an action (建设 stays); span from the number; 年产10万吨磷酸铁锂 is a project name, not an item' }),
  E('s2.1', '总数突破210家', '总数突破210家', '总数', 210, '家', { q: 'more_than', note: '§1 total after a new count; 突破 → more_than' }),
  E('s2.1', '确保全年新增规模以上工业企业25家以上', '新增规模以上工业企业25家以上', '新增规模以上工业企业', 25, '家', { q: 'at_least' }),

  // ───────── s2 main expected targets (before the first （一） of 二、)
  E('s2', '粮食总产量稳定在35万吨以上', '粮食总产量稳定在35万吨以上', '粮食总产量', 35, '万吨', { q: 'at_least' }),
  E('s2', '居民消费价格涨幅控制在3%左右', '居民消费价格涨幅控制在3%左右', '居民消费价格涨幅', 3, '%',
    { q: 'about', note: 'a level of the measure 涨幅 (控制在…), value in % — see questions' }),
  E('s2', '城镇调查失业率控制在5.5%以内', '城镇调查失业率控制在5.5%以内', '城镇调查失业率', 5.5, '%', { q: 'at_most' }),
  E('s2', '城镇新增就业6000人以上', '城镇新增就业6000人以上', '城镇新增就业', 6000, '人', { q: 'at_least' }),
  E('s2', '社会消费品零售总额增长7%；', '社会消费品零售总额增长7%', '社会消费品零售总额', null, null,
    { growth: G(7, '%', null, '增长7%') }),
  E('s2', '规模以上工业增加值增长8%左右', '规模以上工业增加值增长8%左右', '规模以上工业增加值', null, null,
    { growth: G(8, '%', null, '增长8%左右'), q: 'about' }),
  E('s2', '固定资产投资增长8%以上', '固定资产投资增长8%以上', '固定资产投资', null, null,
    { growth: G(8, '%', null, '增长8%以上'), q: 'at_least' }),
  E('s2', '一般公共预算收入增长5%；', '一般公共预算收入增长5%', '一般公共预算收入', null, null,
    { growth: G(5, '%', null, '增长5%') }),
  E('s2', '地区生产总值增长6%左右', '地区生产总值增长6%左右', '地区生产总值', null, null,
    { growth: G(6, '%', null, '增长6%左右'), q: 'about' }),

  // ───────── s1.5 tail: problems paragraph (no new heading after （五）, so innermost section s1.5)
  E('s1.5', '人均地区生产总值仅为全省平均水平的七成左右', '人均地区生产总值仅为全省平均水平的七成左右', '人均地区生产总值仅为全省平均水平的', 7, '成',
    { q: 'about', note: 'a ratio stated as 七成 (Chinese numeral resolved, unit as written 成); section by position — see questions' }),

  // ───────── s1.5 （五）坚持以人民为中心
  E('s1.5', '群众安全感测评得分达到98.6分', '群众安全感测评得分达到98.6分', '群众安全感测评得分', 98.6, '分'),
  E('s1.5', '生产安全事故起数和死亡人数分别下降22.2%、18.8%', '生产安全事故起数和死亡人数分别下降22.2%、18.8%', '生产安全事故死亡人数', null, null,
    { growth: G(-18.8, '%', null, '下降22.2%、18.8%'), note: NOTE_FENBIE }),
  E('s1.5', '生产安全事故起数和死亡人数分别下降22.2%、18.8%', '生产安全事故起数和死亡人数分别下降22.2%', '生产安全事故起数', null, null,
    { growth: G(-22.2, '%', null, '下降22.2%'), note: NOTE_FENBIE }),
  E('s1.5', '全年刑事案件立案数下降15.4%', '刑事案件立案数下降15.4%', '刑事案件立案数', null, null,
    { growth: G(-15.4, '%', null, '下降15.4%') }),
  E('s1.5', '农家书屋提质改造120个', '农家书屋提质改造120个', '农家书屋提质改造', 120, '个',
    { note: '§1 noun phrase headed by an action: the action stays' }),
  E('s1.5', '新建城市书房8家', '新建城市书房8家', '新建城市书房', 8, '家', { note: NOTE_VERB_KEPT }),
  E('s1.5', '保障性租赁住房开工860套', '保障性租赁住房开工860套', '保障性租赁住房开工', 860, '套',
    { note: '开工 selects what is counted (units started), kept' }),
  E('s1.5', '新增养老床位650张', '新增养老床位650张', '新增养老床位', 650, '张'),
  E('s1.5', '新建乡镇区域养老服务中心12个', '新建乡镇区域养老服务中心12个', '新建乡镇区域养老服务中心', 12, '个'),
  E('s1.5', '城乡低保月人均补助水平分别提高到每人每月680元和510元', '城乡低保月人均补助水平分别提高到每人每月680元和510元',
    '农村低保月人均补助水平', 510, '元', { note: NOTE_FENBIE + '; 城乡 = 城市 and 农村; per-unit words belong to the name' }),
  E('s1.5', '城乡低保月人均补助水平分别提高到每人每月680元和510元', '城乡低保月人均补助水平分别提高到每人每月680元',
    '城市低保月人均补助水平', 680, '元', { note: NOTE_FENBIE + '; 城乡 = 城市 and 农村; per-unit words belong to the name' }),
  E('s1.5', '等各类救助资金1.38亿元', '救助资金1.38亿元', '救助资金', 1.38, '亿元',
    { note: '§3 name: examples before 等 and a leading 各类 are dropped; 发放 dropped' }),
  E('s1.5', '基本医疗保险参保率稳定在95%以上', '基本医疗保险参保率稳定在95%以上', '基本医疗保险参保率', 95, '%', { q: 'at_least' }),
  E('s1.5', '城乡居民基本养老保险参保人数达到41.3万人', '城乡居民基本养老保险参保人数达到41.3万人', '城乡居民基本养老保险参保人数', 41.3, '万人'),
  E('s1.5', '家庭医生签约服务覆盖率达到78%', '家庭医生签约服务覆盖率达到78%', '家庭医生签约服务覆盖率', 78, '%'),
  E('s1.5', '村卫生室标准化改造46个', '村卫生室标准化改造46个', '村卫生室标准化改造', 46, '个'),
  E('s1.5', '新建乡镇卫生院3所', '新建乡镇卫生院3所', '新建乡镇卫生院', 3, '所'),
  E('s1.5', '高考本科上线人数2863人', '高考本科上线人数2863人', '高考本科上线人数', 2863, '人'),
  E('s1.5', '普惠性幼儿园覆盖率达到91.5%', '普惠性幼儿园覆盖率达到91.5%', '普惠性幼儿园覆盖率', 91.5, '%'),
  E('s1.5', '新增学位5400个', '新增学位5400个', '新增学位', 5400, '个'),
  E('s1.5', '新建改扩建中小学和幼儿园9所', '新建改扩建中小学和幼儿园9所', '新建改扩建中小学和幼儿园', 9, '所'),
  E('s1.5', '发放创业担保贷款2.1亿元', '创业担保贷款2.1亿元', '创业担保贷款', 2.1, '亿元', { note: NOTE_VERB_DROPPED }),
  E('s1.5', '新增返乡创业人员1300余人', '新增返乡创业人员1300余人', '新增返乡创业人员', 1300, '人', { q: 'more_than' }),
  E('s1.5', '城镇登记失业率控制在3.2%', '城镇登记失业率控制在3.2%', '城镇登记失业率', 3.2, '%',
    { note: '控制在 without 以内: no qualifier' }),
  E('s1.5', '就业困难人员就业860人', '就业困难人员就业860人', '就业困难人员就业', 860, '人', { note: NOTE_LIST }),
  E('s1.5', '帮助城镇失业人员再就业2140人', '城镇失业人员再就业2140人', '城镇失业人员再就业', 2140, '人'),
  E('s1.5', '城镇新增就业6850人', '城镇新增就业6850人', '城镇新增就业', 6850, '人'),
  E('s1.5', '年初承诺的十件民生实事全部办结', '十件民生实事', '民生实事', 10, '件',
    { note: 'count before a noun; 全部办结 only reports what happened (dropped); see questions' }),
  E('s1.5', '占一般公共预算支出的80.2%', '占一般公共预算支出的80.2%', '占一般公共预算支出', 80.2, '%',
    { note: '§1 two figures about two things; §3 subject left out: the name is what the clause says' }),
  E('s1.5', '全年民生支出37.6亿元', '民生支出37.6亿元', '民生支出', 37.6, '亿元'),

  // ───────── s1.4 （四）坚持城乡统筹与生态优先
  E('s1.4', '整改完成率达到100%', '整改完成率达到100%', '整改完成率', 100, '%'),
  E('s1.4', '整改销号中央和省生态环境保护督察反馈问题21个', '整改销号中央和省生态环境保护督察反馈问题21个',
    '整改销号中央和省生态环境保护督察反馈问题', 21, '个', { note: NOTE_VERB_KEPT }),
  E('s1.4', '单位地区生产总值能耗下降3.6%', '单位地区生产总值能耗下降3.6%', '单位地区生产总值能耗', null, null,
    { growth: G(-3.6, '%', null, '下降3.6%') }),
  E('s1.4', '森林覆盖率达到62.3%', '森林覆盖率达到62.3%', '森林覆盖率', 62.3, '%'),
  E('s1.4', '全年完成植树造林1.6万亩', '植树造林1.6万亩', '植树造林', 1.6, '万亩'),
  E('s1.4', '县级以上集中式饮用水水源地水质达标率100%', '县级以上集中式饮用水水源地水质达标率100%',
    '县级以上集中式饮用水水源地水质达标率', 100, '%', { note: '§1 level words in a name' }),
  E('s1.4', '沅水干流及4条主要支流国省控断面水质达标率保持100%', '沅水干流及4条主要支流国省控断面水质达标率保持100%',
    '沅水干流及4条主要支流国省控断面水质达标率', 100, '%',
    { note: '4条主要支流 is part of the name of the measure (scope), no item of its own — see questions' }),
  E('s1.4', '细颗粒物平均浓度下降4.3%', '细颗粒物平均浓度下降4.3%', '细颗粒物平均浓度', null, null,
    { growth: G(-4.3, '%', null, '下降4.3%') }),
  E('s1.4', '县城空气质量优良天数比例达到88.6%，同比提高3.1个百分点', '县城空气质量优良天数比例达到88.6%，同比提高3.1个百分点',
    '县城空气质量优良天数比例', 88.6, '%', { growth: G(3.1, 'pp', 'yoy', '同比提高3.1个百分点') }),
  E('s1.4', '常住人口城镇化率达到52.8%，比上年提高1.4个百分点', '常住人口城镇化率达到52.8%，比上年提高1.4个百分点',
    '常住人口城镇化率', 52.8, '%', { growth: G(1.4, 'pp', 'yoy', '比上年提高1.4个百分点') }),
  E('s1.4', '建成区绿化覆盖率达到41.2%', '建成区绿化覆盖率达到41.2%', '建成区绿化覆盖率', 41.2, '%'),
  E('s1.4', '新增公共停车位2100个、城市绿地18万平方米', '城市绿地18万平方米', '城市绿地', 18, '万平方米', { note: NOTE_LIST }),
  E('s1.4', '新增公共停车位2100个、城市绿地18万平方米', '新增公共停车位2100个', '新增公共停车位', 2100, '个'),
  E('s1.4', '城市供水管网32公里、雨污分流管网27公里', '雨污分流管网27公里', '雨污分流管网', 27, '公里', { note: NOTE_LIST }),
  E('s1.4', '新建和改造城市供水管网32公里', '新建和改造城市供水管网32公里', '新建和改造城市供水管网', 32, '公里'),
  E('s1.4', '惠及居民5600余户', '惠及居民5600余户', '惠及居民', 5600, '户', { q: 'more_than' }),
  E('s1.4', '改造城镇老旧小区42个', '改造城镇老旧小区42个', '改造城镇老旧小区', 42, '个', { note: NOTE_VERB_KEPT }),
  E('s1.4', '打通断头路6条', '打通断头路6条', '打通断头路', 6, '条', { note: NOTE_VERB_KEPT }),
  E('s1.4', '新建改造城市道路14.6公里', '新建改造城市道路14.6公里', '新建改造城市道路', 14.6, '公里'),
  E('s1.4', '完成投资42.7亿元', '完成投资42.7亿元', '完成投资', 42.7, '亿元',
    { note: '§3 name: a clause naming nothing but a verb → the verb phrase (完成投资)' }),
  E('s1.4', '全年实施城建项目58个', '城建项目58个', '城建项目', 58, '个', { note: NOTE_VERB_DROPPED }),
  E('s1.4', '完成17个乡镇国土空间规划编制', '17个乡镇国土空间规划编制', '乡镇国土空间规划编制', 17, '个',
    { note: '§1 count + noun phrase headed by an action; span from the number' }),

  // ───────── s1.3 （三）坚持农业农村优先发展
  E('s1.3', '市级精品村18个', '市级精品村18个', '市级精品村', 18, '个', { note: NOTE_LIST }),
  E('s1.3', '创建省级美丽乡村示范村6个', '创建省级美丽乡村示范村6个', '创建省级美丽乡村示范村', 6, '个', { note: NOTE_VERB_KEPT }),
  E('s1.3', '农村自来水普及率达到96.5%，提高1.8个百分点', '农村自来水普及率达到96.5%，提高1.8个百分点', '农村自来水普及率', 96.5, '%',
    { growth: G(1.8, 'pp', null, '提高1.8个百分点') }),
  E('s1.3', '新建农村户用卫生厕所3200座', '新建农村户用卫生厕所3200座', '新建农村户用卫生厕所', 3200, '座'),
  E('s1.3', '完成危桥改造15座', '危桥改造15座', '危桥改造', 15, '座'),
  E('s1.3', '新改建农村公路186公里', '新改建农村公路186公里', '新改建农村公路', 186, '公里'),
  E('s1.3', '达到28个，比上年增加11个', '比上年增加11个', '50万元以上的村增加', 11, '个',
    { note: '§1 amount of change, subject left out: measure + verb, span on the clause, growth null' }),
  E('s1.3', '其中50万元以上的村达到28个', '50万元以上的村达到28个', '50万元以上的村', 28, '个',
    { note: '§1 threshold category (超过20万元的村 57个): qualifier null' }),
  E('s1.3', '行政村集体经济收入全部超过10万元', '行政村集体经济收入全部超过10万元', '行政村集体经济收入', 10, '万元',
    { q: 'more_than', note: '§1 all members reach a level: the level is a value; 超过 → more_than' }),
  E('s1.3', '全县212个行政村', '212个行政村', '行政村', 212, '个', { note: '§1 all members reach a level (412个行政村 → 行政村 412 个)' }),
  E('s1.3', '脱贫人口人均纯收入达到15862元，增长12.6%', '脱贫人口人均纯收入达到15862元，增长12.6%', '脱贫人口人均纯收入', 15862, '元',
    { growth: G(12.6, '%', null, '增长12.6%') }),
  E('s1.3', '实施产业发展类项目164个', '产业发展类项目164个', '产业发展类项目', 164, '个', { note: NOTE_VERB_DROPPED }),
  E('s1.3', '全年投入衔接推进乡村振兴资金2.86亿元，增长6.4%', '衔接推进乡村振兴资金2.86亿元，增长6.4%', '衔接推进乡村振兴资金', 2.86, '亿元',
    { growth: G(6.4, '%', null, '增长6.4%'), note: NOTE_VERB_DROPPED }),
  E('s1.3', '新认证绿色食品、有机农产品23个', '有机农产品23个', '有机农产品', 23, '个',
    { note: '§1 a list member with no figure of its own: the figure belongs to the noun just before — see questions' }),
  E('s1.3', '农产品加工业产值与农业总产值之比提高到2.3∶1', '农产品加工业产值与农业总产值之比提高到2.3∶1', '农产品加工业产值与农业总产值之比', 2.3, null,
    { note: 'a ratio of two named measures reached (提高到): value 2.3, unit null as an index value; not a structure ratio — see questions' }),
  E('s1.3', '农产品加工业总产值达到132亿元，增长9.3%', '农产品加工业总产值达到132亿元，增长9.3%', '农产品加工业总产值', 132, '亿元',
    { growth: G(9.3, '%', null, '增长9.3%') }),
  E('s1.3', '省级农民合作社示范社12家', '省级农民合作社示范社12家', '省级农民合作社示范社', 12, '家', { note: NOTE_LIST }),
  E('s1.3', '市级龙头企业7家', '市级龙头企业7家', '市级龙头企业', 7, '家', { note: NOTE_LIST }),
  E('s1.3', '新增省级农业产业化龙头企业3家', '新增省级农业产业化龙头企业3家', '新增省级农业产业化龙头企业', 3, '家'),
  E('s1.3', '占耕地面积的比重达到71.8%', '占耕地面积的比重达到71.8%', '占耕地面积的比重', 71.8, '%',
    { note: '§3 subject left out: 占…的比重 as written' }),
  E('s1.3', '累计建成52.6万亩', '累计建成52.6万亩', '高标准农田累计建成', 52.6, '万亩',
    { note: '§1 second figure of the measure, clause without a name: named after the measure, span on the clause' }),
  E('s1.3', '新建高标准农田4.2万亩', '新建高标准农田4.2万亩', '新建高标准农田', 4.2, '万亩'),
  E('s1.3', '生猪出栏68.4万头，增长3.5%', '生猪出栏68.4万头，增长3.5%', '生猪出栏', 68.4, '万头',
    { growth: G(3.5, '%', null, '增长3.5%') }),
  E('s1.3', '连续十年稳定在35万吨以上', '稳定在35万吨以上', '总产量', 35, '万吨',
    { q: 'at_least', note: '§1 second figure of the same measure (稳定在400公斤左右); 连续十年 is a duration (§2 date)' }),
  E('s1.3', '总产量35.2万吨', '总产量35.2万吨', '总产量', 35.2, '万吨', { note: '§3 subject left out: 产量 as written' }),
  E('s1.3', '全年粮食播种面积86.3万亩', '粮食播种面积86.3万亩', '粮食播种面积', 86.3, '万亩'),

  // ───────── s1.2 （二）坚持项目为王不松劲
  E('s1.2', '其中出口6.9亿元，下降2.8%', '出口6.9亿元，下降2.8%', '出口', 6.9, '亿元', { growth: G(-2.8, '%', null, '下降2.8%') }),
  E('s1.2', '进出口总额8.6亿元，下降4.2%', '进出口总额8.6亿元，下降4.2%', '进出口总额', 8.6, '亿元', { growth: G(-4.2, '%', null, '下降4.2%') }),
  E('s1.2', '全年接待游客612万人次，实现旅游综合收入52.4亿元，分别增长38.7%和41.2%', '旅游综合收入52.4亿元，分别增长38.7%和41.2%',
    '旅游综合收入', 52.4, '亿元', { growth: G(41.2, '%', null, '增长38.7%和41.2%'), note: NOTE_FENBIE + '; 实现 + object naming the measure → object' }),
  E('s1.2', '全年接待游客612万人次，实现旅游综合收入52.4亿元，分别增长38.7%和41.2%', '接待游客612万人次，实现旅游综合收入52.4亿元，分别增长38.7%',
    '接待游客', 612, '万人次', { growth: G(38.7, '%', null, '增长38.7%'), note: NOTE_FENBIE }),
  E('s1.2', '新增省级乡村旅游重点村3个', '新增省级乡村旅游重点村3个', '新增省级乡村旅游重点村', 3, '个'),
  E('s1.2', '总数达到258家', '总数达到258家', '总数', 258, '家', { note: '§1 total after a new count' }),
  E('s1.2', '新增限额以上商贸企业41家', '新增限额以上商贸企业41家', '新增限额以上商贸企业', 41, '家'),
  E('s1.2', '住宿餐饮业营业额增长19.6%', '住宿餐饮业营业额增长19.6%', '住宿餐饮业营业额', null, null, { growth: G(19.6, '%', null, '增长19.6%') }),
  E('s1.2', '限额以上批发零售业销售额增长14.2%', '限额以上批发零售业销售额增长14.2%', '限额以上批发零售业销售额', null, null,
    { growth: G(14.2, '%', null, '增长14.2%') }),
  E('s1.2', '带动消费近4亿元', '带动消费近4亿元', '带动消费', 4, '亿元', { q: 'nearly', note: '§3 a clause naming nothing but a verb phrase → that phrase' }),
  E('s1.2', '发放消费券1200万元', '消费券1200万元', '消费券', 1200, '万元', { note: NOTE_VERB_DROPPED }),
  E('s1.2', '等促消费活动26场', '促消费活动26场', '促消费活动', 26, '场', { note: '§3 examples before 等 dropped; 举办 dropped' }),
  E('s1.2', '实际到位内资156亿元，增长18.5%', '实际到位内资156亿元，增长18.5%', '实际到位内资', 156, '亿元', { growth: G(18.5, '%', null, '增长18.5%') }),
  E('s1.2', '其中10亿元以上项目8个', '10亿元以上项目8个', '10亿元以上项目', 8, '个', { note: '§1 threshold category: qualifier null' }),
  E('s1.2', '合同引资额达到286亿元', '合同引资额达到286亿元', '合同引资额', 286, '亿元'),
  E('s1.2', '全年签约项目64个', '签约项目64个', '签约项目', 64, '个'),
  E('s1.2', '等地招商活动38批次', '招商活动38批次', '招商活动', 38, '批次', { note: '§3 examples before 等 dropped; 组织 dropped' }),
  E('s1.2', '地方政府专项债券资金21.4亿元，分别增长16.3%和24.1%', '地方政府专项债券资金21.4亿元，分别增长16.3%和24.1%',
    '地方政府专项债券资金', 21.4, '亿元', { growth: G(24.1, '%', null, '增长16.3%和24.1%'), note: NOTE_FENBIE }),
  E('s1.2', '全年争取中央和省预算内投资4.7亿元、地方政府专项债券资金21.4亿元，分别增长16.3%和24.1%',
    '中央和省预算内投资4.7亿元、地方政府专项债券资金21.4亿元，分别增长16.3%', '中央和省预算内投资', 4.7, '亿元',
    { growth: G(16.3, '%', null, '增长16.3%'), note: NOTE_FENBIE + '; 争取 dropped (§3)' }),
  E('s1.2', '商品房销售面积46.2万平方米，下降8.7%', '商品房销售面积46.2万平方米，下降8.7%', '商品房销售面积', 46.2, '万平方米',
    { growth: G(-8.7, '%', null, '下降8.7%') }),
  E('s1.2', '房地产开发投资下降12.3%', '房地产开发投资下降12.3%', '房地产开发投资', null, null, { growth: G(-12.3, '%', null, '下降12.3%') }),
  E('s1.2', '占固定资产投资的比重提高4.5个百分点', '占固定资产投资的比重提高4.5个百分点', '占固定资产投资的比重', null, null,
    { growth: G(4.5, 'pp', null, '提高4.5个百分点'), note: '§1 提高…个百分点 → growth pp, value null; §3 subject left out' }),
  E('s1.2', '工业投资增长21.6%', '工业投资增长21.6%', '工业投资', null, null, { growth: G(21.6, '%', null, '增长21.6%') }),
  E('s1.2', '完成投资23.8亿元', '完成投资23.8亿元', '完成投资', 23.8, '亿元', { note: '§3 name: the verb phrase (完成投资)' }),
  E('s1.2', '其中省重点项目7个', '省重点项目7个', '省重点项目', 7, '个'),
  E('s1.2', '占年度计划的112.4%', '占年度计划的112.4%', '占年度计划', 112.4, '%',
    { note: '§3 status: a completion rate of the annual plan is actual' }),
  E('s1.2', '完成投资138.6亿元', '完成投资138.6亿元', '完成投资', 138.6, '亿元', { note: '§3 name: the verb phrase (完成投资)' }),
  E('s1.2', '全年列入县级重点项目120个', '县级重点项目120个', '县级重点项目', 120, '个', { note: NOTE_VERB_DROPPED }),

  // ───────── s1.1 （一）坚持工业强县不动摇
  E('s1.1', '为各类经营主体减免退缓税费3.6亿元', '减免退缓税费3.6亿元', '减免退缓税费', 3.6, '亿元',
    { note: '§3 name: a beneficiary after 为 is dropped' }),
  E('s1.1', '工业用电量增长11.8%', '工业用电量增长11.8%', '工业用电量', null, null, { growth: G(11.8, '%', null, '增长11.8%') }),
  E('s1.1', '规模以上工业企业亏损面下降2.1个百分点', '规模以上工业企业亏损面下降2.1个百分点', '规模以上工业企业亏损面', null, null,
    { growth: G(-2.1, 'pp', null, '下降2.1个百分点') }),
  E('s1.1', '高新技术产业增加值占规模以上工业增加值的比重达到41.6%，提高2.3个百分点',
    '高新技术产业增加值占规模以上工业增加值的比重达到41.6%，提高2.3个百分点', '高新技术产业增加值占规模以上工业增加值的比重', 41.6, '%',
    { growth: G(2.3, 'pp', null, '提高2.3个百分点') }),
  E('s1.1', '企业技术中心4个', '企业技术中心4个', '企业技术中心', 4, '个', { note: NOTE_LIST }),
  E('s1.1', '新建省级工程技术研究中心2个', '新建省级工程技术研究中心2个', '新建省级工程技术研究中心', 2, '个'),
  E('s1.1', '高新技术企业总数达到96家', '高新技术企业总数达到96家', '高新技术企业总数', 96, '家'),
  E('s1.1', '国家级专精特新“小巨人”企业两家', '国家级专精特新“小巨人”企业两家', '国家级专精特新“小巨人”企业', 2, '家',
    { note: NOTE_LIST + '; 两家 → 2; quotes inside a name stay' }),
  E('s1.1', '省级专精特新中小企业9家', '省级专精特新中小企业9家', '省级专精特新中小企业', 9, '家', { note: NOTE_LIST }),
  E('s1.1', '新增高新技术企业15家', '新增高新技术企业15家', '新增高新技术企业', 15, '家'),
  E('s1.1', '全社会研发经费投入强度达到2.1%，比上年提高0.3个百分点', '全社会研发经费投入强度达到2.1%，比上年提高0.3个百分点',
    '全社会研发经费投入强度', 2.1, '%', { growth: G(0.3, 'pp', 'yoy', '比上年提高0.3个百分点') }),
  E('s1.1', '在全省开发区综合考评中上升5位', '全省开发区综合考评中上升5位', '全省开发区综合考评', null, null,
    { growth: G(5, '位次', null, '上升5位'), note: '§1 rank change → growth with unit 位次, value null' }),
  E('s1.1', '亩均税收达到16.8万元，提高2.1万元', '提高2.1万元', '亩均税收提高', 2.1, '万元',
    { note: '§1 amount of change, subject left out: measure + verb, span on the clause, growth null' }),
  E('s1.1', '亩均税收达到16.8万元', '亩均税收达到16.8万元', '亩均税收', 16.8, '万元'),
  E('s1.1', '沅丰经济开发区完成规模工业总产值312亿元，增长13.4%', '沅丰经济开发区完成规模工业总产值312亿元，增长13.4%',
    '沅丰经济开发区完成规模工业总产值', 312, '亿元',
    { growth: G(13.4, '%', null, '增长13.4%'), note: '§3 subject + verb + object as written (民营经济实现增加值); 开发区 restricts the area' }),
  E('s1.1', '分别实现产值74.5亿元、52.3亿元，增长6.9%和8.8%', '实现产值74.5亿元、52.3亿元，增长6.9%和8.8%', '装备制造产值', 52.3, '亿元',
    { growth: G(8.8, '%', null, '增长6.9%和8.8%'), note: NOTE_FENBIE + '; subject in the previous clause, span from the verb (as 拉动); 两大传统产业 is a slogan — see questions' }),
  E('s1.1', '分别实现产值74.5亿元、52.3亿元，增长6.9%和8.8%', '实现产值74.5亿元、52.3亿元，增长6.9%', '绿色食品加工产值', 74.5, '亿元',
    { growth: G(6.9, '%', null, '增长6.9%'), note: NOTE_FENBIE + '; subject in the previous clause, span from the verb (as 拉动)' }),
  E('s1.1', '新能源电池材料产业集群实现产值108亿元', '新能源电池材料产业集群实现产值108亿元', '新能源电池材料产业集群实现产值', 108, '亿元',
    { note: '§3 subject + 实现 + object: 产值 alone does not name the measure → as written; 百亿元大关 / 百亿级产业 are thresholds/categories, not items' }),
  E('s1.1', '等12个项目建成投产', '12个项目建成投产', '项目建成投产', 12, '个',
    { note: '§1 count + predicate: 项目 alone says nothing → predicate stays; 年产5万吨锂电正极材料 is a project name, not an item' }),
  E('s1.1', '完成投资61.2亿元，增长15.7%', '完成投资61.2亿元，增长15.7%', '完成投资', 61.2, '亿元', { growth: G(15.7, '%', null, '增长15.7%') }),
  E('s1.1', '实施亿元以上工业项目43个', '亿元以上工业项目43个', '亿元以上工业项目', 43, '个', { note: NOTE_VERB_DROPPED + '; 亿元以上 is a category' }),
  E('s1.1', '总数达到186家', '总数达到186家', '总数', 186, '家', { note: '§1 total after a new count' }),
  E('s1.1', '全年新增规模以上工业企业27家', '新增规模以上工业企业27家', '新增规模以上工业企业', 27, '家'),

  // ───────── s1 一、2023年工作回顾 (overview paragraph)
  E('s1', '县域经济综合实力在全省排名第28位，比上年前移3个位次', '县域经济综合实力在全省排名第28位，比上年前移3个位次', '县域经济综合实力在全省排名', null, null,
    { growth: G(3, '位次', 'yoy', '比上年前移3个位次'), note: '§1 rank change; 第28位 is an ordinal (§2, as 居全市第二位)' }),
  E('s1', '贷款余额305.8亿元，分别比年初增长9.6%、12.3%', '贷款余额305.8亿元，分别比年初增长9.6%、12.3%', '贷款余额', 305.8, '亿元',
    { growth: G(12.3, '%', 'yoy', '比年初增长9.6%、12.3%'), note: NOTE_FENBIE + '; §3 比年初 on a year-end balance → yoy' }),
  E('s1', '年末金融机构各项存款余额412.5亿元、贷款余额305.8亿元，分别比年初增长9.6%', '金融机构各项存款余额412.5亿元、贷款余额305.8亿元，分别比年初增长9.6%',
    '金融机构各项存款余额', 412.5, '亿元', { growth: G(9.6, '%', 'yoy', '比年初增长9.6%'), note: NOTE_FENBIE + '; §3 比年初 → yoy' }),
  E('s1', '农村居民人均可支配收入21538元，分别增长5.2%和7.4%', '农村居民人均可支配收入21538元，分别增长5.2%和7.4%', '农村居民人均可支配收入', 21538, '元',
    { growth: G(7.4, '%', null, '增长5.2%和7.4%'), note: NOTE_FENBIE }),
  E('s1', '城镇居民人均可支配收入42816元、农村居民人均可支配收入21538元，分别增长5.2%', '城镇居民人均可支配收入42816元、农村居民人均可支配收入21538元，分别增长5.2%',
    '城镇居民人均可支配收入', 42816, '元', { growth: G(5.2, '%', null, '增长5.2%'), note: NOTE_FENBIE }),
  E('s1', '社会消费品零售总额98.3亿元，增长7.6%', '社会消费品零售总额98.3亿元，增长7.6%', '社会消费品零售总额', 98.3, '亿元', { growth: G(7.6, '%', null, '增长7.6%') }),
  E('s1', '规模以上工业增加值增长9.1%', '规模以上工业增加值增长9.1%', '规模以上工业增加值', null, null, { growth: G(9.1, '%', null, '增长9.1%') }),
  E('s1', '固定资产投资增长10.4%', '固定资产投资增长10.4%', '固定资产投资', null, null, { growth: G(10.4, '%', null, '增长10.4%') }),
  E('s1', '一般公共预算支出46.9亿元，增长5.1%', '一般公共预算支出46.9亿元，增长5.1%', '一般公共预算支出', 46.9, '亿元', { growth: G(5.1, '%', null, '增长5.1%') }),
  E('s1', '占比达到70.1%，提高2.4个百分点', '占比达到70.1%，提高2.4个百分点', '占比', 70.1, '%',
    { growth: G(2.4, 'pp', null, '提高2.4个百分点'), note: '§3 subject left out: the noun in the clause (占比) is the name' }),
  E('s1', '其中税收收入13.1亿元', '税收收入13.1亿元', '税收收入', 13.1, '亿元'),
  E('s1', '一般公共预算收入18.7亿元，增长7.3%', '一般公共预算收入18.7亿元，增长7.3%', '一般公共预算收入', 18.7, '亿元', { growth: G(7.3, '%', null, '增长7.3%') }),
  E('s1', '第三产业增加值135.6亿元，增长6.5%', '第三产业增加值135.6亿元，增长6.5%', '第三产业增加值', 135.6, '亿元',
    { growth: G(6.5, '%', null, '增长6.5%'), note: '三次产业结构 13.3∶39.3∶47.4 is a structure ratio, no item (§1)' }),
  E('s1', '第二产业增加值112.6亿元，增长8.2%', '第二产业增加值112.6亿元，增长8.2%', '第二产业增加值', 112.6, '亿元', { growth: G(8.2, '%', null, '增长8.2%') }),
  E('s1', '第一产业增加值38.2亿元，增长4.1%', '第一产业增加值38.2亿元，增长4.1%', '第一产业增加值', 38.2, '亿元', { growth: G(4.1, '%', null, '增长4.1%') }),
  E('s1', '增速高于全市平均水平1.2个百分点', '增速高于全市平均水平1.2个百分点', '地区生产总值', null, null,
    { growth: G(1.2, 'pp', null, '高于全市平均水平1.2个百分点'), note: '§3 growth: comparison with another area is its own item; a bare 增速高于全市… takes the name of the item it continues, span on the clause' }),
  E('s1', '全年实现地区生产总值286.4亿元，增长6.8%', '地区生产总值286.4亿元，增长6.8%', '地区生产总值', 286.4, '亿元', { growth: G(6.8, '%', null, '增长6.8%') }),
];

// ───────── build and verify
function countOcc(hay, needle) {
  let n = 0, i = -1;
  while ((i = hay.indexOf(needle, i + 1)) !== -1) n++;
  return n;
}
const errors = [];
const indicators = [];
for (const e of entries) {
  const n = countOcc(source, e.anchor);
  if (n !== 1) { errors.push(`anchor occurs ${n}× : ${e.anchor}`); continue; }
  const a = source.indexOf(e.anchor);
  const m = countOcc(e.anchor, e.text);
  if (m !== 1) { errors.push(`text occurs ${m}× in anchor: ${e.text} | ${e.anchor}`); continue; }
  const start = a + e.anchor.indexOf(e.text);
  const end = start + e.text.length;
  if (source.slice(start, end) !== e.text) { errors.push(`slice mismatch: ${e.text}`); continue; }
  if (e.growth && !e.text.includes(e.growth.text)) errors.push(`growth.text not in text: ${e.growth.text} | ${e.text}`);
  if (e.value === null && !e.growth) errors.push(`no value and no growth: ${e.text}`);
  if (e.growth && !['%', 'pp', '位次'].includes(e.growth.unit)) errors.push(`bad growth unit: ${e.text}`);
  if (!['actual', 'estimate', 'target'].includes(e.status)) errors.push(`bad status: ${e.text}`);
  if (e.qualifier !== null && !['at_least', 'about', 'more_than', 'nearly', 'at_most'].includes(e.qualifier)) errors.push(`bad qualifier: ${e.text}`);
  const out = { name: e.name, value: e.value };
  if (e.valueHigh !== undefined) out.valueHigh = e.valueHigh;
  Object.assign(out, {
    unit: e.unit, growth: e.growth, qualifier: e.qualifier, status: e.status, period: e.period,
    sectionId: e.sectionId, span: { start, end }, text: e.text,
  });
  if (e.note) out.note = e.note;
  indicators.push(out);
}
indicators.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
// duplicate spans with identical value would be a double annotation
const seen = new Set();
for (const it of indicators) {
  const k = `${it.span.start}-${it.span.end}-${it.value}-${it.growth?.value}`;
  if (seen.has(k)) errors.push(`duplicate item: ${it.text}`);
  seen.add(k);
}
if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}
const doc = { document: 'yuanfeng-2024', source: SOURCE, annotator: 'pass-b', indicators };
writeFileSync(OUT, JSON.stringify(doc, null, 2) + '\n');
const by = (f) => indicators.reduce((m, i) => ((m[f(i)] = (m[f(i)] ?? 0) + 1), m), {});
console.log(`verified ${indicators.length} items: every anchor unique, every span slices to its text`);
console.log('status', JSON.stringify(by((i) => i.status)), 'period', JSON.stringify(by((i) => i.period)));
console.log('sections', JSON.stringify(by((i) => i.sectionId)));
console.log(`wrote ${path.relative(ROOT, OUT)}`);
