import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The install (scripts/install-nodejieba.mjs) patches nodejieba and writes, next to the binary
 * it rebuilt, the sha256 of the patches it was built from. Loading an unpatched or stale build
 * would still segment correctly but cost twice the memory per process and a dictionary per
 * worker thread, so it is refused with the way out, not used in silence.
 */

const PATCH_DIR = fileURLToPath(new URL('../../patches/', import.meta.url));
const MARKER = join('build', 'Release', 'zhibiao-patch.sha256');

/** sha256 over the nodejieba patch files in name order, as the install script computes it. */
export function patchHash(dir: string = PATCH_DIR): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir).filter((f) => /^nodejieba\+.+\.patch$/.test(f)).sort();
  for (const f of files) hash.update(readFileSync(join(dir, f)));
  return hash.digest('hex');
}

/**
 * Throws unless the nodejieba in `jiebaDir` was built from this package's patches.
 *
 * @example
 * assertPatchedNodejieba('/app/node_modules/nodejieba'); // returns, or throws
 * // Error: nodejieba at /app/node_modules/nodejieba is not built with zhibiao's patch (no build/Release/zhibiao-patch.sha256); run `npm rebuild zhibiao`
 */
export function assertPatchedNodejieba(jiebaDir: string, patchDir: string = PATCH_DIR): void {
  let built: string;
  try {
    built = readFileSync(join(jiebaDir, MARKER), 'utf8').trim();
  } catch {
    throw new Error(`nodejieba at ${jiebaDir} is not built with zhibiao's patch (no ${MARKER}); run \`npm rebuild zhibiao\``);
  }
  if (built !== patchHash(patchDir)) {
    throw new Error(`nodejieba at ${jiebaDir} was built from other patches than zhibiao's (${MARKER}); run \`npm rebuild zhibiao\``);
  }
}
