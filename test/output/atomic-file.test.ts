import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { createAtomicStream, writeFileAtomic } from '../../src/output/atomic-file.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zhibiao-atomic-'));
});

describe('writeFileAtomic', () => {
  test.each([
    ['a new file', null],
    ['over an existing file', 'old content'],
  ])('writes %s and leaves no temp file', async (_name, previous) => {
    const target = join(dir, 'a.json');
    if (previous !== null) await writeFile(target, previous);
    await writeFileAtomic(target, '{"新":1}\n');
    expect(await readFile(target, 'utf8')).toBe('{"新":1}\n');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  test('a failed rename removes the temp file and keeps the target', async () => {
    const target = join(dir, 'taken');
    await mkdir(join(target, 'child'), { recursive: true });
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['taken']);
  });
});

describe('createAtomicStream', () => {
  test('the target appears only on commit', async () => {
    const target = join(dir, 'zhibiao.jsonl');
    const stream = createAtomicStream(target);
    await stream.write('a\n');
    await stream.write('b\n');
    expect(await readdir(dir)).not.toContain('zhibiao.jsonl');
    await stream.commit();
    expect(await readFile(target, 'utf8')).toBe('a\nb\n');
    expect(await readdir(dir)).toEqual(['zhibiao.jsonl']);
  });

  test('discard deletes the temp file and keeps the previous target', async () => {
    const target = join(dir, 'zhibiao.jsonl');
    await writeFile(target, 'previous run\n');
    const stream = createAtomicStream(target);
    await stream.write('partial\n');
    await stream.discard();
    expect(await readFile(target, 'utf8')).toBe('previous run\n');
    expect(await readdir(dir)).toEqual(['zhibiao.jsonl']);
  });
});
