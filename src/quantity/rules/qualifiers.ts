import type { Dimension, Qualifier } from '../../schema/document.js';
import type { QuantityCase } from './cases.js';

/**
 * Qualifier cues (CONTRACT §3). `before` cues end right where the number starts,
 * `between` cues sit between the number and its unit (120余家, 290余万元, 100多家),
 * `after` cues follow the unit (5%以上). A mention's range includes its cues.
 */
export interface QualifierCue {
  readonly id: string;
  readonly cue: string;
  readonly qualifier: NonNullable<Qualifier>;
  readonly position: 'before' | 'between' | 'after';
  /** Characters that must not precede a before-cue (通过 is not 过, 签约 is not 约). */
  readonly notAfter?: string;
  /** Only before a lone 万/亿 (上亿, 破万): elsewhere these characters are ordinary words. */
  readonly onlyLoneMultiplier?: boolean;
  /** Only after a unit of this dimension (5年内, 一年多). */
  readonly onlyDimension?: Dimension;
  /** A between-cue that needs a unit or multiplier right after it (多: 100多家, never 多式联运). */
  readonly needsUnit?: boolean;
  readonly examples: readonly QuantityCase[];
  readonly counterExamples?: readonly QuantityCase[];
}

const q = (text: string, mention: string, value: number, unitText: string | null, qualifier: Qualifier, kind: 'measure' | 'percent' | 'bare' = 'measure'): QuantityCase => ({
  text,
  expect: { mention, kind, value, unitText, qualifier },
});

export const QUALIFIER_CUES: readonly QualifierCue[] = [
  // at_least
  { id: 'at-least-bushaoyu', cue: '不少于', qualifier: 'at_least', position: 'before', examples: [q('不少于45亿元', '不少于45亿元', 45, '亿元', 'at_least')] },
  { id: 'at-least-budiyu', cue: '不低于', qualifier: 'at_least', position: 'before', examples: [q('不低于90%', '不低于90%', 90, '%', 'at_least', 'percent')] },
  { id: 'at-least-zhishao', cue: '至少', qualifier: 'at_least', position: 'before', examples: [q('至少3个', '至少3个', 3, '个', 'at_least')] },
  { id: 'at-least-jiyishang', cue: '及以上', qualifier: 'at_least', position: 'after', examples: [q('3A级及以上', '3A级及以上', 3, 'A级', 'at_least')] },
  {
    id: 'at-least-yishang', cue: '以上', qualifier: 'at_least', position: 'after',
    examples: [q('增长5%以上', '5%以上', 5, '%', 'at_least', 'percent'), q('150个以上', '150个以上', 150, '个', 'at_least')],
  },
  // about
  { id: 'about-yuewei', cue: '约为', qualifier: 'about', position: 'before', examples: [q('综合利用率约为92%', '约为92%', 92, '%', 'about', 'percent')] },
  { id: 'about-dayue', cue: '大约', qualifier: 'about', position: 'before', examples: [q('大约3000人', '大约3000人', 3000, '人', 'about')] },
  {
    id: 'about-yue', cue: '约', qualifier: 'about', position: 'before', notAfter: '节制签合履集公预邀特相盟条违简婉契',
    examples: [q('约5万元', '约5万元', 5, '万元', 'about')],
    counterExamples: [q('签约3个项目', '3个', 3, '个', null)],
  },
  { id: 'about-zuoyou', cue: '左右', qualifier: 'about', position: 'after', examples: [q('增长5.5%左右', '5.5%左右', 5.5, '%', 'about', 'percent')] },
  { id: 'about-shangxia', cue: '上下', qualifier: 'about', position: 'after', examples: [q('1000人上下', '1000人上下', 1000, '人', 'about')] },
  // more_than
  { id: 'more-than-chaoguo', cue: '超过', qualifier: 'more_than', position: 'before', examples: [q('增加超过6亿元', '超过6亿元', 6, '亿元', 'more_than')] },
  // docs/annotation.md §3: 突破 (breaks through) reads as more_than, an extension of CONTRACT §3's table
  { id: 'more-than-tupo', cue: '突破', qualifier: 'more_than', position: 'before', examples: [q('市场主体总数突破9万户', '突破9万户', 9, '万户', 'more_than')] },
  { id: 'more-than-yu-over', cue: '逾', qualifier: 'more_than', position: 'before', examples: [q('逾千人', '逾千人', 1000, '人', 'more_than')] },
  {
    id: 'more-than-guo', cue: '过', qualifier: 'more_than', position: 'before', notAfter: '通经超越度不错改路难胜跨闯放滤翻走看穿闪',
    examples: [
      { text: '新引进过亿元项目', expect: { mention: '过亿元', kind: 'measure', value: 1e8, unitText: '元', qualifier: 'more_than', normalized: 1e8 } },
      q('产值过10亿元', '过10亿元', 10, '亿元', 'more_than'),
    ],
    counterExamples: [q('通过3家', '3家', 3, '家', null)],
  },
  {
    id: 'more-than-chao', cue: '超', qualifier: 'more_than', position: 'before', notAfter: '赶高',
    examples: [q('超3000万元', '超3000万元', 3000, '万元', 'more_than')],
    counterExamples: [q('赶超3家', '3家', 3, '家', null)],
  },
  { id: 'more-than-po', cue: '破', qualifier: 'more_than', position: 'before', onlyLoneMultiplier: true, examples: [q('破万人', '破万人', 1e4, '人', 'more_than')], counterExamples: [q('打破3项', '3项', 3, '项', null)] },
  { id: 'more-than-shang', cue: '上', qualifier: 'more_than', position: 'before', onlyLoneMultiplier: true, examples: [q('上亿元的', '上亿元', 1e8, '元', 'more_than')], counterExamples: [q('比上3个', '3个', 3, '个', null)] },
  {
    id: 'more-than-yu', cue: '余', qualifier: 'more_than', position: 'between',
    examples: [
      q('120余家', '120余家', 120, '家', 'more_than'),
      q('290余万元', '290余万元', 290, '万元', 'more_than'),
      q('2万余户', '2万余户', 20000, '户', 'more_than'),
    ],
  },
  {
    id: 'more-than-duo', cue: '多', qualifier: 'more_than', position: 'between', needsUnit: true,
    examples: [q('100多家', '100多家', 100, '家', 'more_than'), q('一百多人', '一百多人', 100, '人', 'more_than')],
    counterExamples: [{ text: '多式联运', expect: null }, q('3多式', '3', 3, null, null, 'bare')],
  },
  {
    id: 'more-than-ji', cue: '几', qualifier: 'more_than', position: 'between', needsUnit: true,
    examples: [q('十几个', '十几个', 10, '个', 'more_than')],
    counterExamples: [{ text: '几个', expect: null }],
  },
  { id: 'more-than-duo-time', cue: '多', qualifier: 'more_than', position: 'after', onlyDimension: 'time', examples: [q('3年多', '3年多', 3, '年', 'more_than')] },
  // nearly
  { id: 'nearly-jiejin', cue: '接近', qualifier: 'nearly', position: 'before', examples: [q('接近50%', '接近50%', 50, '%', 'nearly', 'percent')] },
  { id: 'nearly-jiangjin', cue: '将近', qualifier: 'nearly', position: 'before', examples: [q('将近200家', '将近200家', 200, '家', 'nearly')] },
  {
    id: 'nearly-jin', cue: '近', qualifier: 'nearly', position: 'before', notAfter: '最附临靠亲就邻贴逼拉',
    examples: [q('近3亿元', '近3亿元', 3, '亿元', 'nearly')],
    counterExamples: [q('最近3年', '3年', 3, '年', null)],
  },
  // at_most
  { id: 'at-most-buchaoguo', cue: '不超过', qualifier: 'at_most', position: 'before', examples: [q('不超过3%', '不超过3%', 3, '%', 'at_most', 'percent')] },
  { id: 'at-most-bugaoyu', cue: '不高于', qualifier: 'at_most', position: 'before', examples: [q('不高于35微克/立方米', '不高于35微克/立方米', 35, '微克/立方米', 'at_most')] },
  { id: 'at-most-buzu', cue: '不足', qualifier: 'at_most', position: 'before', examples: [q('不足10%', '不足10%', 10, '%', 'at_most', 'percent')] },
  { id: 'at-most-budao', cue: '不到', qualifier: 'at_most', position: 'before', examples: [q('不到5天', '不到5天', 5, '天', 'at_most')] },
  { id: 'at-most-yinei', cue: '以内', qualifier: 'at_most', position: 'after', examples: [q('控制在3%以内', '3%以内', 3, '%', 'at_most', 'percent')] },
  { id: 'at-most-zhinei', cue: '之内', qualifier: 'at_most', position: 'after', examples: [q('30分钟之内', '30分钟之内', 30, '分钟', 'at_most')] },
  { id: 'at-most-yixia', cue: '以下', qualifier: 'at_most', position: 'after', examples: [q('5%以下', '5%以下', 5, '%', 'at_most', 'percent')] },
  {
    id: 'at-most-nei', cue: '内', qualifier: 'at_most', position: 'after', onlyDimension: 'time',
    examples: [q('5年内', '5年内', 5, '年', 'at_most')],
    counterExamples: [q('3个内', '3个', 3, '个', null)],
  },
];
