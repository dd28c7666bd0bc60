import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { outputJsonSchema, ZhibiaoDocumentSchema } from '../../src/schema/document.js';

const COMMITTED = 'schema/zhibiao.schema.json';

describe('the JSON Schema of the output', () => {
  test('schema/zhibiao.schema.json is what `zhibiao schema` prints (UPDATE=1 rewrites it)', () => {
    const current = `${JSON.stringify(outputJsonSchema(), null, 2)}\n`;
    if (process.env.UPDATE === '1') writeFileSync(COMMITTED, current);
    expect(readFileSync(COMMITTED, 'utf8')).toBe(current);
  });

  test('names every field of CONTRACT §2', () => {
    const schema = outputJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'document', 'sections', 'indicators', 'coverage', 'unclaimed', 'warnings']));
    const indicator = ZhibiaoDocumentSchema.shape.indicators.element.shape;
    for (const field of ['id', 'name', 'canonical', 'value', 'unit', 'normalized', 'growth', 'qualifier', 'status', 'period', 'sectionId', 'sentence', 'span', 'text', 'ruleId']) {
      expect(Object.keys(indicator)).toContain(field);
    }
  });

  test.each([
    ['a span that ends before it starts', { start: 5, end: 2 }],
    ['a negative offset', { start: -1, end: 2 }],
  ])('rejects %s', (_name, span) => {
    expect(ZhibiaoDocumentSchema.shape.indicators.element.shape.span.safeParse(span).success).toBe(false);
  });
});
