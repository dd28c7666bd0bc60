// A consumer's CommonJS module: require('zhibiao') reaches the same API, with its types.
import zhibiao = require('zhibiao');
import { readFileSync } from 'node:fs';

const doc: zhibiao.ZhibiaoDocument = zhibiao.extract(readFileSync(process.argv[2] as string, 'utf8'), { id: 'seed' });
console.log(JSON.stringify({ names: doc.indicators.map((i) => i.name), format: doc.document.format, extractFile: typeof zhibiao.extractFile }));
