import { expect, test } from 'vitest';
import { compareNames } from '../../src/eval/name-match.js';

test.each([
  { gold: '地区生产总值', predicted: '地区生产总值', match: 'equal' },
  { gold: '技改专项贷', predicted: '“技改专项贷”', match: 'equal' },
  { gold: '规模以上 工业增加值', predicted: '规模以上工业增加值', match: 'equal' },
  { gold: '城镇居民人均可支配收入', predicted: '人均可支配收入', match: 'contains' },
  { gold: '产业联盟', predicted: '组建产业联盟', match: 'contains' },
  { gold: '规模以上工业增加值增速', predicted: '规模以上工业增加值增幅', match: 'jaro-winkler' },
  { gold: '地区生产总值', predicted: '规上工业增加值', match: null },
  { gold: '外贸进出口', predicted: '一般公共预算收入', match: null },
  { gold: '地区生产总值', predicted: null, match: null },
  { gold: '地区生产总值', predicted: '“”', match: null },
])('$gold vs $predicted → $match', ({ gold, predicted, match }) => {
  expect(compareNames(gold, predicted)).toBe(match);
});
