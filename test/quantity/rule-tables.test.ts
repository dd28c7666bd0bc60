import { describe, expect, test } from 'vitest';
import {
  DATE_RULES,
  MULTIPLIERS,
  NUMERAL_EXCLUSIONS,
  NUMERAL_FOLLOWERS,
  NUMERAL_RULES,
  PAIR_RANGE_EXAMPLES,
  PERCENT_PREFIXES,
  PERCENT_UNIT_ROWS,
  QUALIFIER_CUES,
  RANGE_COUNTER_EXAMPLES,
  RANGE_SEPARATORS,
  UNIT_ROWS,
  type NumeralCase,
  type QuantityCase,
} from '../../src/quantity/index.js';
import { expectNumeralCase, expectQuantityCase } from './expect-case.js';

/**
 * Every example and counter-example written beside a rule row runs here, so the tables in
 * src/quantity/rules document exactly what the engine does.
 */

type Labelled<T> = [string, T];
const label = <T extends { text: string }>(file: string, id: string, kind: string, cases: readonly T[] | undefined): Labelled<T>[] =>
  (cases ?? []).map((c) => [`${file}/${id} ${kind}: ${c.text}`, c]);

const numeralCases: Labelled<NumeralCase>[] = [
  ...NUMERAL_RULES.flatMap((r) => [...label('numerals', r.id, 'example', r.examples), ...label('numerals', r.id, 'counter', r.counterExamples)]),
  ...NUMERAL_EXCLUSIONS.flatMap((r) => [...label('exclusions', r.id, 'example', r.examples), ...label('exclusions', r.id, 'counter', r.counterExamples)]),
  ...NUMERAL_FOLLOWERS.flatMap((r) => label('followers', r.id, 'example', r.examples)),
];

const quantityCases: Labelled<QuantityCase>[] = [
  ...[...UNIT_ROWS, ...PERCENT_UNIT_ROWS].flatMap((r) => [...label('units', r.id, 'example', r.examples), ...label('units', r.id, 'counter', r.counterExamples)]),
  ...MULTIPLIERS.flatMap((r) => label('multipliers', r.id, 'example', r.examples)),
  ...PERCENT_PREFIXES.flatMap((r) => [...label('percentages', r.id, 'example', r.examples), ...label('percentages', r.id, 'counter', r.counterExamples)]),
  ...QUALIFIER_CUES.flatMap((r) => [...label('qualifiers', r.id, 'example', r.examples), ...label('qualifiers', r.id, 'counter', r.counterExamples)]),
  ...DATE_RULES.flatMap((r) => [...label('dates', r.id, 'example', r.examples), ...label('dates', r.id, 'counter', r.counterExamples)]),
  ...RANGE_SEPARATORS.flatMap((r) => label('ranges', r.id, 'example', r.examples)),
  ...label('ranges', 'not-a-range', 'counter', RANGE_COUNTER_EXAMPLES),
  ...label('ranges', 'pair-range', 'example', PAIR_RANGE_EXAMPLES),
];

describe('numeral tables', () => {
  test.each(numeralCases)('%s', (_name, c) => expectNumeralCase(c));
});

describe('quantity tables', () => {
  test.each(quantityCases)('%s', (_name, c) => expectQuantityCase(c));
});

describe('table hygiene', () => {
  test('every unit row and qualifier cue has at least one example', () => {
    const bare = [...UNIT_ROWS, ...PERCENT_UNIT_ROWS, ...QUALIFIER_CUES].filter((r) => r.examples.length === 0);
    expect(bare).toEqual([]);
  });
  test('row ids are unique within each table', () => {
    for (const ids of [UNIT_ROWS.map((r) => r.id), QUALIFIER_CUES.map((r) => r.id), NUMERAL_EXCLUSIONS.map((r) => r.id), NUMERAL_RULES.map((r) => r.id)]) {
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
  test('the tables hold enough cases to mean something', () => {
    expect(numeralCases.length).toBeGreaterThan(60);
    expect(quantityCases.length).toBeGreaterThan(150);
  });
});
