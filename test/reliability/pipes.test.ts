import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ZhibiaoDocumentSchema } from '../../src/schema/document.js';
import { CLI_TIMEOUT, listTree, runCli, sqliteCounts } from '../cli/cli-harness.js';
import { goodReport, oleFile, put, scratch } from './inputs.js';

/**
 * Issue 13, "Pipes and habits", "Interruption" and the terminal half of "Safe outputs": the
 * command line behaves like a Unix tool.
 */

async function folderOf(name: string, count: number): Promise<string> {
  const dir = join(await scratch(name), 'in');
  for (let i = 0; i < count; i++) await put(join(dir, `r-${String(i).padStart(3, '0')}.txt`), await goodReport(`${name}-${i}`));
  return dir;
}

describe('standard input and output', { timeout: CLI_TIMEOUT }, () => {
  test('- reads a document from standard input; --out - prints it', async () => {
    const result = await runCli(['extract', '-', '--out', '-'], { input: await goodReport('stdin') });
    expect(result.code, result.stderr).toBe(0);
    const doc = ZhibiaoDocumentSchema.parse(JSON.parse(result.stdout));
    expect(doc.document).toMatchObject({ id: 'stdin', source: '-' });
    expect(doc.indicators.length).toBeGreaterThan(0);
  });

  test('a reader that closes the pipe early (| head -n1) ends the run quietly', async () => {
    const dir = await folderOf('epipe', 30);
    const result = await runCli(['extract', dir, '--out', '-', '--format', 'jsonl', '--jobs', '2'], {
      onStdout: (child) => child.stdout?.destroy(),
    });
    expect([0, 141]).toContain(result.code);
    expect(result.stderr).not.toMatch(/EPIPE|batch stopped/);
  });

  test('--out FILE.jsonl, FILE.csv and FILE.sqlite write that file, not a folder of that name', async () => {
    const dir = await scratch('out-file');
    const input = await put(join(dir, 'report.txt'), await goodReport('file'));
    for (const [format, name] of [['jsonl', 'run.jsonl'], ['csv', 'run.csv'], ['sqlite', 'run.sqlite']] as const) {
      const result = await runCli(['extract', input, '--out', join(dir, 'exports', name), '--format', format]);
      expect(result.code, result.stderr).toBe(0);
    }
    expect(await listTree(join(dir, 'exports'))).toEqual(['run.csv', 'run.jsonl', 'run.sqlite']);
    expect(Object.keys(sqliteCounts(join(dir, 'exports', 'run.sqlite')))).toEqual(['report']);
  });
});

describe('messages', { timeout: CLI_TIMEOUT }, () => {
  test('a 300-file jsonl batch prints no MaxListenersExceededWarning (one listener was left per backpressure wait)', async () => {
    const dir = await folderOf('listeners', 300);
    const result = await runCli(['extract', dir, '--out', join(dir, '..', 'out'), '--format', 'jsonl', '--jobs', '2', '-q']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
  });

  test('-q prints failures only; a missing file given twice is one message', async () => {
    const dir = await folderOf('quiet', 2);
    const missing = join(dir, 'missing.txt');
    const result = await runCli(['extract', dir, missing, missing, '--out', join(dir, '..', 'out'), '-q']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`zhibiao: ${missing}: no such file or directory\n`);
  });

  test('sizes read like 100, 10k, 32MB; a limit in bytes says bytes', async () => {
    const dir = await scratch('sizes');
    const input = await put(join(dir, 'report.txt'), await goodReport('sizes'));
    const small = await runCli(['extract', input, '--out', join(dir, 'a'), '--max-bytes', '100']);
    expect(small.stderr).toMatch(/^zhibiao: .*report\.txt: file too large: \d+\.\d KB > 100 bytes limit \(--max-bytes\)$/m);
    expect((await runCli(['extract', input, '--out', join(dir, 'b'), '--max-bytes', '10k'])).code).toBe(0);
    expect((await runCli(['extract', input, '--out', join(dir, 'c'), '--max-bytes', '32MB'])).code).toBe(0);
    const bad = await runCli(['extract', input, '--max-bytes', 'lots']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--max-bytes takes a size such as 100, 10k, 32MB or 1\.5G, not "lots"/);
  });

  test('control characters in file names are escaped on the terminal', async () => {
    const dir = await scratch('names');
    await put(join(dir, 'in', 'evil\u001b[31mred\nline.txt'), '');
    const result = await runCli(['extract', join(dir, 'in'), '--out', join(dir, 'out')]);
    expect(result.stderr).toContain('evil\\x1b[31mred\\nline.txt: empty file (0 bytes)');
    expect(result.stderr).not.toContain('\u001b');
  });

  test('--jobs above the cores is capped, with a warning', async () => {
    const dir = await folderOf('jobs', 1);
    const result = await runCli(['extract', dir, '--out', join(dir, '..', 'out'), '--jobs', '200']);
    expect(result.code, result.stderr).toBe(0);
    const cores = availableParallelism();
    expect(result.stderr).toContain(`zhibiao: warning: --jobs 200 is more than the ${cores} cores here; using ${cores}`);
  });
});

describe('what a folder walk picks up', { timeout: CLI_TIMEOUT }, () => {
  test('report formats only (.md needs --include); legacy .doc named as such; links out of the tree not followed', async () => {
    const dir = await scratch('walk');
    const inputs = join(dir, 'in');
    await put(join(inputs, 'report.txt'), await goodReport('walk'));
    await put(join(inputs, 'notes.md'), await goodReport('notes'));
    await put(join(inputs, 'old.doc'), oleFile());
    await put(join(dir, 'outside', 'secret.txt'), await goodReport('secret'));
    await symlink(join(dir, 'outside', 'secret.txt'), join(inputs, 'link.txt'));
    await symlink(join(inputs, 'report.txt'), join(inputs, 'z-link.txt'));

    const plain = await runCli(['extract', inputs, '--out', join(dir, 'a')]);
    expect(plain.code, plain.stderr).toBe(0);
    expect(await readdir(join(dir, 'a'))).toEqual(['report.json']);
    expect(plain.stderr).toContain('1 duplicate'); // the link inside the tree is followed, and is the same bytes
    expect(plain.stderr).toContain(`zhibiao: note: 1 symbolic link leading outside the input folders not followed (--follow-symlinks follows them), e.g. ${join(inputs, 'link.txt')}`);

    const more = await runCli(['extract', inputs, '--out', join(dir, 'b'), '--include', 'md', '--follow-symlinks']);
    expect(more.code, more.stderr).toBe(0);
    expect((await readdir(join(dir, 'b'))).sort()).toEqual(['link.json', 'notes.json', 'report.json']);

    const doc = await runCli(['extract', join(inputs, 'old.doc'), '--out', join(dir, 'c')]);
    expect(doc.code).toBe(1);
    expect(doc.stderr).toContain(`zhibiao: ${join(inputs, 'old.doc')}: legacy Word document (.doc): not supported; save it as .docx or PDF`);
  });
});

describe('interruption', { timeout: CLI_TIMEOUT }, () => {
  test('SIGTERM is handled like Ctrl-C: 143, no temp file, a rerun skips what was written', async () => {
    const dir = await folderOf('sigterm', 60);
    const out = join(dir, '..', 'out');
    let sent = false;
    const result = await runCli(['extract', dir, '--out', out, '--format', 'jsonl', '--jobs', '2'], {
      onStderr: (child, _chunk, soFar) => {
        if (!sent && /^ok {2}/m.test(soFar)) {
          sent = true;
          child.kill('SIGTERM');
        }
      },
    });
    expect(result.code, result.stderr).toBe(143);
    expect(await listTree(out)).toEqual(['zhibiao.jsonl']);
    const lines = (await readFile(join(out, 'zhibiao.jsonl'), 'utf8')).trimEnd().split('\n');
    const done = new Set(lines.map((l) => (JSON.parse(l) as { document_id: string }).document_id)).size;
    expect(done).toBeGreaterThan(0);
    const rerun = await runCli(['extract', dir, '--out', out, '--format', 'jsonl', '--jobs', '2']);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stderr).toMatch(new RegExp(`^${60 - done} ok, 0 failed, ${done} unchanged`, 'm'));
  });

  test('temp files of a killed run are removed by the next run; those of a live process are left', async () => {
    const dir = await folderOf('stale', 1);
    const out = join(dir, '..', 'out');
    await mkdir(out, { recursive: true });
    // pids that cannot be running (above any pid_max), in both temp name forms
    await writeFile(join(out, '.zhibiao-2147483646-1.tmp'), 'half a document');
    await writeFile(join(out, '.zhibiao.jsonl.2147483645.3.tmp'), 'half a line');
    await writeFile(join(out, `.zhibiao-${process.pid}-9.tmp`), 'a live writer');
    for (const format of ['json', 'jsonl']) {
      const result = await runCli(['extract', dir, '--out', out, '--format', format]);
      expect(result.code, result.stderr).toBe(0);
    }
    expect((await readdir(out)).sort()).toEqual([`.zhibiao-${process.pid}-9.tmp`, 'r-000.json', 'zhibiao.jsonl']);
  });
});
