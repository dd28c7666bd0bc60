import mammoth from 'mammoth';
import { InputError, shortReason } from './input-error.js';
import { htmlToText } from './read-html.js';
import { assertInflatedSize } from './decode.js';
import { inflatedSize } from './zip-size.js';

/**
 * Reads a .docx file's bytes into report text. Goes through mammoth's HTML rather than its
 * raw text because only the HTML keeps tables: each row becomes one TAB-joined line.
 *
 * @example
 * await readDocx(await readFile('test/fixtures/inputs/boshan.docx'), 'boshan.docx');
 * // '关于博山区2023年国民经济和社会发展计划执行情况与2024年计划（草案）的报告\n\n…'
 */
export async function readDocx(bytes: Uint8Array, path: string, maxBytes?: number): Promise<string> {
  // checked before mammoth inflates anything: a 1.4 MB .docx can hold 418 MB of XML
  const inflated = inflatedSize(bytes);
  if (inflated !== null) assertInflatedSize(path, inflated, maxBytes);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images would become data URIs in the HTML: large, and never text.
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })), externalFileAccess: false },
    );
    html = result.value;
  } catch (error) {
    throw new InputError(path, `corrupt .docx: ${shortReason(error)}`, { cause: error });
  }
  const text = htmlToText(html);
  if (text.trim() === '') throw new InputError(path, 'no text in .docx');
  return text;
}
