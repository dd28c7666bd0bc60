import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { applyPatch, parsePatch, reversePatch } from 'diff';
import { afterEach, describe, expect, test } from 'vitest';
import { assertPatchedNodejieba, patchHash } from '../../src/segment/nodejieba-patch.js';

// scripts/install-nodejieba.mjs run against a package folder of its own (its script, its patch,
// a nodejieba beside it): every way it cannot patch fails the install with the reason.
const ROOT = resolve(import.meta.dirname, '../..');
const PATCH = 'nodejieba+3.5.8.patch';
const patchText = readFileSync(join(ROOT, 'patches', PATCH), 'utf8');
const PATCHED_FILES = ['lib/nodejieba.cpp', 'lib/utils.h'];
const patched = (file: string): string => readFileSync(join(ROOT, 'node_modules/nodejieba', file), 'utf8');
/** The file as nodejieba 3.5.8 ships it: this checkout's patched copy with the patch reversed. */
function original(file: string): string {
  const filePatch = parsePatch(patchText).find((p) => p.newFileName?.endsWith(file));
  const text = filePatch ? applyPatch(patched(file), reversePatch(filePatch)) : false;
  if (text === false) throw new Error(`cannot reverse the patch of ${file}`);
  return text;
}

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A package folder with the install script and patch, and a nodejieba of the given version and sources. */
function fixture(jieba: { version: string; sources: (file: string) => string; marker?: string } | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'zhibiao-patch-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'package.json'), '{"name":"fixture","type":"module"}\n');
  cpSync(join(ROOT, 'scripts/install-nodejieba.mjs'), join(dir, 'scripts/install-nodejieba.mjs'));
  cpSync(join(ROOT, 'patches', PATCH), join(dir, 'patches', PATCH));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(join(ROOT, 'node_modules/diff'), join(dir, 'node_modules/diff'));
  if (jieba) {
    const jiebaDir = join(dir, 'node_modules/nodejieba');
    mkdirSync(join(jiebaDir, 'lib'), { recursive: true });
    writeFileSync(join(jiebaDir, 'package.json'), JSON.stringify({ name: 'nodejieba', version: jieba.version, main: 'index.js' }));
    for (const file of PATCHED_FILES) writeFileSync(join(jiebaDir, file), jieba.sources(file));
    if (jieba.marker !== undefined) {
      mkdirSync(join(jiebaDir, 'build/Release'), { recursive: true });
      writeFileSync(join(jiebaDir, 'build/Release/zhibiao-patch.sha256'), `${jieba.marker}\n`);
    }
  }
  return dir;
}

function install(dir: string): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [join(dir, 'scripts/install-nodejieba.mjs')], { encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}

describe('install-nodejieba', () => {
  test('a nodejieba of another version fails the install', () => {
    const r = install(fixture({ version: '3.6.0', sources: original }));
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/zhibiao: cannot patch nodejieba: .*nodejieba is version 3\.6\.0, but nodejieba\+3\.5\.8\.patch is for 3\.5\.8/);
  });

  test('sources the patch does not fit fail the install, and are left as they were', () => {
    const changed = (file: string): string => (file.endsWith('.h') ? original(file) : original(file).replace('delete _jieba_handle;', ''));
    const dir = fixture({ version: '3.5.8', sources: changed });
    const r = install(dir);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/nodejieba\+3\.5\.8\.patch does not apply to .*lib\/nodejieba\.cpp/);
    // utils.h would have taken its part of the patch, but nothing is written unless all of it fits
    for (const file of PATCHED_FILES) expect(readFileSync(join(dir, 'node_modules/nodejieba', file), 'utf8')).toBe(changed(file));
  });

  test('no nodejieba to be found fails the install', () => {
    const r = install(fixture(null));
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/zhibiao: cannot patch nodejieba: nodejieba cannot be found from /);
  });

  test('the shipped sources are patched to exactly the checkout\'s; a failed rebuild fails the install', () => {
    const dir = fixture({ version: '3.5.8', sources: original });
    const r = install(dir);
    for (const file of PATCHED_FILES) expect(readFileSync(join(dir, 'node_modules/nodejieba', file), 'utf8')).toBe(patched(file));
    // this fixture has no @mapbox/node-pre-gyp (nor a binding.gyp): the rebuild cannot run
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/2 file\(s\) patched .*\n[\s\S]*cannot patch nodejieba: @mapbox\/node-pre-gyp, which rebuilds nodejieba, cannot be found/);
  });

  test('patched sources with a matching build marker: nothing to do', () => {
    const r = install(fixture({ version: '3.5.8', sources: patched, marker: patchHash(join(ROOT, 'patches')) }));
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/nodejieba: .* is patched and built/);
  });
});

describe('a run refuses a nodejieba not built with the patch', () => {
  test.each([
    ['no marker', undefined, /is not built with zhibiao's patch \(no build\/Release\/zhibiao-patch\.sha256\); run `npm rebuild zhibiao`/],
    ['a marker of other patches', 'f'.repeat(64), /was built from other patches than zhibiao's .*; run `npm rebuild zhibiao`/],
  ])('%s', (_why, marker, message) => {
    const dir = fixture({ version: '3.5.8', sources: patched, ...(marker === undefined ? {} : { marker }) });
    expect(() => assertPatchedNodejieba(join(dir, 'node_modules/nodejieba'), join(ROOT, 'patches'))).toThrow(message);
  });

  test('the nodejieba of this checkout passes', () => {
    expect(() => assertPatchedNodejieba(join(ROOT, 'node_modules/nodejieba'))).not.toThrow();
  });
});
