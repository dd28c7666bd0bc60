import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CLI_TIMEOUT, REPO, runCli } from './cli-harness.js';

// jieba itself aborts the process on a missing dictionary file; zhibiao must say which file instead
describe('a jieba dictionary that does not exist (ZHIBIAO_JIEBA_DICT)', { timeout: CLI_TIMEOUT }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhibiao-nodict-'));
  copyFileSync(join(REPO, 'corpus/boshan-2023.txt'), join(dir, 'a.txt'));
  copyFileSync(join(REPO, 'corpus/boshan-2023.txt'), join(dir, 'b.txt'));
  const env = { ZHIBIAO_JIEBA_DICT: join(dir, 'missing.utf8') };

  test.each(['1', '2'])('is named in a one-line error with --jobs %s, exit code 1', async (jobs) => {
    const result = await runCli(['extract', dir, '--out', join(dir, `out-${jobs}`), '--jobs', jobs], { env });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`jieba dictionary not found: ${env.ZHIBIAO_JIEBA_DICT}`);
  });
});
