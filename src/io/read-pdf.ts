import { fileURLToPath } from 'node:url';
import { InputError, shortReason } from './input-error.js';

type PdfJs = typeof import('unpdf/pdfjs');

/** One positioned run of text from a page's text layer. */
export interface PdfTextRun {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Font size in user-space units (the text matrix's vertical scale). */
  readonly size: number;
}

/** Gap (in font sizes) above which two runs on one line are separate table cells. */
const CELL_GAP_EM = 1.5;
/** Gap (in font sizes) above which two Latin runs get a space between them. */
const WORD_GAP_EM = 0.15;
/** Two runs whose baselines differ by less than this (in font sizes) share a line. */
const SAME_LINE_EM = 0.5;

let pdfjsPromise: Promise<PdfJs> | null = null;

/**
 * Loads pdf.js once: unpdf's build of it, one module with the worker inside (the parsing runs
 * on this thread, no worker file to resolve) and no dependencies — pdfjs-dist would bring its
 * 32 MB canvas renderer into every install, for text zhibiao reads without rendering.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= import('unpdf/pdfjs');
  return pdfjsPromise;
}

/**
 * pdf.js's packed CMaps and standard font data, copied from the same pdf.js release at build
 * (scripts/build-pdf-data.mjs) and shipped in the package: CJK text in fonts a PDF does not
 * embed (GBK-EUC-H, UniGB-UCS2-H, …) reads only through the CMaps.
 */
function pdfDataDir(name: 'cmaps' | 'standard_fonts'): string {
  return fileURLToPath(new URL(`../../dict/generated/pdfjs/${name}/`, import.meta.url));
}

const isLatin = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9.,%)(-]/.test(ch);

/**
 * Builds text lines from positioned runs: grouped by baseline, top to bottom, left to right.
 * CJK runs join without spaces (PDFs often hold one run per character); a wide gap becomes
 * a TAB so table columns survive.
 *
 * @example
 * runsToLines([
 *   { str: '粮食', x: 56, y: 700, width: 22, size: 11 },
 *   { str: '12.5', x: 230, y: 700, width: 20, size: 11 },
 *   { str: '全区', x: 56, y: 680, width: 22, size: 11 },
 * ]); // ['粮食\t12.5', '全区']
 */
export function runsToLines(runs: readonly PdfTextRun[]): string[] {
  const sorted = runs.filter((r) => r.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextRun[][] = [];
  for (const run of sorted) {
    const current = groups[groups.length - 1];
    const anchor = current?.[0];
    if (current !== undefined && anchor !== undefined && Math.abs(anchor.y - run.y) <= SAME_LINE_EM * Math.max(anchor.size, run.size, 1)) {
      current.push(run);
    } else {
      groups.push([run]);
    }
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x - b.x);
    let line = '';
    let prev: PdfTextRun | null = null;
    for (const run of group) {
      const str = run.str.replace(/\s+/g, ' ');
      if (prev !== null) {
        const gap = run.x - (prev.x + prev.width);
        const em = Math.max(prev.size, run.size, 1);
        if (gap > CELL_GAP_EM * em) line = `${line.trimEnd()}\t`;
        else if (gap > WORD_GAP_EM * em && isLatin(line.at(-1)) && isLatin(str.trimStart()[0])) line += ' ';
      }
      line += line.endsWith('\t') ? str.trimStart() : str;
      prev = run;
    }
    return line.trim();
  });
}

interface TextItemLike {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
}

const isTextItem = (item: object): item is TextItemLike => 'str' in item && 'transform' in item;

/**
 * Reads a PDF's text layer: lines in reading order, pages separated by a blank line.
 *
 * @example
 * await readPdf(await readFile('test/fixtures/inputs/boshan.pdf'), 'boshan.pdf');
 * // '关于博山区2023年国民经济和社会发展计划执行情况与2024年计划（草案）的报告\n——2024年1月9日在博山区\n…'
 */
export async function readPdf(bytes: Uint8Array, path: string): Promise<string> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdfjs transfers (detaches) the buffer it is given; keep the caller's bytes intact.
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    isOffscreenCanvasSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    cMapUrl: pdfDataDir('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: pdfDataDir('standard_fonts'),
  });
  const pages: string[] = [];
  try {
    const doc = await task.promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs: PdfTextRun[] = [];
      for (const item of content.items) {
        if (!isTextItem(item)) continue;
        const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
        runs.push({ str: item.str, x, y, width: item.width, size: Math.hypot(c, d) });
      }
      page.cleanup();
      const text = runsToLines(runs).join('\n');
      if (text !== '') pages.push(text);
    }
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const reason = name === 'PasswordException' ? 'encrypted .pdf: password required' : `corrupt .pdf: ${shortReason(error)}`;
    throw new InputError(path, reason, { cause: error });
  } finally {
    await task.destroy();
  }
  if (pages.length === 0) throw new InputError(path, 'no text layer in PDF (scanned?)');
  return pages.join('\n\n');
}
