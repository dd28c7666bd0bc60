import { mkdtempSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CLI_TIMEOUT, REPO, runCli } from './cli-harness.js';

describe('a file with no indicators', { timeout: CLI_TIMEOUT }, () => {
  test('is named on stderr with the reason, the others are written, the exit code is 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhibiao-none-'));
    writeFileSync(join(dir, 'plain.txt'), '各位代表：\n\n今年我们要继续努力，推动高质量发展，2024年是关键一年。\n');
    copyFileSync(join(REPO, 'corpus/boshan-2023.txt'), join(dir, 'ok.txt'));
    const out = join(dir, 'out');
    const result = await runCli(['extract', dir, '--out', out, '--jobs', '1']);
    expect(result.code).toBe(1);
    const failures = result.stderr.split('\n').filter((l) => l.startsWith('zhibiao: '));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/plain\.txt: no indicators found \(1 number in the text, none of them an indicator\)$/);
    expect(readdirSync(out)).toEqual(['ok.json']);
  });
});
