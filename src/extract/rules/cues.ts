/**
 * Cue words the indicator rules read around a quantity. Each table is plain data with
 * examples, so that a new cue is one line here and not a branch in the engine.
 */

export interface GrowthCue {
  readonly cue: string;
  /** -1 when the cue states a fall: the growth value is negated unless already negative. */
  readonly sign: 1 | -1;
  /** The cue does not count after words this matches (自然增长率 is a level, not a growth). */
  readonly notAfter?: RegExp;
  readonly example: string;
}

/** Verbs that make the following percentage, 个百分点 or 位次 a change rather than a level. */
export const GROWTH_CUES: readonly GrowthCue[] = [
  { cue: '负增长', sign: -1, example: '工业投资负增长2.1%' },
  { cue: '增长', sign: 1, example: '同比增长6%', notAfter: /自然$/ },
  { cue: '年均增长', sign: 1, example: '地区生产总值突破400亿元,年均增长6.2%' },
  { cue: '年均下降', sign: -1, example: '单位生产总值能耗年均下降3.1%' },
  // how the growth is measured leads the phrase: 可比 (at comparable prices), 名义 (nominal), 实际 (real)
  { cue: '可比年均增长', sign: 1, example: '固定资产投资250.3亿元,可比年均增长10.3%' },
  { cue: '可比增长', sign: 1, example: '规模以上工业增加值可比增长5.1%' },
  { cue: '名义增长', sign: 1, example: '经济增加值60.2亿元,名义增长10.0%' },
  { cue: '实际增长', sign: 1, example: '农村居民人均可支配收入实际增长6.1%' },
  { cue: '增加', sign: 1, example: '比上年增加1.2个百分点' },
  { cue: '提高', sign: 1, example: '提高3.5个百分点' },
  { cue: '提升', sign: 1, example: '全省排名提升31个位次' },
  { cue: '上升', sign: 1, example: '占比上升0.8个百分点' },
  { cue: '上涨', sign: 1, example: '居民消费价格上涨0.4%' },
  { cue: '增速', sign: 1, example: '工业增加值增速5.2%' },
  { cue: '增幅', sign: 1, example: '增幅达12%' },
  { cue: '增长率', sign: 1, example: '税收收入增长率8%', notAfter: /自然$/ },
  { cue: '拉动', sign: 1, example: '最终消费拉动经济1.2个百分点' },
  { cue: '高于', sign: 1, example: '高于全市1.4个百分点' },
  { cue: '快于', sign: 1, example: '快于全省0.5个百分点' },
  { cue: '偏多', sign: 1, example: '比常年偏多6.2%' },
  { cue: '加快', sign: 1, example: '增速较上年加快1.6个百分点' },
  { cue: '回升', sign: 1, example: '增速回升0.8个百分点' },
  { cue: '提速', sign: 1, example: '提速2个百分点' },
  { cue: '放缓', sign: -1, example: '增速放缓0.5个百分点' },
  { cue: '前移', sign: 1, example: '位次前移2位' },
  { cue: '前进', sign: 1, example: '前进4个位次' },
  { cue: '后移', sign: -1, example: '位次后移1位' },
  { cue: '偏少', sign: -1, example: '比常年偏少3%' },
  { cue: '压减', sign: -1, example: '经费支出比上年压减百分之五' },
  { cue: '压缩', sign: -1, example: '会议费压缩10%' },
  { cue: '下降', sign: -1, example: '同比下降2.3%' },
  { cue: '降低', sign: -1, example: '降低运输成本60%' },
  { cue: '减少', sign: -1, example: '比上年减少0.6个百分点' },
  { cue: '回落', sign: -1, example: '增速回落1.1个百分点' },
  { cue: '下滑', sign: -1, example: '下滑3%' },
  { cue: '下跌', sign: -1, example: '价格下跌1.5%' },
  { cue: '低于', sign: -1, example: '低于全省0.3个百分点' },
  { cue: '慢于', sign: -1, example: '慢于全市0.2个百分点' },
  { cue: '收窄', sign: -1, example: '降幅收窄2个百分点' },
  // against a benchmark: 较均衡进度慢2.94% (behind the pro-rata pace), 快于 is above
  { cue: '慢', sign: -1, example: '完成预算的5.39%,较均衡进度慢2.94%' },
  { cue: '快', sign: 1, example: '完成预算的20.1%,较序时进度快3.4%' },
];

/** Phrases after a growth verb that turn it into a level: `提高到60%` is a value of 60 %. */
export const LEVEL_AFTER_GROWTH: readonly string[] = ['到', '至', '贡献率'];

/** Verbs between a growth cue and its figure that make it a level. Example: 占比上升到…, 保持在6%. */
export const LEVEL_VERBS: readonly string[] = ['达到', '为', '占', '保持在', '控制在', '稳定在'];

/** Comparisons with another area: growth with no year-on-year basis. Example: 高于全市1.4个百分点. */
export const AREA_COMPARISON_CUES: readonly string[] = ['高于', '低于', '快于', '慢于', '慢', '快'];

/** A year-on-year basis. Example: 同比增长6%, 比上年下降2.3%, 较上年提高. */
export const YOY_CUES: readonly string[] = ['同比', '比上年同期', '较上年同期', '比上年', '较上年', '比去年', '较去年', '比2', '较2', '上年同期', '比上年末', '较上年末', '比年初', '较年初'];

/** A clause that opens with one of these continues the measure of the clause before it. */
export const CONTINUATION_OPENERS: readonly string[] = [
  '同比', '比上年', '较上年', '比去年', '较去年', '增长', '下降', '增速', '增幅', '提高', '降低', '减少',
  '上升', '回落', '高于', '低于', '快于', '慢于', '占比', '占', '年均增长', '可比年均增长', '年均下降', '可比增长', '名义增长', '实际增长', '负增长', '比年初', '较年初', '比上年末', '较上年末', '比常年', '较常年',
];

/** `预计` governs its sentence: every figure after it is an estimate. Example: 预计全区地区生产总值完成282亿元. */
export const ESTIMATE_CUES: readonly string[] = ['预计'];

/** Target cues (CONTRACT §3). Example: 力争新引进过亿元项目35个以上. */
export const TARGET_CUES: readonly string[] = ['目标', '预期', '力争', '确保', '计划', '争取', '规划', '拟'];

/**
 * Words at the head of a name that say where or when, not what. Example: 全区地区生产总值 → 地区生产总值.
 */
export const NAME_PREFIX_STOPWORDS: readonly string[] = [
  '预计', '全年', '全区', '全县', '全市', '全旗', '全镇', '我区', '我县', '我市', '年末', '年内', '年底', '当年', '今年', '去年',
  '其中', '另外', '此外', '累计', '共', '总计', '合计', '已', '已经', '实现', '完成', '力争', '确保', '目标', '预期', '计划',
  '争取', '努力', '同比', '比上年', '较上年', '为', '在', '对', '将', '和', '及', '与', '并', '、', '等', '的',
  '推动', '推进', '加快', '促进',
];

/** Verbs between a name and its figure. Example: 地区生产总值完成282亿元 → 地区生产总值. */
export const NAME_SUFFIX_STOPWORDS: readonly string[] = [
  '完成', '实现', '达到', '达', '为', '是', '共', '累计', '合计', '总计', '约', '近', '超过', '超', '突破', '不少于', '不低于',
  '保持', '控制在', '控制', '在', '多在', '均在', '集中在', '集中', '主要', '稳定在', '提高到', '提高至', '提升到', '提升至', '增加到', '增至', '降至', '降到', '下降到',
  '分别为', '分别达到', '分别', '均', '全部', '稳定', '保持', '维持', '力争', '确保', '争取', '努力', '扩大到', '扩大至',
  '扩大', '缩小到', '缩小至', '缩小', '缩短至', '缩短到', '缩短', '压缩至', '压缩到', '压缩', '满足', '恢复到', '恢复至',
];

/**
 * Words skipped between a name and its figure besides NAME_SUFFIX_STOPWORDS: change verbs and
 * links that an amount or a level stands behind. Example: 出口订单增加超过6亿元 → 出口订单.
 */
export const NAME_LINK_WORDS: readonly string[] = ['增加', '减少', '增长', '下降', '新增加', '的', '到', '至', '提高', '提升', '降低'];

/** Words that end a name when walking back from a figure. Example: 较2022年 → the walk stops at 较. */
export const NOT_NAME_WORDS: readonly string[] = ['较', '比', '与', '和', '或', '及', '等', '为', '从'];

/** Suffix stop words that still belong to the name when they are all there is. Example: 总数达到200家 → 总数. */
export const NAME_FALLBACK_WORDS: readonly string[] = ['余额', '总数', '总量', '总额'];

/** jieba POS tags that can be part of a measure's name. */
export const NAME_POS_TAGS: ReadonlySet<string> = new Set([
  'n', 'nr', 'nr1', 'nr2', 'nrj', 'nrf', 'ns', 'nsf', 'nt', 'nz', 'nl', 'ng', 'vn', 'an', 'j', 'l', 'i', 'b', 'eng', 'x', 'a', 'g', 'k', 'h',
  'vg', 's', 'f', 'zg',
]);

/** Verbs that can open a name (`新增首贷`, `新建天然气管网`); kept because they say what the count is of. */
export const NAME_LEADING_VERBS: readonly string[] = [
  '新增', '新建', '新改建', '改建', '新开工', '开工', '竣工', '引进', '新引进', '培育', '培训', '接待', '发放', '出栏', '存栏',
  '流转', '种植', '新种植', '实施', '建成', '建设', '改造', '铺设', '修建', '举办', '开展', '招引', '签约', '落地', '到位',
];
