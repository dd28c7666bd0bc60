import type { UnclaimedReason } from '../../schema/document.js';

/**
 * Numbers that are not indicators (CONTRACT §3). A rule looks at the characters just
 * before (`before`, up to 12) and after (`after`, up to 12) the number, and at the number
 * itself; the first rule that matches decides the reason. Order matters: specific first.
 */
export interface ExclusionRule {
  readonly id: string;
  readonly reason: UnclaimedReason;
  /** Tested against `before` (text ending right before the number). */
  readonly before?: RegExp;
  /** Tested against `after` (text starting right after the number as written). */
  readonly after?: RegExp;
  /** Tested against the number as written. */
  readonly number?: RegExp;
  /** Tested against the whole line the number is on. */
  readonly line?: RegExp;
  /** Only for numbers inside “…” quotes (true) or inside 《…》 titles ('title'). */
  readonly inside?: 'quotes' | 'title';
  /** Only for numbers written in Chinese (or only Arabic). */
  readonly script?: 'chinese' | 'arabic';
  readonly examples: readonly string[];
  readonly counterExamples: readonly string[];
}

export const EXCLUSION_RULES: readonly ExclusionRule[] = [
  {
    id: 'exclude-session',
    reason: 'ordinal',
    after: /^(届|次(?:[、和及][一二三四五六七八九十\d]+次)*(会议|全会|党代会|代表大会)|中全会)/,
    examples: ['提请区三届人大四次会议审议', '二十届二中全会精神', '第十九届人民代表大会', '市委十一届七次、八次全会精神'],
    counterExamples: ['开展技术服务150余次'],
  },
  {
    id: 'exclude-party-congress',
    reason: 'name',
    before: /党的$/,
    after: /^大/,
    examples: ['全面贯彻落实党的二十大精神'],
    counterExamples: ['两大主题'],
  },
  {
    id: 'exclude-numbered-line',
    reason: 'name',
    after: /^号(线|楼|地块|院|桥|路|泊位|机组|高炉)/,
    examples: ['地铁3号线云梧段', '2号机组'],
    counterExamples: ['1月9号'],
  },
  {
    id: 'exclude-list-ordinal',
    reason: 'ordinal',
    before: /(^|\n|[：:]|\s)$/,
    after: /^[.、．]/,
    examples: ['注：1.本公报中数据均为初步统计数', '\n2.地区生产总值按不变价格计算', '\n9.2023年全县'],
    counterExamples: ['增长2.5%'],
  },
  {
    id: 'exclude-structure-ratio',
    reason: 'ratio',
    after: /^[:∶]\d+(\.\d+)?[:∶]\d/,
    examples: ['三次产业结构调整为14.2:38.6:47.2', '三次产业结构调整为13.5∶39.3∶47.2'],
    counterExamples: ['增长6%', '农产品加工业产值与农业总产值之比达到2.6∶1'],
  },
  {
    id: 'exclude-structure-ratio-tail',
    reason: 'ratio',
    before: /\d[:∶]$/,
    examples: ['14.2:38.6:47.2', '13.5∶39.3∶47.2', '之比达到2.6∶1'],
    counterExamples: ['增长6%'],
  },
  {
    id: 'exclude-ordinal-di',
    reason: 'ordinal',
    before: /第$/,
    examples: ['第十九届人民代表大会', '第三次会议', '第一产业'],
    counterExamples: ['新增首贷286户'],
  },
  {
    id: 'exclude-plus-formula',
    reason: 'slogan',
    after: /^\+|^＋/,
    examples: ['优化“1+6+N”情指行一体化', '“1+11+N”农业品牌体系'],
    counterExamples: ['增长6%'],
  },
  {
    id: 'exclude-plus-formula-tail',
    reason: 'slogan',
    before: /[+＋]$/,
    examples: ['“1+6+N”'],
    counterExamples: ['增长6%'],
  },
  {
    id: 'exclude-grade-a',
    reason: 'grade',
    after: /^A+级?/,
    examples: ['国家4A级景区', '3A级旅游景区'],
    counterExamples: ['8.51mg/l'],
  },
  {
    id: 'exclude-grade-level',
    reason: 'grade',
    after: /^(级|类|星级|等|甲|乙)/,
    examples: ['三级医院', '区镇村三级', '一类幼儿园', 'Ⅲ类环境质量标准', '五类纠纷', '二级甲等医院'],
    counterExamples: ['9家乡镇卫生院'],
  },
  {
    id: 'exclude-top-n',
    reason: 'name',
    after: /^强/,
    examples: ['中国民营企业500强峰会'],
    counterExamples: ['增强'],
  },
  {
    id: 'exclude-letter-prefix',
    reason: 'name',
    before: /[A-Za-z]$/,
    examples: ['PM2.5浓度', 'G20峰会'],
    counterExamples: ['COD平均浓度8.51mg/l'],
  },
  {
    id: 'exclude-letter-suffix',
    reason: 'name',
    after: /^(?![kKmM]?[VWgmlL](?![A-Za-z]))[A-Za-z](?![a-z]*\/)/,
    examples: ['5G基站', '3D打印'],
    counterExamples: ['8.51mg/l', '10kV'],
  },
  {
    id: 'exclude-big-n-slogan',
    reason: 'slogan',
    script: 'chinese',
    after: /^(大|个大|项大|号|送|提|减|增|对|抓|字)/,
    examples: ['“三大目标”', '两大主题', '八个大会精神', '“一号工程”', '三送三提', '四减四增'],
    counterExamples: ['7个产业联盟'],
  },
  {
    id: 'exclude-category-threshold',
    reason: 'name',
    before: /(过|超)$/,
    after: /^(亿|万|千)?元?(以上)?(的)?(项目|企业|工程|大项目|产业|园区|投资项目)/,
    examples: ['新引进过亿元项目35个'],
    counterExamples: ['投资超过6亿元'],
  },
  {
    id: 'exclude-category-floor',
    reason: 'name',
    after: /^(亿|万|千)?元?及?(以上|以下)(的)?[\u4e00-\u9fff]{0,8}(项目|企业|单位|工程|法人|个体户|村|乡镇|家庭|学校|医院)/,
    examples: ['新建亿元以上项目126个', '10亿元以上项目9个', '年主营业务收入2000万元及以上的工业企业', '500万元及以上的建设项目', '年经营性收入50万元以上的村占比', '消除年收入20万元以下的薄弱村'],
    counterExamples: ['实现技改投资20亿元以上'],
  },
  {
    id: 'exclude-threshold-of-category',
    reason: 'name',
    before: /(超过|达到|在|过|突破)$/,
    after: /^(万|亿|千)?元?(以上|及以上)?的[\u4e00-\u9fff]{1,8}\d/,
    examples: ['其中超过20万元的村57个'],
    counterExamples: ['全部超过五万元'],
  },
  {
    id: 'exclude-programme-span',
    reason: 'slogan',
    after: /^年(攻坚|提升|倍增)?(行动|计划|规划|工程)/,
    examples: ['深入实施特色产业提升三年行动', '实施新材料产业倍增三年行动'],
    counterExamples: ['连续三年稳定在400公斤左右'],
  },
  {
    id: 'exclude-duration-span',
    reason: 'date',
    after: /^([-~至到—–]\d+)?(年|个月)(左右)?时间/,
    examples: ['用3-5年时间，培育年产值超50亿元的企业3家'],
    counterExamples: ['用地3000亩'],
  },
  {
    id: 'exclude-top-rank',
    reason: 'ordinal',
    before: /前$/,
    after: /^(位|名)/,
    examples: ['确保营商环境评价进入全市前3位'],
    counterExamples: ['位次前移3位'],
  },
  {
    id: 'exclude-members-repeated',
    reason: 'name',
    script: 'chinese',
    before: /[\u4e00-\u9fff]{1,6}、[\u4e00-\u9fff]{1,6}$/,
    after: /^(个|所|座|家|条|处)/,
    examples: ['建成青檀、枫林两个农业高质量发展示范区'],
    counterExamples: ['新增创新型中小企业、专精特新等优质企业40余家'],
  },
  {
    id: 'exclude-members-named-after',
    reason: 'name',
    script: 'chinese',
    after: /^(个|所|座|家|条|处)[\u4e00-\u9fff]{1,8}——/,
    examples: ['其中新建两所学校——县第三实验小学和城东幼儿园已投入使用'],
    counterExamples: ['新建两所九年一贯制学校'],
  },
  {
    id: 'exclude-peer-group',
    reason: 'name',
    before: /(全市|全省|全国|全州|全盟)$/,
    after: /^个?(县|区|市|乡镇|地市|街道)/,
    examples: ['增速在全市11个县（市、区）中位次前移2位'],
    counterExamples: ['新增11个县级重点项目'],
  },
  {
    id: 'exclude-counted-package',
    reason: 'name',
    script: 'chinese',
    after: /^件(民生实事|实事|好事)/,
    examples: ['区级十件民生实事全面完成'],
    counterExamples: ['1153件区镇村三级民生实事项目'],
  },
  {
    id: 'exclude-anniversary',
    reason: 'date',
    after: /^周年/,
    examples: ['中华人民共和国成立75周年'],
    counterExamples: ['75年'],
  },
  {
    id: 'exclude-age-group',
    reason: 'name',
    after: /^岁(以下|以上|及以上)?的?(儿童|老人|老年人|人口|居民|婴儿|幼儿|孕产妇)/,
    examples: ['5岁以下儿童死亡率', '60岁以上老年人'],
    counterExamples: ['平均年龄45岁'],
  },
  {
    id: 'exclude-schooling-span',
    reason: 'name',
    after: /^年(制|一贯制|义务教育|免费教育)|^年(毛入园率)/,
    examples: ['九年义务教育巩固率', '学前三年毛入园率', '新建两所九年一贯制学校'],
    counterExamples: ['连续三年'],
  },
  {
    id: 'exclude-consecutive-years',
    reason: 'date',
    before: /连续$/,
    after: /^(个)?年/,
    examples: ['连续三年稳定在400公斤左右', '连续两年下降'],
    counterExamples: ['三年行动'],
  },
  {
    // a span of time told in words is the time a thing took or lasted, not a measure of the area
    id: 'exclude-duration-in-words',
    reason: 'date',
    script: 'chinese',
    after: /^(?:个)?多?(?:个)?(?:年|月)(?!度|末|底|初|份|产|均|级|龄|限|薪|报|鉴)/,
    examples: ['十三五时期是我县发展历程中很不寻常的五年', '用一个多月时间遏制住疫情扩散', '挑战巨大而又成效突出的一年'],
    counterExamples: ['平均受教育年限达到10.5年', '三年行动'],
  },
  {
    id: 'exclude-counted-aspects',
    reason: 'slogan',
    script: 'chinese',
    after: /^(?:个|大)?(?:方面|领域|维度|环节|思维|方向)/,
    examples: ['重点抓好以下七个方面工作', '统筹推进两大领域改革'],
    counterExamples: ['建成七个产业园'],
  },
  {
    // 地区生产总值[2]246.1亿元, 常住人口〔3〕: a footnote mark fused to a name (a one- or two-digit
    // number in brackets right after a word; a document number 〔2019〕 has four digits)
    id: 'exclude-footnote-mark',
    reason: 'ordinal',
    before: /[\u3400-\u9fff)）%‰\d][[［〔]$/,
    after: /^[\]］〕]/,
    number: /^\d{1,2}$/,
    examples: ['全年地区生产总值[2]246.1亿元', '全区常住人口[3]72.78万人', '规模以上工业增加值增长8.2%〔1〕。'],
    counterExamples: ['闽财预〔2019〕4号'],
  },
  {
    // 增长6.2%(全市5.8%): the figure of the place compared with, in brackets, is not the area's
    id: 'exclude-compared-place-figure',
    reason: 'comparison',
    before: /[（(](?:全国|全省|全自治区|全市|全州|全盟|全地区|全区|省|市)(?:平均|平均水平)?(?:为|是)?$/,
    after: /^(?:[%‰]|个百分点)?[)）]/,
    examples: ['全县地区生产总值增长6.2%(全市5.8%)', '城镇居民人均可支配收入增长5.1%（全省平均4.9%）'],
    counterExamples: ['（全年）增长5.8%', '全市5.8%的企业实现盈利'],
  },
  {
    // 增长8.2%2: a footnote digit glued to a rate
    id: 'exclude-footnote-after-rate',
    reason: 'ordinal',
    before: /\d[%‰]$/,
    after: /^(?:[，。；,;]|$)/,
    number: /^\d$/,
    examples: ['比上年增长8.2%2，'],
    counterExamples: ['增长8.2%，2个项目'],
  },
  {
    // 华大30兆瓦生物质发电、年产6万吨减水剂等13个项目: the capacity is part of a project's name
    id: 'exclude-capacity-in-project-name',
    reason: 'name',
    before: /(?:年产|[\u4e00-\u9fff]{2})$/,
    after: /^(?:万|亿|千)?(?:兆瓦|千瓦|吨)[\u4e00-\u9fff]{2,10}(?:项目|生产线|[、等])/,
    examples: ['实施华大30兆瓦生物质发电、年产6万吨减水剂等13个项目'],
    counterExamples: ['全年新增光伏装机30兆瓦', '粮食总产量34.86万吨，增长2.1%'],
  },
  {
    // 粮食总产过亿斤的农业大县: the threshold names a class the area belongs to
    id: 'exclude-threshold-class',
    reason: 'name',
    before: /(?:过|超)$/,
    after: /^(?:斤|元|吨|亩|人)?(?:以上)?的[\u4e00-\u9fff]{0,4}(?:县|市|区|镇|乡|村|大县|强县)/,
    examples: ['是全区第三个粮食总产过亿斤的农业大县'],
    counterExamples: ['粮食总产突破亿斤'],
  },
  {
    // 0-17岁77324人: an age band names the group a count is of
    id: 'exclude-age-band',
    reason: 'name',
    after: /^(?:[-~至—–]\d+)?岁(?:及以上|以上|以下)?\d/,
    examples: ['0-17岁77324人，占18.8%', '60岁及以上68730人'],
    counterExamples: ['平均年龄45岁，比上年提高0.3岁'],
  },
  {
    // “零就业”家庭24小时“动态清零”: a number between quoted slogan words is part of the slogan
    id: 'exclude-between-slogans',
    reason: 'slogan',
    before: /”[\u4e00-\u9fff]{0,4}$/,
    after: /^(?:小时|天|分钟|个)?“/,
    examples: ['实现“零就业”家庭24小时“动态清零”'],
    counterExamples: ['企业开办时间压缩至24小时'],
  },
  {
    // 增加值?0.2亿元: a figure whose leading digits a wrong encoding replaced cannot be read
    id: 'exclude-damaged-digits',
    reason: 'damaged',
    before: /[?\uFFFD]$/,
    examples: ['“四新”经济增加值?0.2亿元'],
    counterExamples: ['现代服务业增加值60.0亿元'],
  },
  {
    // 2021-07-27 17:55:08, 发表于 2022-8-9: a date written with dashes (the page's, not a figure's)
    id: 'exclude-dashed-date',
    reason: 'date',
    line: /(?:19|20)\d\d-\d{1,2}-\d{1,2}/,
    before: /(?:(?:19|20)\d\d-(?:\d{1,2}-)?|^|[^\d-])$/,
    after: /^(?:-\d{1,2}-\d{1,2}|-\d{1,2}(?!\d)|(?![\d-]))/,
    number: /^\d{1,4}$/,
    examples: ['公文搜 2021-07-27 17:55:08 政府报告', '发表于 2022-8-9 16:34:46'],
    counterExamples: ['其中:0-17岁22.52万人', '图1 2020-2024年'],
  },
  {
    // 17:55:08, 昨天 10:06: a time of day
    id: 'exclude-clock-time',
    reason: 'date',
    before: /(?:^|[^\d.：:])(?:\d{1,2}[:：](?:\d{2}[:：])?)?$/,
    after: /^(?:[:：]\d{2}(?:[:：]\d{2})?)?(?![\d.：:∶])/,
    line: /(?:^|[^\d.])\d{1,2}[:：]\d{2}(?![\d.])/,
    number: /^\d{1,2}$/,
    examples: ['公文搜 2021-07-27 17:55:08 政府报告', '昨天 10:06'],
    counterExamples: ['三次产业结构调整为14.2:38.6:47.2'],
  },
  {
    // 图1 2020-2024年…: a span of years in a caption or a title
    id: 'exclude-year-span',
    reason: 'date',
    after: /^[-—–~至到](?:19|20)\d\d年/,
    number: /^(?:19|20)\d\d$/,
    examples: ['图1 2020-2024年钦北区生产总值及其增长速度'],
    counterExamples: ['地区生产总值2020亿元'],
  },
  {
    // 图1, 表2 at the start of a caption line
    id: 'exclude-caption-number',
    reason: 'ordinal',
    before: /(?:^|\n)[ \t\u3000]*(?:附)?[图表][ \t\u3000]*$/,
    examples: ['。\n图3 2020-2024年年末常住人口城镇化率', '\n表2 2020-2024年全区就业情况'],
    counterExamples: ['全区户籍总人口88.30万人'],
  },
  {
    // 闽财预〔2019〕4号: a document number, year and serial
    id: 'exclude-document-number',
    reason: 'name',
    line: /〔(?:19|20)\d\d〕\d+号/,
    before: /(?:〔|〕)$/,
    after: /^(?:〕\d+号|号)/,
    examples: ['《关于修订预决算公开模版的通知》(闽财预〔2019〕4号)要求'],
    counterExamples: ['1月9号'],
  },
  {
    // 查看: 698|回复: 0, 签到天数: 720 天, Rank: 7: a forum's or page's label and count
    id: 'exclude-page-label-count',
    reason: 'furniture',
    before: /(?:^|\n|\||[•·\]]|Rank|\d)[ \t\u3000•·]*[\u4e00-\u9fffA-Za-z]{1,6}[ \t]*[:：][ \t]*$/,
    after: /^[ \t]*[\u4e00-\u9fff]?[ \t]*(?:\n|\||$|[A-Za-z])/,
    examples: ['查看: 698|回复: 0', '\n  • 签到天数: 720 天\n', 'Rank: 7Rank: 7'],
    counterExamples: ['其中:城镇人口37.93万人', '占比：52.11%，比上年提高'],
  },
  {
    // [LV.9], Lv3: a user level
    id: 'exclude-user-level',
    reason: 'furniture',
    before: /\b(?:LV|Lv|lv)\.?$/,
    examples: ['[LV.9]以坛为家II'],
    counterExamples: ['COD平均浓度8.51mg/l'],
  },
  {
    // a count alone on its line next to page labels (主题 / 1万 / 帖子), a page number - 1 -
    id: 'exclude-lone-count-line',
    reason: 'furniture',
    line: /^[ \t\u3000]*[-—–]?[ \t\u3000]*\d+万?[ \t\u3000]*[-—–]?[ \t\u3000]*$/,
    number: /^\d+万?$/,
    examples: ['主题\n\n    1万\n\n    帖子', '\n- 1 -\n'],
    counterExamples: ['\n年末人口88.30万人\n', '\n2728738.78\n'],
  },
  {
    // | | | | 100.0 | | | 65.04 |: a flattened table row that lost every label
    id: 'exclude-unlabelled-table-row',
    reason: 'damaged',
    line: /^[ \t]*\|[\s|]*(?:[-\d.]+[\s|]+)+$/,
    examples: ['\n| | | | 100.0 | | | 65.04 | | |\n'],
    counterExamples: ['\n| 总户籍人口 | 88.3 | 100 |\n'],
  },
  {
    id: 'exclude-phase',
    reason: 'ordinal',
    script: 'chinese',
    before: /[\u4e00-\u9fff]$/,
    after: /^期(?!间)/,
    examples: ['颜神古镇三期', '项目二期'],
    counterExamples: ['举办培训班8期'],
  },
  {
    id: 'exclude-minute-circle',
    reason: 'slogan',
    after: /^分钟[\u4e00-\u9fff]{0,6}圈/,
    examples: ['15分钟休闲健身圈'],
    counterExamples: ['车程15分钟'],
  },
  {
    id: 'exclude-in-title',
    reason: 'name',
    inside: 'title',
    examples: ['《博山区促进产业高质量发展十四条措施》'],
    counterExamples: ['出台《意见》3项'],
  },
  {
    id: 'exclude-quoted-numeral',
    reason: 'slogan',
    inside: 'quotes',
    examples: ['“十四五”规划', '“千项技改、千企转型”', '建成“心电一张网”'],
    counterExamples: ['申请“技改专项贷”5.21亿元'],
  },
  {
    id: 'exclude-numbered-measures',
    reason: 'name',
    script: 'chinese',
    after: /^(条|项|点|句|个)(措施|意见|举措|规定|办法|要求|原则|行动|工程|机制|体系|清单|任务)/,
    examples: ['十四条措施', '十条措施'],
    counterExamples: ['289项服务事项清单'],
  },
];
