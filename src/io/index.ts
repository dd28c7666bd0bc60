export { InputError, shortReason } from './input-error.js';
export { MAGIC_RULES, isDocxZip, sniffMagic, type MagicKind, type MagicRule } from './magic.js';
export {
  BINARY_CONTENT,
  DEFAULT_MAX_BYTES,
  EMPTY_FILE,
  UNDECODABLE,
  assertSize,
  assertTextLike,
  badCharRatio,
  decodeAs,
  decodeBytes,
  detectBom,
  detectUtf16ByNuls,
  isStrictUtf8,
  legacyScore,
  type DecodedText,
  type TextEncoding,
} from './decode.js';
export { declaredCharset, htmlToText, readHtml } from './read-html.js';
export { readDocx } from './read-docx.js';
export { readPdf, runsToLines, type PdfTextRun } from './read-pdf.js';
export { toSimplifiedView } from './traditional.js';
export {
  EXTENSION_FORMATS,
  detectFormat,
  listInputs,
  loadDocument,
  type InputFormat,
  type InputListing,
  type LoadOptions,
  type LoadedDocument,
} from './load-document.js';
