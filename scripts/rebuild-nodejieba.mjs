// Rebuilds nodejieba from source after patch-package has applied patches/nodejieba+*.patch.
//
// Why: nodejieba's load() builds a second copy of the whole dictionary for its TextRank
// extractor, which zhibiao never calls (~80 MB and ~200 ms per load), and every worker thread
// builds its own copy again (~100 MB each). The patch makes the extractor share the
// segmenter's dictionary, makes threads that load the same files share one (read-only)
// dictionary, returns the memory freed while building it to the system (glibc malloc_trim,
// ~20 MB), and builds the object keys of tag() once per call. Outputs are unchanged
// (test/segment/jieba.test.ts).
//
// Idempotent: a marker next to the binary records the hash of the patch it was built from.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'package.json'));
const patchDir = join(root, 'patches');
const patches = readdirSync(patchDir).filter((f) => f.startsWith('nodejieba+')).sort();
if (patches.length === 0) process.exit(0);

const hash = createHash('sha256');
for (const f of patches) hash.update(readFileSync(join(patchDir, f)));
const wanted = hash.digest('hex');

const jiebaDir = dirname(require.resolve('nodejieba/package.json'));
const marker = join(jiebaDir, 'build', 'Release', 'zhibiao-patch.sha256');
if (existsSync(marker) && readFileSync(marker, 'utf8').trim() === wanted) {
  console.log('nodejieba: patched binary is up to date');
  process.exit(0);
}

console.log('nodejieba: rebuilding from patched source (a few seconds)…');
const preGyp = require.resolve('@mapbox/node-pre-gyp/bin/node-pre-gyp');
const env = { ...process.env };
// Outside npm (run by hand) node-gyp would download headers; use the running Node's own when present.
const prefix = join(dirname(process.execPath), '..');
if (!env.npm_config_nodedir && existsSync(join(prefix, 'include', 'node', 'node.h'))) env.npm_config_nodedir = prefix;
env.npm_config_loglevel ??= 'warn';
const built = spawnSync(process.execPath, [preGyp, 'rebuild', '--loglevel=warn'], { cwd: jiebaDir, env, stdio: ['ignore', 'ignore', 'inherit'] });
if (built.status !== 0) {
  console.error(`nodejieba: rebuild failed (exit ${built.status ?? built.signal}); run \`npm rebuild nodejieba\` to restore the unpatched binary`);
  process.exit(1);
}
writeFileSync(marker, `${wanted}\n`);
console.log('nodejieba: rebuilt');
