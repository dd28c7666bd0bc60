#!/usr/bin/env node
// Empties dist/ before `tsc` writes it: a module removed or renamed in src/ would otherwise
// stay in dist/ and be packed and shipped (the package's `files` list takes dist/ whole).
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

rmSync(fileURLToPath(new URL('../dist', import.meta.url)), { recursive: true, force: true });
