import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { InputError, readDocx } from '../../src/io/index.js';
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

describe('readDocx', () => {
  test('boshan.docx: one line per paragraph, table rows TAB-joined', async () => {
    const text = await readDocx(fixture('boshan.docx'), 'boshan.docx');
    expect(text.split('\n')[0]).toBe('关于博山区2023年国民经济和社会发展计划执行情况与2024年计划（草案）的报告');
    expect(text).toContain('\n\n各位代表：\n\n');
    const tables = findTextTables(text);
    expect(tables).toHaveLength(1);
    expect(tables[0]?.caption).toBe('表1 2023年主要经济指标完成情况');
    expect(tables[0]?.unit).toBe('亿元');
    expect(tables[0]?.rows[1]?.cells[1]?.column).toBe('同比增长（%）');
  });

  test.each([
    { file: 'corrupt.docx', reason: /^corrupt \.docx: \S/ },
    { file: 'corrupt.pdf', reason: /^corrupt \.docx: \S/ },
    { file: 'binary.txt', reason: /^corrupt \.docx: \S/ },
  ])('$file → InputError $reason', async ({ file, reason }) => {
    const error = await rejection(readDocx(fixture(file), file));
    expect(error.reason).toMatch(reason);
    expect(error.message).not.toMatch(/\n/);
  });
});
