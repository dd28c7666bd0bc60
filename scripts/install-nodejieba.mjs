#!/usr/bin/env node
// postinstall: patches the nodejieba that Node resolves from this package and rebuilds it.
//
// Why: nodejieba's load() builds a second copy of the whole dictionary for its TextRank
// extractor, which zhibiao never calls (~80 MB and ~200 ms per load), and every worker thread
// builds its own copy again (~100 MB each). The patch (patches/nodejieba+<version>.patch, made
// with `npx patch-package nodejieba`) makes the extractor share the segmenter's dictionary,
// makes threads that load the same files share one read-only dictionary, returns the memory
// freed while building it to the system (glibc malloc_trim) and builds the object keys of
// tag() once per call. Segmentation is unchanged (test/segment/jieba.test.ts).
//
// The nodejieba is found the way Node finds it from zhibiao's own folder, so the patch lands on
// the copy zhibiao loads whether it sits under zhibiao or is hoisted beside it in a consumer's
// node_modules (patch-package looks only under the current folder, and passed over it there).
// Every failure exits 1, which fails the install: an unpatched nodejieba is never left in
// silence (src/segment/nodejieba-patch.ts refuses to load one at run time, too).
//
// Idempotent: a file already patched is left alone, and a marker next to the binary records the
// hash of the patches it was built from, so a re-run with nothing to do takes milliseconds.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyPatch, parsePatch, reversePatch } from 'diff';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'package.json'));
const patchDir = join(root, 'patches');
/** Where the marker sits, relative to nodejieba's folder; src/segment/nodejieba-patch.ts reads it. */
const MARKER = join('build', 'Release', 'zhibiao-patch.sha256');

function fail(message) {
  console.error(`zhibiao: cannot patch nodejieba: ${message}`);
  process.exit(1);
}

/** `a/node_modules/nodejieba/lib/utils.h` → `lib/utils.h`. */
function pathInPackage(name) {
  const match = /^[ab]\/node_modules\/nodejieba\/(.+)$/.exec(name ?? '');
  if (!match) fail(`unexpected file name in the patch: ${name}`);
  return match[1];
}

function writeAtomically(path, text) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

const patchFiles = readdirSync(patchDir).filter((f) => /^nodejieba\+.+\.patch$/.test(f)).sort();
if (patchFiles.length === 0) fail(`no nodejieba patch in ${patchDir}`);

let jiebaDir;
try {
  jiebaDir = dirname(require.resolve('nodejieba/package.json'));
} catch (error) {
  fail(`nodejieba cannot be found from ${root} (${error.message.split('\n')[0]})`);
}
const { version } = JSON.parse(readFileSync(join(jiebaDir, 'package.json'), 'utf8'));

const hash = createHash('sha256');
// every file is checked before any is written, so a patch that does not fit changes nothing
const writes = [];
for (const file of patchFiles) {
  const wantedVersion = /^nodejieba\+(.+)\.patch$/.exec(file)[1];
  if (wantedVersion !== version) fail(`${jiebaDir} is version ${version}, but ${file} is for ${wantedVersion}`);
  const text = readFileSync(join(patchDir, file), 'utf8');
  hash.update(readFileSync(join(patchDir, file)));
  for (const filePatch of parsePatch(text)) {
    const target = join(jiebaDir, pathInPackage(filePatch.newFileName));
    if (!existsSync(target)) fail(`${target} does not exist (${file})`);
    const current = readFileSync(target, 'utf8');
    const patched = applyPatch(current, filePatch);
    if (patched !== false) {
      writes.push({ target, patched });
    } else if (applyPatch(current, reversePatch(filePatch)) === false) {
      // neither the original nor the patched text: someone else changed this file
      fail(`${file} does not apply to ${target}`);
    }
  }
}
for (const { target, patched } of writes) writeAtomically(target, patched);
const changed = writes.length;
const wanted = hash.digest('hex');
const marker = join(jiebaDir, MARKER);

if (changed === 0 && existsSync(marker) && readFileSync(marker, 'utf8').trim() === wanted) {
  console.log(`nodejieba: ${jiebaDir} is patched and built`);
  process.exit(0);
}

console.log(`nodejieba: ${changed} file(s) patched in ${jiebaDir}; rebuilding (about a minute)…`);
let preGyp;
try {
  preGyp = require.resolve('@mapbox/node-pre-gyp/bin/node-pre-gyp');
} catch (error) {
  fail(`@mapbox/node-pre-gyp, which rebuilds nodejieba, cannot be found from ${root} (${error.message.split('\n')[0]})`);
}
const env = { ...process.env };
// Outside npm (run by hand) node-gyp would download headers; use the running Node's own when present.
const prefix = join(dirname(process.execPath), '..');
if (!env.npm_config_nodedir && existsSync(join(prefix, 'include', 'node', 'node.h'))) env.npm_config_nodedir = prefix;
env.npm_config_loglevel ??= 'warn';
const built = spawnSync(process.execPath, [preGyp, 'rebuild', '--loglevel=warn'], { cwd: jiebaDir, env, stdio: ['ignore', 'ignore', 'inherit'] });
if (built.status !== 0) fail(`rebuild in ${jiebaDir} failed (exit ${built.status ?? built.signal})`);

// The new binary must load before it is marked as built.
const loads = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(jiebaDir)})`], { stdio: ['ignore', 'ignore', 'pipe'] });
if (loads.status !== 0) fail(`the rebuilt binary in ${jiebaDir} does not load: ${String(loads.stderr).trim().split('\n')[0]}`);
writeAtomically(marker, `${wanted}\n`);
console.log('nodejieba: rebuilt with the patch');
