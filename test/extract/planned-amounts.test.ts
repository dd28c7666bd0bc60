import { expect, test } from 'vitest';
import { PLANNED_AMOUNT_EXAMPLES } from '../../src/extract/status-period.js';
import { extract } from '../../src/pipeline.js';

const statuses = (text: string) => extract(`${text}。`).indicators.map((i) => i.status);

test.each(PLANNED_AMOUNT_EXAMPLES.target)('a budgeted amount is a target: %s', (text) => {
  expect(statuses(text)).toContain('target');
});
test.each(PLANNED_AMOUNT_EXAMPLES.notTarget)('a rate of it, or another amount, is not: %s', (text) => {
  expect(statuses(text)).not.toContain('target');
});
test('a status cue after the subject leaves the name (总收入预计为…)', () => {
  const item = extract('一般公共预算总收入预计为104.05亿元。').indicators[0];
  expect(item?.status).toBe('estimate');
  expect(item?.name).toMatch(/总收入$/);
});
