import { describe, expect, test } from 'vitest';
import { parseChineseNumeral } from '../../src/quantity/index.js';

describe('parseChineseNumeral', () => {
  test.each([
    ['零', 0],
    ['十', 10],
    ['十四', 14],
    ['二十', 20],
    ['一百二十', 120],
    ['一百零五', 105],
    ['一千零五十', 1050],
    ['三百五', 350],
    ['一万五', 15000],
    ['二万三千五百', 23500],
    ['两千', 2000],
    ['百万', 1e6],
    ['三千万', 3e7],
    ['一亿二千万', 1.2e8],
    ['三万亿', 3e12],
    ['一万二千亿', 1.2e12],
    ['二〇二三', 2023],
    ['三十五点五', 35.5],
    ['三点五万', 35000],
    ['壹佰贰拾', 120],
    ['亿', 1e8],
  ] as const)('%s → %d', (s, v) => {
    expect(parseChineseNumeral(s)).toBeCloseTo(v, 9);
  });

  test.each(['十四五', '一一百', '百百', '亿万', '一亿亿', '万万', '三点', '点五'])('%s is not one number', (s) => {
    expect(parseChineseNumeral(s)).toBeNaN();
  });
});
