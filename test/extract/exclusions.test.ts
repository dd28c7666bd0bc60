import { describe, expect, test } from 'vitest';
import { excludeNumber } from '../../src/extract/exclude.js';
import { EXCLUSION_RULES } from '../../src/extract/rules/exclusions.js';
import { recognizeNumbers } from '../../src/quantity/index.js';

/** The reasons the exclusion rules give to the numbers of a phrase. */
function reasonsIn(phrase: string): string[] {
  return recognizeNumbers(phrase)
    .map((n) => excludeNumber(phrase, n))
    .filter((e) => e !== null)
    .map((e) => `${e.reason}:${e.ruleId}`);
}

describe('exclusion rules: every example is excluded, for its rule\'s reason', () => {
  const cases = EXCLUSION_RULES.flatMap((rule) => rule.examples.map((example) => [rule.id, rule.reason, example] as const));
  test.each(cases)('%s excludes %s in %s', (_id, reason, example) => {
    const found = reasonsIn(example);
    expect(found.length, `no number of "${example}" was excluded`).toBeGreaterThan(0);
    expect(found.some((r) => r.startsWith(`${reason}:`))).toBe(true);
  });
});

describe('exclusion rules: counter-examples are not excluded by that rule', () => {
  const cases = EXCLUSION_RULES.flatMap((rule) => rule.counterExamples.map((example) => [rule.id, example] as const));
  test.each(cases)('%s leaves %s alone', (id, example) => {
    expect(reasonsIn(example).filter((r) => r.endsWith(`:${id}`))).toEqual([]);
  });
});

describe('numbers that are indicators are never excluded', () => {
  test.each([
    '预计全区地区生产总值完成282亿元',
    '新增首贷286户',
    '组建电机、泵、耐火材料等7个产业联盟',
    '举办培训班8期',
    '申请“技改专项贷”5.21亿元',
    '新增天然气用户2000户',
    '省控西龙角地表水考核断面COD平均浓度8.51mg/l',
  ])('%s', (phrase) => {
    expect(reasonsIn(phrase)).toEqual([]);
  });
});
