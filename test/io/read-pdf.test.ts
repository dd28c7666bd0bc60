import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { InputError, readPdf, runsToLines, type PdfTextRun } from '../../src/io/index.js';
import { findTextTables } from '../../src/structure/tables.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/inputs/${name}`, import.meta.url));

async function rejection(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError, the promise resolved');
}

const run = (str: string, x: number, y: number, size = 10): PdfTextRun => ({ str, x, y, width: str.length * size, size });

describe('runsToLines', () => {
  test.each([
    {
      name: 'one run per character joins without spaces',
      runs: [run('增', 10, 700), run('长', 20, 700), run('6', 30, 700, 5), run('%', 35, 700, 5)],
      lines: ['增长6%'],
    },
    {
      name: 'lines go top to bottom, runs left to right, whatever the input order',
      runs: [run('第二行', 10, 680), run('右', 40, 700), run('左', 10, 700), run('侧', 20, 700)],
      lines: ['左侧右', '第二行'],
    },
    { name: 'baselines within half a font size share a line', runs: [run('地区', 10, 700), run('生产', 30, 697)], lines: ['地区生产'] },
    { name: 'baselines a line apart do not', runs: [run('地区', 10, 700), run('生产', 30, 690)], lines: ['地区', '生产'] },
    { name: 'a wide gap becomes a TAB', runs: [run('粮食', 10, 700), run('12.5', 200, 700), run('2.3', 300, 700)], lines: ['粮食\t12.5\t2.3'] },
    { name: 'Latin words with a small gap get a space', runs: [run('GDP', 10, 700), run('growth', 42, 700)], lines: ['GDP growth'] },
    { name: 'CJK next to Latin gets no space', runs: [run('完成', 10, 700), run('282', 32, 700)], lines: ['完成282'] },
    { name: 'whitespace-only runs are dropped', runs: [run('甲', 10, 700), run('  ', 20, 700), run('乙', 30, 700)], lines: ['甲乙'] },
  ])('$name', ({ runs, lines }) => {
    expect(runsToLines(runs)).toEqual(lines);
  });
});

describe('readPdf', () => {
  test('boshan.pdf: text in order, table columns as TABs, wrapped lines present', async () => {
    const text = await readPdf(fixture('boshan.pdf'), 'boshan.pdf');
    const lines = text.split('\n');
    expect(lines[0]).toBe('关于博山区2023年国民经济和社会发展计划执行情况与2024年计划（草案）的报告');
    expect(text.indexOf('各位代表：')).toBeLessThan(text.indexOf('一、2023年国民经济和社会发展计划执行情况'));
    expect(text).toMatch(/\n\n表1 2023年主要经济指标完成情况\n/); // page break before the table page
    const tables = findTextTables(text);
    expect(tables).toHaveLength(1);
    expect(tables[0]?.header.map((h) => h.text)).toEqual(['指标', '完成额（亿元）', '同比增长（%）']);
    expect(tables[0]?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['282', '6'], ['18.95', '16.29'], ['93.8', '15'], ['48.5', '3.4']]);
  });

  test('cjk-cmap.pdf: Chinese in a font the PDF does not embed, through the predefined CMap GBK-EUC-H', async () => {
    // readable only with pdf.js's packed CMaps (dict/generated/pdfjs, shipped in the package):
    // without them pdf.js drops the font and the page has no text
    const text = await readPdf(fixture('cjk-cmap.pdf'), 'cjk-cmap.pdf');
    expect(text).toBe('二、2023年经济运行情况\n全年地区生产总值完成282亿元，同比增长6%。');
  });

  test('the caller keeps its bytes (pdfjs detaches what it is given)', async () => {
    const bytes = new Uint8Array(fixture('boshan.pdf'));
    await readPdf(bytes, 'boshan.pdf');
    expect(bytes.byteLength).toBeGreaterThan(0);
  });

  test.each([
    { file: 'corrupt.pdf', reason: /^corrupt \.pdf: \S.*$/ },
    { file: 'no-text.pdf', reason: /^no text layer in PDF \(scanned\?\)$/ },
    { file: 'corrupt.docx', reason: /^corrupt \.pdf: / },
  ])('$file → InputError $reason', async ({ file, reason }) => {
    const error = await rejection(readPdf(fixture(file), file));
    expect(error.reason).toMatch(reason);
    expect(error.message).not.toMatch(/\n/);
  });
});
