#!/usr/bin/env node
// Writes dict/generated/pdfjs/: the packed CMaps (cmaps/, ~1.7 MB) and the standard font data
// (standard_fonts/, ~0.8 MB) that pdf.js reads from disk — the CMaps are what turn the bytes of
// CJK text in fonts a PDF does not embed (GBK-EUC-H, UniGB-UCS2-H, …) into characters.
// Why here and not at run time from pdfjs-dist: pdfjs-dist carries @napi-rs/canvas (32 MB, a
// renderer zhibiao never uses) as an optional dependency that npm installs by default, and
// 40 MB of builds and source maps; zhibiao reads PDFs with unpdf's dependency-free build of the
// same pdf.js, and pdfjs-dist is a devDependency that only supplies these files. Both are
// pinned to one pdf.js release, checked here, so the data always matches the code reading it.
// Run by `npm run build`; replaced as a whole (a new folder renamed over the old).
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const source = dirname(require.resolve('pdfjs-dist/package.json'));
const { version } = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
const engine = (await import('unpdf/pdfjs')).version;
if (engine !== version) {
  console.error(`build-pdf-data: unpdf reads PDFs with pdf.js ${engine} but pdfjs-dist is ${version}; pin pdfjs-dist (devDependency) to ${engine}`);
  process.exit(1);
}

const target = fileURLToPath(new URL('../dict/generated/pdfjs', import.meta.url));
const tmp = `${target}.${process.pid}.tmp`;
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
for (const dir of ['cmaps', 'standard_fonts']) cpSync(join(source, dir), join(tmp, dir), { recursive: true });
cpSync(join(source, 'LICENSE'), join(tmp, 'LICENSE'));
writeFileSync(join(tmp, 'SOURCE'), `pdfjs-dist@${version}\n`);
const old = `${target}.${process.pid}.old`;
if (existsSync(target)) renameSync(target, old);
renameSync(tmp, target);
rmSync(old, { recursive: true, force: true });
console.log(`pdf data: cmaps and standard_fonts of pdf.js ${version} → ${target}`);
