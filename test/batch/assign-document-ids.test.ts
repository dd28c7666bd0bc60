import { describe, expect, test } from 'vitest';
import { assignDocumentIds } from '../../src/batch/assign-document-ids.js';

describe('assignDocumentIds', () => {
  test.each([
    ['distinct basenames keep them', ['a/x.txt', 'a/y.pdf'], ['x', 'y']],
    ['one report in two formats', ['in/boshan.docx', 'in/boshan.pdf'], ['boshan', 'boshan-pdf']],
    ['the same name in two folders', ['a/r.txt', 'b/r.txt'], ['r', 'r-txt']],
    ['three of a kind', ['in/boshan.docx', 'in/boshan.pdf', 'other/boshan.pdf'], ['boshan', 'boshan-pdf', 'boshan-pdf-2']],
    ['a suffix never takes a real file name', ['a/r.txt', 'b/r.txt', 'c/r-txt.md'], ['r', 'r-txt-2', 'r-txt']],
    ['no extension', ['a/README', 'b/README'], ['README', 'README-2']],
    ['an empty batch', [], []],
  ])('%s', (_name, files, expected) => {
    const ids = assignDocumentIds(files);
    expect(ids).toEqual(expected);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
