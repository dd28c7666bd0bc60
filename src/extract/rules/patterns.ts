import { CONTINUATION_OPENERS, YOY_CUES } from './cues.js';

/**
 * The patterns the indicator engine (../indicators.ts) reads around a figure, as data:
 * each with the text it is for. Word lists live in cues.ts; these are the shapes.
 */

/** How far names are looked for around a figure: only these characters are segmented. */
export const NAME_WINDOW_BEFORE = 20;
export const NAME_WINDOW_AFTER = 12;
/** A rate whose scope a count marks out: 3个国控、省控断面水质优良比例保持100%. */
export const RATE_NAME = /(率|比例|比重)$/;
/** A milestone restated by the exact value: 总数突破9万户，达到9.2万户. */
export const MILESTONE_LINK = /^，?(达到|为|实现)$/;
/** An earlier level before the level reached: 由上年的1.83缩小至1.81. */
export const BASE_BEFORE = /由(?:上年|去年|上年末|年初)?(?:同期)?的?$/;
export const BASE_AFTER = /^(?:[:∶]1)?(?:缩小|扩大|提高|提升|下降|上升|降低|增加|减少|调整|增长)(?:至|到|为)$/;
/** Per-unit words that belong with the unit, not the name: 成交均价多在每平方米5800~6200元. */
export const PER_UNIT = /每(?:人|户|亩|吨|公斤|千克|平方米|立方米|公里|月|年|天|日|小时)(?:每(?:月|年|天|日))?$/;
/** A name that only says how the measure stands: 连续三年稳定在400公斤左右. */
export const STATE_ONLY = /^(连续|持续|继续|长期)?(稳定|保持|维持|持平)?$/;
/** A goal named after its figure: 实现年初确定的10%~12%的增长目标. */
export const GOAL_AFTER = /^的([\u4e00-\u9fff]{0,4}目标)/;
/** Every member reaches a level (not a category): 412个行政村集体经济年收入全部超过五万元. */
export const EVERY_MEMBER = /(全部|均|都|全)(达到|超过|超|在)?$/;
/** A threshold inside the category a count is of: 92个村集体经济收入达到50万元. */
export const THRESHOLD_LINK = /^(达到|超过|超|在|过|突破)?$/;
/** Longest phrase taken as the name of a count when no noun follows it: 7人被评为“…”. */
export const MAX_PHRASE = 20;
/** Words between a value and its growth that add nothing: 同比, 比上年, 按可比价格计算, 、. */
export const LINKING_WORDS = new RegExp(
  `${[...CONTINUATION_OPENERS, ...YOY_CUES].sort((a, b) => b.length - a.length).join('|')}|按(?:可比|不变)价(?:格)?计算|[，,、\\s]`,
  'g',
);
/** A rate word that names nothing by itself: 增速高于全市1.4个百分点. */
export const GENERIC_RATE = /^(增速|增幅|涨幅|增长速度|速度)$/;
/** An area, an average or a target compared with: 高于全市平均水平0.4个百分点, 低于年初预期目标3.2个百分点. */
export const AREA_WORD = /^(?=.)(全国|全省|全市|全县|全区|全州|全盟)?(平均水平|平均|同类地区)?$|^(年初)?(预期|计划)?目标$/;
/** Names a bare number can carry: 综合指数达到4.15, 城乡居民收入比1.81. */
export const BARE_NAME = /(指数|系数|指标|比值|倍数|密度|强度|比|率)$/;
/** Splits the members of a list inside a clause: 新增A 46家、B 19家. */
export const CLAUSE_LIST_SPLIT = /[、]/;
/** Joins figures of one list: 分别增长5.1%和6.7%, 0.5、2.6和2.5个百分点. */
export const LIST_JOINER = /^(、|和|及|与|，)$/;
/** An amount of change: 比上年增加0.57万亩. */
/** A name that is only a verb of change: 增支, 同比减收 — the measure is the one before it. */
export const CHANGE_ONLY = /^(?:较上年同期|较上年|比上年|同比)?(?:净增|增加|减少|增收|减收|增支|减支)$/;
export const INCREASE_WORD = /(净增|增加|减少|新增|增长|下降|增收|减收|增支|减支)[了]?$/;
/** Last resort for a name: the words right before a figure, up to the clause or list start. */
export const TRAILING_WORDS = /[\u4e00-\u9fff“”（）]{2,10}$/;
/** The ranking a rank change happened in: 在全市营商环境评价中由第7位上升至第3位. */
export const RANKED_IN = /([\u4e00-\u9fff]{2,16}?)中?由第[0-9一二三四五六七八九十]+(?:位|名)/;
/** Places moved in a ranking, written with 位: 位次前移2位, 上升5位. */
export const RANK_MOVE = /(前移|后移|上升|提升|下降|前进|后退)$/;
/** The year a growth compares with belongs to the growth phrase: 较2022年同比提升31个位次. */
/** The base of a long-run comparison, before its figure: 较1978年833.02万元增长约290余倍. */
export const COMPARISON_BASE_BEFORE = /(?:较|比|与)(?:19|20)\d\d年(?:的)?$/;
/** How a measure moved, told after its name and before the levels: 城乡收入比持续缩小，由…. */
export const TREND_AFTER_NAME = /(?:持续|进一步|稳步|逐步)?(?:缩小|扩大|提高|提升|下降|上升|降低|增加|减少|优化)?[，,\s]*$/;
export const COMPARISON_YEAR = /(?:较|比|与)(?:19|20)\d\d年(?:同期|底|末)?$/;
