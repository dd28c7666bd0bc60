import { describe, expect, test } from 'vitest';
import { findHeadings, matchHeading } from '../../src/structure/find-headings.js';
import { HEADING_RULES } from '../../src/structure/rules/headings.js';
import { PART_CUES, partOfTitle } from '../../src/structure/rules/parts.js';

const examples = HEADING_RULES.flatMap((rule) => rule.examples.map((ex) => ({ ruleId: rule.id, ...ex })));
const counterExamples = HEADING_RULES.flatMap((rule) => rule.counterExamples.map((line) => ({ ruleId: rule.id, line })));

describe('heading rules', () => {
  test.each(examples)('$ruleId reads "$line"', ({ ruleId, line, ordinal, title }) => {
    const hit = matchHeading(line);
    expect(hit?.rule.id).toBe(ruleId);
    expect(hit?.ordinal).toBe(ordinal);
    expect(hit ? line.slice(hit.titleStart, Math.max(hit.titleStart, hit.titleEnd)) : null).toBe(title);
  });

  test.each(counterExamples)('$ruleId: "$line" is no heading', ({ line }) => {
    expect(matchHeading(line)).toBeNull();
  });

  test.each([
    ['  一、综合', '综合'],
    ['\u3000\u3000（二）财政金融。全年一般公共预算收入…', '财政金融'],
    ['二、2024年工作安排：', '2024年工作安排'],
  ])('leading spaces and trailing colons: %s', (line, title) => {
    const hit = matchHeading(line);
    expect(hit && line.slice(hit.titleStart, hit.titleEnd)).toBe(title);
  });

  test('a long list item without 。 is cut at its first ；', () => {
    const line = `（1）${'加快推进重点项目建设'.repeat(9)}；${'新增规上企业'.repeat(3)}`;
    const hit = matchHeading(line);
    expect(hit && line.slice(hit.titleStart, hit.titleEnd)).toBe('加快推进重点项目建设'.repeat(9));
  });

  test.each([
    ['全区生产总值1.2万亿元。', 0],
    ['主要做法：1.加强领导；2.压实责任。', 0],
    ['经济运行平稳。\n一、综合\n全年…\n（一）农业', 2],
  ])('headings start a line: %s', (text, count) => {
    expect(findHeadings(text)).toHaveLength(count);
  });

  test('heading ranges cover ordinal and title only', () => {
    const text = '前言。\n  （一）产业结构持续优化，动能转换取得新成效。“优存量”方面…';
    const [h] = findHeadings(text);
    expect(h && text.slice(h.headingRange.start, h.headingRange.end)).toBe('（一）产业结构持续优化，动能转换取得新成效');
    expect(h?.title).toBe('产业结构持续优化，动能转换取得新成效');
  });
});

describe('part cues', () => {
  const rows = PART_CUES.flatMap((cue) => [
    ...cue.examples.map((title) => ({ id: cue.id, title, part: cue.part, matches: true })),
    ...cue.counterExamples.map((title) => ({ id: cue.id, title, part: cue.part, matches: false })),
  ]);
  test.each(rows)('$id on "$title" → $matches', ({ title, part, matches }) => {
    expect(partOfTitle(title) === part).toBe(matches);
  });

  test('the earliest cue decides', () => {
    expect(partOfTitle('2023年计划执行情况和2024年计划安排')).toBe('results');
    expect(partOfTitle('产业结构持续优化')).toBeNull();
  });
});
