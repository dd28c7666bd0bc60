import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { openSink } from '../../src/output/document-sink.js';
import { FLAT_COLUMNS, flatIndicators } from '../../src/output/flat-indicators.js';
import { ZhibiaoDocumentSchema } from '../../src/schema/document.js';
import { parseCsv } from './parse-csv.js';
import { sampleDocument } from './sample-document.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zhibiao-text-'));
});

const docs = [sampleDocument('alpha', { indicators: 5 }), sampleDocument('beta', { indicators: 0 }), sampleDocument('gamma', { indicators: 3 })];

describe('json writer', () => {
  test('one pretty-printed file per document, named by id, no temp files', async () => {
    const sink = await openSink('json', { out: dir });
    for (const doc of docs) await sink.write(doc);
    await sink.close();
    expect((await readdir(dir)).sort()).toEqual(['alpha.json', 'beta.json', 'gamma.json']);
    const text = await readFile(join(dir, 'alpha.json'), 'utf8');
    expect(text).toBe(`${JSON.stringify(docs[0], null, 2)}\n`);
    expect(ZhibiaoDocumentSchema.parse(JSON.parse(text))).toEqual(docs[0]);
  });

  test('a re-written document replaces its file', async () => {
    const sink = await openSink('json', { out: join(dir, 'nested', 'out') });
    await sink.write(sampleDocument('alpha', { indicators: 4 }));
    await sink.write(sampleDocument('alpha', { indicators: 1 }));
    await sink.close();
    const doc = JSON.parse(await readFile(join(dir, 'nested', 'out', 'alpha.json'), 'utf8')) as { indicators: unknown[] };
    expect(doc.indicators).toHaveLength(1);
  });
});

describe('jsonl writer', () => {
  test('one flat record per indicator, in document order', async () => {
    const sink = await openSink('jsonl', { out: dir });
    for (const doc of docs) await sink.write(doc);
    await sink.close();
    expect(await readdir(dir)).toEqual(['zhibiao.jsonl']);
    const lines = (await readFile(join(dir, 'zhibiao.jsonl'), 'utf8')).split('\n');
    expect(lines.pop()).toBe('');
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records).toEqual(docs.flatMap((doc) => flatIndicators(doc)));
    expect(records.map((r) => r['id'])).toEqual(docs.flatMap((d) => d.indicators.map((i) => i.id)));
    for (const record of records) expect(Object.keys(record)).toEqual(FLAT_COLUMNS);
  });

  test.each([
    ['growth_value', 6],
    ['growth_basis', 'yoy'],
    ['normalized_value', 28_200_000_000],
    ['section_title', '2023年执行情况'],
    ['section_topic', 'overview'],
    ['region_code', '370304'],
    ['report_year', '2023'],
    ['span_start', 0],
    ['rule_id', 'value-then-growth'],
    ['normalized_square_metres', null],
  ])('the first record carries %s', (column, expected) => {
    const [first] = flatIndicators(sampleDocument('alpha'));
    expect(first?.[column]).toBe(expected);
  });

  test.each([
    ['value_high', 5],
    ['normalized_value_high', 50_000],
    ['qualifier', 'about'],
    ['section_title', '农业, "三农"'],
    ['growth_value', null],
  ])('the second record (a range) carries %s', (column, expected) => {
    const [, second] = flatIndicators(sampleDocument('alpha'));
    expect(second?.[column]).toBe(expected);
  });

  test.each([
    ['normalized_square_metres', 8_000_040],
    ['growth_value', -0.5],
    ['growth_unit', 'pp'],
    ['growth_qualifier', 'nearly'],
    ['section_title', null],
    ['section_id', null],
  ])('the third record (亩, a fall, no section) carries %s', (column, expected) => {
    const [, , third] = flatIndicators(sampleDocument('alpha'));
    expect(third?.[column]).toBe(expected);
  });

  test('an aborted run leaves the previous file and no temp file', async () => {
    await writeFile(join(dir, 'zhibiao.jsonl'), 'previous\n');
    const sink = await openSink('jsonl', { out: dir });
    await sink.write(docs[0]!);
    await sink.abort();
    expect(await readdir(dir)).toEqual(['zhibiao.jsonl']);
    expect(await readFile(join(dir, 'zhibiao.jsonl'), 'utf8')).toBe('previous\n');
  });
});

describe('csv writer', () => {
  test('UTF-8 BOM, CRLF records, header of FLAT_COLUMNS, one row per indicator', async () => {
    const sink = await openSink('csv', { out: dir });
    for (const doc of docs) await sink.write(doc);
    await sink.close();
    const bytes = await readFile(join(dir, 'zhibiao.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(bytes.toString('utf8').slice(1));
    expect(header).toEqual(FLAT_COLUMNS);
    const expected = docs.flatMap((doc) => flatIndicators(doc)).map((r) => FLAT_COLUMNS.map((c) => (r[c] === null ? '' : String(r[c]))));
    expect(rows).toEqual(expected);
  });

  test.each([
    ['comma', ','],
    ['double quote', '"'],
    ['CRLF', '\r\n'],
    ['tab', '\t'],
    ['backslash', '\\'],
  ])('a field with a %s survives a round trip', async (_name, fragment) => {
    const doc = sampleDocument('quoted', { indicators: 1 });
    const sentence = `前${fragment}后`;
    const tricky = { ...doc, indicators: doc.indicators.map((i) => ({ ...i, sentence })) };
    const sink = await openSink('csv', { out: dir });
    await sink.write(tricky);
    await sink.close();
    const [header, row] = parseCsv((await readFile(join(dir, 'zhibiao.csv'), 'utf8')).slice(1));
    expect(row?.[header!.indexOf('sentence')]).toBe(sentence);
  });

  test('a document without indicators still gives a header-only file', async () => {
    const sink = await openSink('csv', { out: dir });
    await sink.write(docs[1]!);
    await sink.close();
    expect(parseCsv((await readFile(join(dir, 'zhibiao.csv'), 'utf8')).slice(1))).toEqual([[...FLAT_COLUMNS]]);
  });
});
