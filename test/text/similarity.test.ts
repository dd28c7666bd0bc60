import { expect, test } from 'vitest';
import { jaroWinkler } from '../../src/text/similarity.js';

// Worked by hand from the definition (matching window ⌊max/2⌋−1, half-transpositions,
// prefix bonus 0.1 per shared leading unit up to 4).
test.each([
  // m=6, t=1: jaro (1+1+5/6)/3 = 0.9444, prefix MAR: 0.9444 + 0.3 × 0.0556
  ['MARTHA', 'MARHTA', 0.9611],
  // m=4, t=0: jaro (4/5+4/8+1)/3 = 0.7667, prefix DI: 0.7667 + 0.2 × 0.2333
  ['DIXON', 'DICKSONX', 0.8133],
  // m=7 (规 上 工 业 增 加 值), t=0: jaro (7/9+7/7+1)/3 = 0.9259, prefix 规: + 0.1 × 0.0741
  ['规模以上工业增加值', '规上工业增加值', 0.9333],
  // nothing in common
  ['地区生产总值', '社会消费品', 0],
])('%s ~ %s = %f', (a, b, expected) => {
  expect(jaroWinkler(a, b)).toBeCloseTo(expected, 4);
});

test('equal strings score 1, case counts', () => {
  expect(jaroWinkler('地区生产总值', '地区生产总值')).toBe(1);
  expect(jaroWinkler('GDP', 'gdp')).toBe(0);
});
