import { describe, expect, test } from 'vitest';
import { SENTENCE_PASSES } from '../../src/extract/indicators.js';
import { sentencePassTrace } from '../../src/pipeline.js';

/**
 * The sentence engine's rule table: every pass handles its own examples, and leaves its
 * counter-example to other passes (the last pass of each kind takes whatever is left, so it
 * has none).
 */
describe('sentence passes', () => {
  test.each(SENTENCE_PASSES.map((p) => [p.id, p.example] as const))('%s fires on its example: %s', (id, examples) => {
    for (const example of examples.split(' / ')) expect(sentencePassTrace(`${example}。`), example).toContain(id);
  });

  const withCounter = SENTENCE_PASSES.flatMap((p) => (p.counterExample ? [[p.id, p.counterExample] as const] : []));
  test.each(withCounter)('%s leaves its counter-example: %s', (id, counterExample) => {
    expect(sentencePassTrace(`${counterExample}。`)).not.toContain(id);
  });

  test('every kind ends with a pass that takes what is left, and ids are unique', () => {
    for (const kind of ['growth', 'value'] as const) {
      const passes = SENTENCE_PASSES.filter((p) => p.on === kind);
      expect(passes.at(-1)?.counterExample).toBeUndefined();
      expect(passes.slice(0, -1).every((p) => p.counterExample)).toBe(true);
    }
    const ids = SENTENCE_PASSES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
