import { expect, test } from 'vitest';
import { extract } from '../../src/pipeline.js';

const growthOf = (text: string) => extract(text).indicators.map((i) => [i.value, i.unit, i.growth?.value ?? null, i.growth?.unit ?? null]);

test('per-mille rates and per-mille points stay apart from % and pp (CONTRACT §2 extension)', () => {
  expect(growthOf('出生率为8.65‰，比上年下降1.5个千分点。')).toEqual([[8.65, '‰', -1.5, '‰pt']]);
  expect(growthOf('人口自然增长率下降0.5‰。')).toEqual([[null, null, -0.5, '‰']]);
  // counter-examples: the percent forms keep their units
  expect(growthOf('城镇化率为52.11%，比上年末提高0.75个百分点。')).toEqual([[52.11, '%', 0.75, 'pp']]);
  expect(growthOf('税收收入增长9.38%。')).toEqual([[null, null, 9.38, '%']]);
});
