import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildStructure } from '../../src/structure/build-structure.js';
import type { DocumentStructure } from '../../src/structure/types.js';

const seed = readFileSync(new URL('../../corpus/boshan-2023.txt', import.meta.url), 'utf8');
/** The seed as a normaliser that also half-widths （）：； would leave it. */
const halfWidth = (t: string): string => t.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
const seedHalfWidth = halfWidth(seed);

const slice = (text: string, r: { start: number; end: number }): string => text.slice(r.start, r.end);
const outline = (s: DocumentStructure): string[] => s.sections.map((x) => `${x.id} L${x.level} ${x.title}`);

describe('buildStructure on the seed', () => {
  const s = buildStructure(seed);
  const top = s.sections.filter((x) => x.parentId === null);

  test('title', () => {
    expect(s.title).toBe('关于博山区2023年国民经济和社会发展计划执行情况与2024年计划（草案）的报告');
    expect(s.titleRange && slice(seed, s.titleRange)).toBe(s.title);
  });

  test('two level-1 sections with year and part', () => {
    expect(top.map((x) => [x.id, x.level, x.ordinal, x.title, x.year, x.part])).toEqual([
      ['s1', 1, '一', '2023年国民经济和社会发展计划执行情况', 2023, 'results'],
      ['s2', 1, '二', '2024年国民经济和社会发展计划安排', 2024, 'plan'],
    ]);
  });

  test.each(['s1', 's2'])('%s has five level-2 children that inherit year and part', (id) => {
    const parent = s.sections.find((x) => x.id === id);
    const kids = s.sections.filter((x) => x.parentId === id);
    expect(kids.map((k) => k.id)).toEqual([1, 2, 3, 4, 5].map((n) => `${id}.${n}`));
    expect(kids.map((k) => k.ordinal)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）']);
    for (const k of kids) {
      expect(k.level).toBe(2);
      expect([k.year, k.part]).toEqual([parent?.year, parent?.part]);
      expect(k.range.start).toBeGreaterThanOrEqual(parent?.range.start ?? Infinity);
      expect(k.range.end).toBeLessThanOrEqual(parent?.range.end ?? -1);
    }
  });

  test('s1.1 is a paragraph-opening heading ending at 。', () => {
    const s11 = s.sections.find((x) => x.id === 's1.1');
    expect(s11?.title).toBe('产业结构持续优化，动能转换取得新成效');
    expect(s11 && slice(seed, s11.headingRange)).toBe('（一）产业结构持续优化，动能转换取得新成效');
    const own = s.sentences.find((x) => x.range.start === s11?.headingRange.start);
    expect(own && slice(seed, own.range)).toBe('（一）产业结构持续优化，动能转换取得新成效。');
  });

  test('ranges: siblings tile their parent, top level runs to the text end', () => {
    expect(top[0]?.range.end).toBe(top[1]?.range.start);
    expect(top[1]?.range.end).toBe(seed.length);
    const kids = s.sections.filter((x) => x.parentId === 's1');
    for (let i = 1; i < kids.length; i++) expect(kids[i - 1]?.range.end).toBe(kids[i]?.range.start);
    expect(kids[kids.length - 1]?.range.end).toBe(top[1]?.range.start);
  });

  test('sentences: count, order, ends, and section ids', () => {
    expect(s.sentences.length).toBeGreaterThan(80);
    expect(s.sentences.length).toBeLessThan(200);
    for (let i = 1; i < s.sentences.length; i++) {
      expect(s.sentences[i]?.range.start).toBeGreaterThanOrEqual(s.sentences[i - 1]?.range.end ?? Infinity);
    }
    const paragraphEnds = new Set(s.paragraphs.map((p) => p.range.end));
    for (const x of s.sentences) {
      const text = slice(seed, x.range);
      expect(text).toBe(text.trim());
      expect(/[。！？]["”’）]*$/.test(text) || paragraphEnds.has(x.range.end)).toBe(true);
    }
    expect(s.sentences.filter((x) => x.sectionId === null).length).toBeGreaterThan(0);
    expect(new Set(s.sentences.map((x) => x.sectionId))).toEqual(new Set([null, ...s.sections.map((x) => x.id)]));
  });

  test('the preamble belongs to no section', () => {
    const firstHeading = top[0]?.range.start ?? 0;
    for (const p of s.paragraphs) expect(p.sectionId === null).toBe(p.range.start < firstHeading);
  });

  test('clauses lie inside their sentence, in order, without delimiters', () => {
    for (const x of s.sentences) {
      let prev = x.range.start;
      for (const c of x.clauses) {
        expect(c.start).toBeGreaterThanOrEqual(prev);
        expect(c.end).toBeLessThanOrEqual(x.range.end);
        expect(/^[，；：]|[，；：。]$/.test(slice(seed, c))).toBe(false);
        prev = c.end;
      }
    }
  });

  test('half-width brackets give the same tree', () => {
    const h = buildStructure(seedHalfWidth);
    expect(outline(h)).toEqual(outline(s).map(halfWidth));
    expect(h.sections.find((x) => x.id === 's2.3')?.ordinal).toBe('(三)');
    expect(h.sentences.length).toBe(s.sentences.length);
  });
});

describe('buildStructure on other layouts', () => {
  test('statistical communiqué', () => {
    const text = [
      '博山区2023年国民经济和社会发展',
      '统计公报',
      '淄博市博山区统计局',
      '2024年3月20日',
      '一、综合',
      '初步核算，全年全区地区生产总值282亿元，比上年增长6.0%。',
      '二、农业',
      '全年粮食总产量2.1万吨。',
      '三、工业和建筑业',
      '全年规模以上工业增加值增长8%。',
    ].join('\n');
    const s = buildStructure(text);
    expect(s.title).toBe('博山区2023年国民经济和社会发展统计公报');
    expect(s.sections.map((x) => [x.id, x.level, x.title, x.part])).toEqual([
      ['s1', 1, '综合', 'results'],
      ['s2', 1, '农业', 'results'],
      ['s3', 1, '工业和建筑业', 'results'],
    ]);
  });

  test('第一部分 pushes 一、 down a level', () => {
    const text = [
      '政府工作报告',
      '第一部分 2023年工作回顾',
      '过去一年，全县经济平稳运行。',
      '一、经济运行稳中向好',
      '全年地区生产总值增长6%。',
      '二、民生福祉持续改善',
      '城镇新增就业5000人。',
      '第二部分 2024年工作安排',
      '一、主要预期目标',
      '地区生产总值增长5.5%左右。',
    ].join('\n');
    const s = buildStructure(text);
    expect(s.sections.map((x) => [x.id, x.parentId, x.level, x.ordinal, x.year, x.part])).toEqual([
      ['s1', null, 1, '第一部分', 2023, 'results'],
      ['s1.1', 's1', 2, '一', 2023, 'results'],
      ['s1.2', 's1', 2, '二', 2023, 'results'],
      ['s2', null, 1, '第二部分', 2024, 'plan'],
      ['s2.1', 's2', 2, '一', 2024, 'plan'],
    ]);
    expect(s.title).toBe('政府工作报告');
  });

  test('（1） lists nest under （一）, and levels close gaps', () => {
    const text = ['一、工业', '（一）技术改造', '（1）实施技改项目50个', '（2）新增高新技术企业10家', '（二）企业培育', '二、农业'].join('\n');
    const s = buildStructure(text);
    expect(s.sections.map((x) => `${x.id}:${x.level}:${x.ordinal}`)).toEqual([
      's1:1:一',
      's1.1:2:（一）',
      's1.1.1:3:（1）',
      's1.1.2:3:（2）',
      's1.2:2:（二）',
      's2:1:二',
    ]);
    expect(s.sections[2]?.range.end).toBe(s.sections[3]?.range.start);
    expect(s.sections[3]?.range.end).toBe(s.sections[4]?.range.start);
  });

  test('a preamble 1. list does not outrank the chapters after it', () => {
    const text = ['说明：', '1.本报告数据为初步统计数。', '一、综合', '1.工业', '全年…', '2.农业', '二、民生'].join('\n');
    const s = buildStructure(text);
    const levels = Object.fromEntries(s.sections.map((x) => [x.title, x.level]));
    expect(levels['综合']).toBe(1);
    expect(levels['工业']).toBe(2);
    expect(s.sections.find((x) => x.title === '工业')?.parentId).toBe(s.sections.find((x) => x.title === '综合')?.id);
  });

  test.each([
    ['1.2万元补贴发放到户。'],
    ['2.82亿元用于城市基础设施建设。'],
    ['2023年，全区上下严格贯彻落实党中央决策部署。'],
    ['一、二季度工业增加值保持增长。'],
    ['其中：1.新建道路；2.改造管网。'],
  ])('no heading in "%s"', (line) => {
    const s = buildStructure(`一、综合\n${line}\n全年…。`);
    expect(s.sections).toHaveLength(1);
    expect(s.sentences.every((x) => x.sectionId === 's1')).toBe(true);
  });

  test('no title when the text opens with a heading or prose', () => {
    expect(buildStructure('一、综合\n全年…').title).toBeNull();
    expect(buildStructure('各位代表：\n现将…报告如下。').title).toBeNull();
    expect(buildStructure('').sections).toEqual([]);
  });

  test('a government work report title with a dash date line', () => {
    const s = buildStructure('政府工作报告\n\n——2024年1月9日在博山区第十九届人民代表大会第三次会议上\n\n区长 张三\n\n各位代表：');
    expect(s.title).toBe('政府工作报告');
  });
});
