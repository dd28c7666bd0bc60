import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalizeText, toSourceRange } from '../../src/normalize/normalize.js';

describe('normalizeText', () => {
  test.each([
    ['full-width digits', '完成２８２亿元', '完成282亿元'],
    ['full-width percent and point', '增长１２．５％', '增长12.5%'],
    ['full-width letters', 'ＣＯＤ平均浓度', 'COD平均浓度'],
    ['stray space between number and unit', '按照15 分钟休闲健身圈', '按照15分钟休闲健身圈'],
    ['stray space before a number', '达到 60%', '达到60%'],
    ['ideographic space inside a number', '1\u3000086万元', '1086万元'],
    [
      'a wrapped sentence is joined',
      '现将博山区2023年国民经济和社会发展计划执行情况及2024年计划草案报告如下，请审议，并请各位政协委员和其他\n\n列席人员提出意见。',
      '现将博山区2023年国民经济和社会发展计划执行情况及2024年计划草案报告如下，请审议，并请各位政协委员和其他列席人员提出意见。',
    ],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  test.each([
    ['a sentence end keeps its break', '全部如期完工。\n二、农业'],
    ['a heading line keeps its break', '一、2023年国民经济和社会发展计划执行情况\n\n2023年，全区上下严格贯彻落实'],
    ['a short title line keeps its break', '博山区人民政府\n\n各位代表：'],
    ['an English space stays', 'COD 8.51 mg'],
    ['a table row keeps its break', '粮食\t125430\t2.1\n油料\t8630\t-3.2'],
  ])('%s', (_name, input) => {
    const n = normalizeText(input);
    expect(n.text.replace(/\s+/g, '')).toBe(input.replace(/\s+/g, ''));
    expect(n.text.split('\n').length).toBe(input.split('\n').length);
  });

  test('offsets of the seed map back to the same characters', () => {
    const source = readFileSync('corpus/boshan-2023.txt', 'utf8');
    const n = normalizeText(source);
    expect(n.text).toContain('并请各位政协委员和其他列席人员');
    expect(n.text).toContain('15分钟休闲健身圈');
    const at = n.text.indexOf('地区生产总值完成282亿元');
    const back = toSourceRange(n, { start: at, end: at + '地区生产总值完成282亿元'.length });
    expect(source.slice(back.start, back.end)).toBe('地区生产总值完成282亿元');
  });

  test('every normalised range maps to a source range holding the same non-space characters', () => {
    const alphabet = fc.constantFrom(...'０１２３４５６７８９0123456789％%．. \u3000\n\n亿元增长，。一、（）ＡＢ\t');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }), fc.nat(), fc.nat(), (chars, a, b) => {
        const source = chars.join('');
        const n = normalizeText(source);
        const start = a % (n.text.length + 1);
        const end = start + (b % (n.text.length - start + 1));
        const r = toSourceRange(n, { start, end });
        expect(r.start).toBeGreaterThanOrEqual(0);
        expect(r.end).toBeLessThanOrEqual(source.length);
        const strip = (s: string): string => s.replace(/\s/g, '');
        const mapped = normalizeText(source.slice(r.start, r.end)).text;
        expect(strip(mapped)).toBe(strip(n.text.slice(start, end)));
      }),
    );
  });
});
