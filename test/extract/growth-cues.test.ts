import { expect, test } from 'vitest';
import { GROWTH_CUES } from '../../src/extract/rules/cues.js';
import { extract } from '../../src/pipeline.js';

// Every growth cue's example gives a growth whose text holds the cue and whose sign is the cue's.
test.each(GROWTH_CUES.map((c) => [c.cue, c.example, c.sign] as const))('%s: %s', (cue, example, sign) => {
  const growths = extract(`${example}。`).indicators.flatMap((i) => (i.growth ? [i.growth] : []));
  const own = growths.find((g) => g.text.includes(cue));
  expect(own, JSON.stringify(growths)).toBeDefined();
  expect(Math.sign(own?.value ?? 0)).toBe(sign);
});

test('of two cues ending together the longer wins: 负增长 is a fall, 年均增长 leads its phrase', () => {
  expect(extract('工业投资负增长2.1%。').indicators[0]?.growth).toMatchObject({ value: -2.1, text: '负增长2.1%' });
  expect(extract('地区生产总值突破400亿元,年均增长6.2%。').indicators).toHaveLength(1);
});
