import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { evalAll } from '../../src/eval/eval-all.js';
import { extract } from '../../src/pipeline.js';
import { SOURCE, goldItem } from './make-items.js';

// Apart from commands.test.ts because it loads the whole pipeline through extract().

const gdp = goldItem('地区生产总值完成282亿元', { name: '地区生产总值', value: 282, unit: '亿元' });
const farms = goldItem('农户2万余户', { name: '农户', value: 20000, unit: '户', qualifier: 'more_than' });

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zhibiao-eval-all-'));
  mkdirSync(join(dir, 'corpus'));
  writeFileSync(join(dir, 'corpus/synthetic.txt'), SOURCE);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

describe('evalAll', () => {
  test('scores extract() on every gold file and prints a summary', async () => {
    const goldDir = join(dir, 'all');
    mkdirSync(goldDir, { recursive: true });
    const source = join(dir, 'corpus/synthetic.txt');
    writeFileSync(join(goldDir, 'b.gold.json'), JSON.stringify({ document: 'b', source, indicators: [gdp, farms] }));
    writeFileSync(join(goldDir, 'a.gold.json'), JSON.stringify({ document: 'a', source, indicators: [gdp] }));
    writeFileSync(join(goldDir, 'notes.json'), '{}');
    const chunks: string[] = [];
    const { results, exitCode } = await evalAll({ errors: false, goldDir, write: (c) => chunks.push(c) });
    const predictedCount = extract(SOURCE, { id: 'a', source }).indicators.length;
    expect(exitCode).toBe(0);
    expect(results.map((r) => [r.document, r.counts.gold, r.counts.predicted])).toEqual([
      ['a', 1, predictedCount],
      ['b', 2, predictedCount],
    ]);
    expect(chunks.join('')).toMatch(/# summary[\s\S]*\| a +\|[\s\S]*\| b +\|[\s\S]*\| all +\| 3 +\|/);
  });

  test('a gold file whose source is missing fails alone, with exit code 1', async () => {
    const goldDir = join(dir, 'some-bad');
    mkdirSync(goldDir, { recursive: true });
    writeFileSync(join(goldDir, 'good.gold.json'), JSON.stringify({ document: 'good', source: join(dir, 'corpus/synthetic.txt'), indicators: [] }));
    writeFileSync(join(goldDir, 'lost.gold.json'), JSON.stringify({ document: 'lost', source: 'corpus/lost.txt', indicators: [] }));
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const { results, exitCode } = await evalAll({ errors: false, goldDir, write: () => undefined });
    expect(exitCode).toBe(1);
    expect(results.map((r) => r.document)).toEqual(['good']);
    expect(String(stderr.mock.calls[0]?.[0])).toMatch(/lost\.gold\.json: source corpus\/lost\.txt not found/);
  });
});
