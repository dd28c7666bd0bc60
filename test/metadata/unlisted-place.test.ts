import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractMetadata } from '../../src/metadata/extract-metadata.js';
import { unlistedPlace } from '../../src/metadata/unlisted-place.js';
import { buildStructure } from '../../src/structure/build-structure.js';

const fixture = (path: string): string => readFileSync(new URL(`../fixtures/reports/${path}`, import.meta.url), 'utf8');

describe('a place the division table does not hold', () => {
  test.each([
    ['title with its city', '关于澜州市云梧区2023年国民经济和社会发展计划执行情况的报告', '', { name: '云梧区', code: null, parent: '澜州市' }],
    ['title alone', '青岚县2023年国民经济和社会发展统计公报', '', { name: '青岚县', code: null, parent: null }],
    ['venue of the speech', '政府工作报告', '——2025年1月9日在楸川县第十八届人民代表大会第四次会议上', { name: '楸川县', code: null, parent: null }],
  ])('%s', (_why, title, preamble, region) => {
    expect(unlistedPlace(title, preamble)).toEqual(region);
  });

  test.each([
    ['no place in the title', '关于2024年国民经济和社会发展计划（草案）的报告', ''],
    ['a meeting without a place', '政府工作报告', '——2025年1月9日在第十八届人民代表大会第四次会议上'],
    ['a place word that is not a title lead', '城区建设情况汇报', ''],
  ])('null for %s', (_why, title, preamble) => {
    expect(unlistedPlace(title, preamble)).toBeNull();
  });

  test.each([
    ['dev/yunwu-2023.txt', { name: '云梧区', code: null, parent: '澜州市' }],
    ['qinglan-2023.txt', { name: '青岚县', code: null, parent: null }],
    ['dev/qiuchuan-2024.txt', { name: '楸川县', code: null, parent: null }],
  ])('the invented report %s is placed', (path, region) => {
    const text = fixture(path);
    expect(extractMetadata(text, buildStructure(text)).region).toEqual(region);
  });
});
