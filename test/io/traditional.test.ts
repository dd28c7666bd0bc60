import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeBytes, toSimplifiedView } from '../../src/io/index.js';

const seed = readFileSync(new URL('../../corpus/boshan-2023.txt', import.meta.url), 'utf8');
const big5 = decodeBytes(readFileSync(new URL('../fixtures/inputs/big5.txt', import.meta.url)), 'big5.txt').text;

describe('toSimplifiedView', () => {
  test.each([
    ['地區生產總值完成282億元，同比增長6%', '地区生产总值完成282亿元，同比增长6%'],
    ['一般公共預算收入較上年增長16.29%', '一般公共预算收入较上年增长16.29%'],
    ['新建農村公路52公里，城鄉居民收入穩步提高。', '新建农村公路52公里，城乡居民收入稳步提高。'],
  ])('%s → %s', (traditional, simplified) => {
    const view = toSimplifiedView(traditional);
    expect(view).toBe(simplified);
    expect(view?.length).toBe(traditional.length);
  });

  test.each([
    ['the simplified seed report', seed],
    ['a simplified sentence', '地区生产总值完成282亿元，同比增长6%'],
    ['text without Han characters', 'GDP grew 6% in 2023.'],
    ['an empty string', ''],
  ])('%s → null', (_name, text) => {
    expect(toSimplifiedView(text)).toBeNull();
  });

  test('the Big5 fixture keeps its length and every non-Han character in place', () => {
    const view = toSimplifiedView(big5);
    expect(view).not.toBeNull();
    expect(view?.length).toBe(big5.length);
    for (let i = 0; i < big5.length; i++) {
      if (!/\p{Script=Han}/u.test(big5[i] ?? '')) expect(view?.[i]).toBe(big5[i]);
    }
    expect(view).toContain('地区生产总值完成282亿元');
  });
});
