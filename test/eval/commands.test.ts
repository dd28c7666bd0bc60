import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { passAgreement } from '../../src/eval/agreement.js';
import { runEvalCommand } from '../../src/eval/run-eval-command.js';
import { SOURCE, goldItem, predictedDoc, predictedItem } from './make-items.js';

const gdp = goldItem('地区生产总值完成282亿元', { name: '地区生产总值', value: 282, unit: '亿元' });
const farms = goldItem('农户2万余户', { name: '农户', value: 20000, unit: '户', qualifier: 'more_than' });

let dir = '';
const file = (name: string, content: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zhibiao-eval-'));
  mkdirSync(join(dir, 'corpus'));
  file('corpus/synthetic.txt', SOURCE);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

function captureStdout(): () => string {
  const chunks: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  return () => chunks.join('');
}

describe('runEvalCommand', () => {
  const gold = { document: 'synthetic', source: 'corpus/synthetic.txt', indicators: [gdp, farms] };

  test('prints the report and returns 0; sentences come from gold.source next to the gold folder', async () => {
    mkdirSync(join(dir, 'gold'), { recursive: true });
    const goldPath = file('gold/synthetic.gold.json', gold);
    const predictedPath = file('predicted.json', predictedDoc([predictedItem(gdp)]));
    const stdout = captureStdout();
    await expect(runEvalCommand(predictedPath, goldPath, { errors: true })).resolves.toBe(0);
    expect(stdout()).toMatch(/\| 1 +\| 2 +\| 1 +\| 1\.000 \| 0\.500 \| 0\.667 \|/);
    expect(stdout()).toContain('    改造农户2万余户。');
  });

  test('a gold file is accepted on the predicted side', async () => {
    const goldPath = file('pass.json', gold);
    const stdout = captureStdout();
    await expect(runEvalCommand(goldPath, goldPath, { errors: false })).resolves.toBe(0);
    expect(stdout()).toMatch(/\| 2 +\| 2 +\| 2 +\| 1\.000 \| 1\.000 \| 1\.000 \|/);
  });

  test.each([
    { label: 'missing file', name: 'absent.json', content: null, message: /absent\.json: cannot read file \(ENOENT\)$/ },
    { label: 'not JSON', name: 'broken.json', content: '{"indicators": [', message: /broken\.json: not valid JSON/ },
    {
      label: 'neither schema',
      name: 'wrong.json',
      content: { document: 'x', source: 'y', indicators: [{ ...gdp, status: 'maybe' }] },
      message: /wrong\.json: not a zhibiao document or gold file \(indicators\.0\.status: /,
    },
    {
      label: 'a document with a bad field',
      name: 'bad-doc.json',
      content: { ...predictedDoc([]), coverage: null },
      message: /bad-doc\.json: not a zhibiao document or gold file \(coverage: /,
    },
  ])('bad predicted file ($label) → one-line error naming it', async ({ name, content, message }) => {
    const path = content === null ? join(dir, name) : file(name, content);
    const goldPath = file('ok.gold.json', gold);
    const error = await runEvalCommand(path, goldPath, { errors: false }).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(message);
    expect(error?.message).not.toContain('\n');
  });

  test('a predicted document is not accepted as gold', async () => {
    const docPath = file('as-gold.json', predictedDoc([]));
    await expect(runEvalCommand(docPath, docPath, { errors: false })).rejects.toThrow(/as-gold\.json: not a gold file/);
  });
});

describe('passAgreement', () => {
  test('scores pass A against pass B for every complete pair', async () => {
    const passesDir = join(dir, 'passes');
    mkdirSync(passesDir, { recursive: true });
    const pass = (indicators: unknown[]): unknown => ({ document: 'synthetic', source: join(dir, 'corpus/synthetic.txt'), indicators });
    writeFileSync(join(passesDir, 'synthetic.pass-a.json'), JSON.stringify(pass([gdp, { ...farms, status: 'estimate' }])));
    writeFileSync(join(passesDir, 'synthetic.pass-b.json'), JSON.stringify(pass([gdp, farms])));
    writeFileSync(join(passesDir, 'alone.pass-a.json'), JSON.stringify(pass([gdp])));
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const chunks: string[] = [];
    const { results, exitCode } = await passAgreement({ passesDir, write: (c) => chunks.push(c) });
    expect(exitCode).toBe(0);
    expect(results.map((r) => [r.document, r.result.f1, r.result.fields.status.rate])).toEqual([['synthetic', 1, 0.5]]);
    expect(String(stderr.mock.calls[0]?.[0])).toContain('alone has only one pass');
    expect(chunks.join('')).toContain('# agreement of pass A with pass B');
  });
});
