import { expect, test } from 'vitest';
import { sentenceAround } from '../../src/eval/sentence-around.js';

const TEXT = '一、概况\n预计全区地区生产总值完成282亿元，同比增长6%；外贸增长3%。下一句有46家！最后';
const at = (needle: string): { start: number; end: number } => {
  const start = TEXT.indexOf(needle);
  return { start, end: start + needle.length };
};

test.each([
  { span: at('282亿元'), sentence: '预计全区地区生产总值完成282亿元，同比增长6%；外贸增长3%。' },
  { span: at('外贸增长3%。'), sentence: '预计全区地区生产总值完成282亿元，同比增长6%；外贸增长3%。' },
  { span: at('46家'), sentence: '下一句有46家！' },
  { span: at('概况'), sentence: '一、概况' },
  { span: at('最后'), sentence: '最后' },
  { span: at('6%；外贸增长3%。下一句'), sentence: '预计全区地区生产总值完成282亿元，同比增长6%；外贸增长3%。下一句有46家！' },
  { span: { start: 500, end: 600 }, sentence: '最后' },
])('$span → $sentence', ({ span, sentence }) => {
  expect(sentenceAround(TEXT, span)).toBe(sentence);
});
