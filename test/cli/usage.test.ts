import { describe, expect, test } from 'vitest';
import { outputJsonSchema } from '../../src/schema/document.js';
import { CLI_TIMEOUT, runCli } from './cli-harness.js';

const SEED = 'corpus/boshan-2023.txt';
const NO_PG = { ZHIBIAO_PG_URL: undefined, DATABASE_URL: undefined };

describe('zhibiao usage errors exit 2 with one line on stderr', { timeout: CLI_TIMEOUT }, () => {
  test.each([
    ['no paths', ['extract'], /missing required argument/],
    ['an unknown format', ['extract', SEED, '--format', 'xml'], /'xml' is invalid.*json, jsonl, csv, sqlite, postgres/],
    ['an unknown option', ['extract', SEED, '--bogus'], /unknown option '--bogus'/],
    ['an unknown command', ['frobnicate'], /unknown command 'frobnicate'/],
    ['zero jobs', ['extract', SEED, '--jobs', '0'], /--jobs takes a positive whole number/],
    ['jobs in words', ['extract', SEED, '--jobs', 'two'], /--jobs takes a positive whole number/],
    ['a negative size limit', ['extract', SEED, '--max-bytes', '-5'], /--max-bytes/],
    ['an id with a slash', ['extract', SEED, '--id', '../escape'], /cannot be a document id/],
    ['postgres without a URL', ['extract', SEED, '--format', 'postgres'], /--format postgres needs --pg URL/],
    ['--id for several files', ['extract', 'test/fixtures/inputs', '--id', 'one', '--out', '/nonexistent'], /--id names one document/],
    ['--out - for several json documents', ['extract', 'test/fixtures/inputs', '--out', '-'], /--out - prints one document/],
    ['sqlite to stdout', ['extract', SEED, '--out', '-', '--format', 'sqlite'], /--format sqlite writes a file/],
    ['eval without gold', ['eval', 'predicted.json'], /missing required argument 'gold'/],
  ])('%s', async (_name, args, message) => {
    const result = await runCli(args, { env: NO_PG });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^zhibiao: [^\n]*\n$/);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });
});

describe('zhibiao informational commands exit 0', { timeout: CLI_TIMEOUT }, () => {
  test.each([
    ['--help', ['--help'], /Usage: zhibiao/],
    ['extract --help', ['extract', '--help'], /--format <format>/],
    ['--version', ['--version'], /^\d+\.\d+\.\d+\n$/],
  ])('%s', async (_name, args, output) => {
    const result = await runCli(args);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(output);
  });

  test('schema prints the JSON Schema of the output', async () => {
    const result = await runCli(['schema']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(outputJsonSchema());
  });

  test('no command is a usage error that shows the help', async () => {
    const result = await runCli([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Usage: zhibiao/);
  });
});
