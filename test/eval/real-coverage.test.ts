import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { extract } from '../../src/pipeline.js';

const dir = 'test/fixtures/real';
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

test('16 real excerpts are scored', () => {
  expect(files).toHaveLength(16);
});

test('on the real excerpts, numbers no rule could place (unknown) are at most 2% of all numbers', () => {
  let numbers = 0;
  const unknown: string[] = [];
  for (const file of files) {
    const doc = extract(readFileSync(`${dir}/${file}`, 'utf8'), { source: `${dir}/${file}` });
    numbers += doc.coverage.numbers;
    for (const u of doc.unclaimed) if (u.reason === 'unknown') unknown.push(`${file}: ${u.text}`);
  }
  expect(numbers).toBeGreaterThan(800);
  expect(unknown.length / numbers, unknown.join('\n')).toBeLessThanOrEqual(0.02);
});
