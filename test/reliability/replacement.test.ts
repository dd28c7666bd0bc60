import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FLAT_COLUMNS } from '../../src/output/flat-indicators.js';
import { parseCsv } from '../output/parse-csv.js';
import { CLI_TIMEOUT, runCli, sqliteCounts } from '../cli/cli-harness.js';
import { goodReport, put, scratch } from './inputs.js';

/**
 * Issue 13, "No silent replacement" and "Safe outputs" (CSV): a run never replaces a stored
 * document whose content differs unless told to, ids stay unique across runs into one output,
 * identical content is a duplicate in every format, and no CSV cell starts a formula.
 */

const FORMATS = ['json', 'jsonl', 'csv', 'sqlite'] as const;

/** Document ids an output holds, whatever its format. */
async function storedIds(out: string, format: (typeof FORMATS)[number]): Promise<string[]> {
  if (format === 'json') return (await readdir(out)).map((n) => n.replace(/\.json$/, '')).sort();
  if (format === 'sqlite') return Object.keys(sqliteCounts(join(out, 'zhibiao.sqlite'))).sort();
  const text = await readFile(join(out, `zhibiao.${format}`), 'utf8');
  const ids =
    format === 'jsonl'
      ? text.trimEnd().split('\n').map((line) => (JSON.parse(line) as { document_id: string }).document_id)
      : parseCsv(text.replace(/^\ufeff/, '')).slice(1).map((row) => row[0] as string);
  return [...new Set(ids)].sort();
}

describe('two runs into one output', { timeout: CLI_TIMEOUT }, () => {
  test.each(FORMATS)('%s: two report.txt from different folders are both kept, the second under a new id, with a note', async (format) => {
    const dir = await scratch(`two-reports-${format}`);
    const first = await put(join(dir, '2023', 'report.txt'), await goodReport('2023'));
    const second = await put(join(dir, '2024', 'report.txt'), await goodReport('2024'));
    const out = join(dir, 'out');
    expect((await runCli(['extract', first, '--out', out, '--format', format])).code).toBe(0);
    const run2 = await runCli(['extract', second, '--out', out, '--format', format]);
    expect(run2.code, run2.stderr).toBe(0);
    expect(run2.stderr).toContain(`zhibiao: note: ${second} is written as "report-txt": another document already has its name`);
    expect(await storedIds(out, format)).toEqual(['report', 'report-txt']);
    // a third run of both: each keeps the id it was stored under, nothing is redone
    const run3 = await runCli(['extract', first, second, '--out', out, '--format', format]);
    expect(run3.code, run3.stderr).toBe(0);
    expect(run3.stderr).toMatch(/^0 ok, 0 failed, 2 unchanged \(skipped; --force redoes them\)/m);
    expect(await storedIds(out, format)).toEqual(['report', 'report-txt']);
  });

  test.each(FORMATS)('%s: a changed file is refused unless --replace; a rerun skips what is stored unless --force', async (format) => {
    const dir = await scratch(`changed-${format}`);
    const file = await put(join(dir, 'in', 'report.txt'), await goodReport('v1'));
    const out = join(dir, 'out');
    expect((await runCli(['extract', file, '--out', out, '--format', format])).code).toBe(0);
    await writeFile(file, await goodReport('v2'));
    const refused = await runCli(['extract', file, '--out', out, '--format', format]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `zhibiao: ${file}: the output holds a different document as "report" (from ${file}); not replaced (--replace replaces it, --id stores this one under another id)`,
    );
    const replaced = await runCli(['extract', file, '--out', out, '--format', format, '--replace']);
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(replaced.stderr).toMatch(/^1 ok, 0 failed/m);
    expect(await storedIds(out, format)).toEqual(['report']);
    const again = await runCli(['extract', file, '--out', out, '--format', format]);
    expect(again.stderr).toContain(`skip ${file}: unchanged since stored as "report"`);
    const forced = await runCli(['extract', file, '--out', out, '--format', format, '--force']);
    expect(forced.stderr).toMatch(/^1 ok, 0 failed/m);
    expect(await storedIds(out, format)).toEqual(['report']);
    if (format === 'jsonl') {
      // replaced, not added: the file holds the document once
      const lines = (await readFile(join(out, 'zhibiao.jsonl'), 'utf8')).trimEnd().split('\n');
      expect(new Set(lines.map((l) => (JSON.parse(l) as { id: string }).id)).size).toBe(lines.length);
    }
  });
});

describe('identical content in one batch', { timeout: CLI_TIMEOUT }, () => {
  test.each(FORMATS)('%s: the second copy is reported as a duplicate and stored once', async (format) => {
    const dir = await scratch(`dupes-${format}`);
    const text = await goodReport('same');
    await put(join(dir, 'in', 'a.txt'), text);
    await put(join(dir, 'in', 'b.txt'), text);
    await put(join(dir, 'in', 'c.txt'), await goodReport('other'));
    const out = join(dir, 'out');
    const result = await runCli(['extract', join(dir, 'in'), '--out', out, '--format', format, '--jobs', '2']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`dup  ${join(dir, 'in', 'b.txt')}: same content as ${join(dir, 'in', 'a.txt')}; not written again`);
    expect(result.stderr).toMatch(/^2 ok, 0 failed, 1 duplicate, /m);
    expect(await storedIds(out, format)).toEqual(['a', 'c']);
  });
});

describe('CSV cells never start a formula', { timeout: CLI_TIMEOUT }, () => {
  test('names and sentences starting with = + - @ are neutralised; numbers stay numbers', async () => {
    const dir = await scratch('csv-injection');
    const report = await goodReport('csv');
    await put(join(dir, 'in', '=HYPERLINK("evil").txt'), report.replace('副本csv', '副本1'));
    await put(join(dir, 'in', '@SUM(A1).txt'), report.replace('副本csv', '副本2'));
    await put(join(dir, 'in', '+cmd.txt'), `=HYPERLINK("x")\n${report.replace('副本csv', '副本3')}\n-全区地区生产总值下降0.5%。\n`);
    const out = join(dir, 'out');
    const result = await runCli(['extract', join(dir, 'in'), '--out', out, '--format', 'csv']);
    expect(result.code, result.stderr).toBe(0);
    const rows = parseCsv((await readFile(join(out, 'zhibiao.csv'), 'utf8')).replace(/^\ufeff/, ''));
    const ids = new Set(rows.slice(1).map((row) => row[0]));
    expect(ids).toEqual(new Set([`'=HYPERLINK("evil")`, "'@SUM(A1)", "'+cmd"]));
    const numeric = new Set(['value', 'value_high', 'normalized_value', 'normalized_value_high', 'normalized_square_metres', 'growth_value', 'report_year', 'seq', 'span_start', 'span_end']);
    let negatives = 0;
    for (const row of rows.slice(1)) {
      row.forEach((cell, i) => {
        const column = FLAT_COLUMNS[i] as string;
        if (numeric.has(column) && cell.startsWith('-')) {
          expect(Number(cell), `${column} ${cell}`).toBeLessThan(0);
          negatives += 1;
        } else {
          expect(cell, column).not.toMatch(/^[=+\-@\t\r]/);
        }
      });
    }
    // the fall was stored as the number -0.5, not as text
    expect(negatives).toBeGreaterThan(0);
  });
});
