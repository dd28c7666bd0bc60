import { describe, expect, test } from 'vitest';
import { clauseRanges, paragraphRanges, sentenceRanges } from '../../src/structure/split-sentences.js';

const texts = (text: string, ranges: readonly { start: number; end: number }[]): string[] => ranges.map((r) => text.slice(r.start, r.end));
const whole = (text: string): { start: number; end: number } => ({ start: 0, end: text.length });

describe('sentences', () => {
  test.each([
    ['增长5%。下降2%。', ['增长5%。', '下降2%。']],
    ['他说：“稳字当头。”随后散会！', ['他说：“稳字当头。”', '随后散会！']],
    ['一句没有句号', ['一句没有句号']],
    ['完成了吗?完成了!', ['完成了吗?', '完成了!']],
    ['  前有空格。  ', ['前有空格。']],
    ['总量达到1.2万亿元……增长明显。', ['总量达到1.2万亿元……增长明显。']],
  ])('%s', (text, expected) => {
    expect(texts(text, sentenceRanges(text, whole(text)))).toEqual(expected);
  });
});

describe('clauses', () => {
  test.each([
    ['地区生产总值增长5%以上，一般公共预算收入增长3%。', ['地区生产总值增长5%以上', '一般公共预算收入增长3%']],
    ['组建电机、泵、耐火材料等7个产业联盟。', ['组建电机、泵、耐火材料等7个产业联盟']],
    ['出台《关于稳增长，促发展的意见》，成效明显。', ['出台《关于稳增长，促发展的意见》', '成效明显']],
    ['主要指标：增长6%；下降2%。', ['主要指标', '增长6%', '下降2%']],
    ['收入1,234万元,增长5%', ['收入1,234万元', '增长5%']],
    ['时间为10:30:会议开始', ['时间为10:30', '会议开始']],
    ['实施计划（草案）。', ['实施计划（草案）']],
    ['未闭合（括号，照样切分。', ['未闭合（括号', '照样切分']],
  ])('%s', (text, expected) => {
    expect(texts(text, clauseRanges(text, whole(text)))).toEqual(expected);
  });
});

test('paragraphs skip blank lines and trim', () => {
  const text = '甲。\n\n  乙。 \r\n丙';
  expect(texts(text, paragraphRanges(text))).toEqual(['甲。', '乙。', '丙']);
});
