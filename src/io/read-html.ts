import { load } from 'cheerio';
import {
  assertTextLike,
  badCharRatio,
  decodeAs,
  decodeBytes,
  detectBom,
  detectUtf16ByNuls,
  isStrictUtf8,
  type DecodedText,
  type TextEncoding,
} from './decode.js';
import { InputError } from './input-error.js';

/** The part of a parsed DOM node the text walk needs (cheerio's domhandler nodes fit it). */
interface DomNode {
  readonly type: string;
  readonly name?: string;
  readonly data?: string;
  readonly children?: readonly DomNode[];
}

/** Elements whose content is never report text. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'object', 'iframe', 'canvas', 'select',
]);

/** Elements that end a paragraph: a blank line, like the paragraphs of a plain-text report. */
const PARAGRAPH_BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'nav', 'aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'pre', 'table', 'ul', 'ol', 'dl', 'figure', 'figcaption', 'form', 'fieldset', 'address', 'hr', 'center',
]);

/** Elements that end a line only. */
const LINE_BLOCKS = new Set(['br', 'li', 'dt', 'dd', 'tr', 'caption', 'option', 'legend']);

const CHARSETS: Readonly<Record<string, TextEncoding>> = {
  'utf-8': 'utf-8', utf8: 'utf-8',
  gbk: 'gb18030', gb2312: 'gb18030', gb18030: 'gb18030', 'x-gbk': 'gb18030', cp936: 'gb18030', 'euc-cn': 'gb18030',
  big5: 'big5', 'big5-hkscs': 'big5', 'x-x-big5': 'big5', cp950: 'big5',
  'utf-16': 'utf-16le', 'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be',
};

/** Collects text as lines; a pending break of 2 becomes one blank line. */
class LineSink {
  private readonly lines: string[] = [];
  private line = '';
  private pending: 0 | 1 | 2 = 0;

  write(text: string, preformatted: boolean): void {
    if (preformatted) {
      const parts = text.split(/\r?\n/);
      parts.forEach((part, i) => {
        if (i > 0) this.endLine(true);
        this.append(part);
      });
      return;
    }
    let collapsed = text.replace(/[ \t\n\r\f\u00a0]+/g, ' ');
    if (this.line === '' || /[ \t]$/.test(this.line)) collapsed = collapsed.replace(/^ /, '');
    this.append(collapsed);
  }

  /** Appends a prepared line (a table row) as a line of its own. */
  writeLine(text: string): void {
    this.lineBreak(1);
    this.append(text);
    this.lineBreak(1);
  }

  lineBreak(level: 1 | 2): void {
    if (this.line !== '') this.endLine(false);
    if (level > this.pending) this.pending = level;
  }

  finish(): string[] {
    if (this.line !== '') this.endLine(false);
    return this.lines;
  }

  private append(text: string): void {
    if (text === '') return;
    if (this.line === '' && this.pending > 0 && this.lines.length > 0) {
      if (this.pending === 2 && this.lines[this.lines.length - 1] !== '') this.lines.push('');
    }
    this.pending = 0;
    this.line += text;
  }

  private endLine(keepEmpty: boolean): void {
    // Indentation (ASCII or full-width) is layout, not content.
    const cleaned = this.line.replace(/^[ \u3000]+|[ \u3000]+$/g, '');
    if (cleaned !== '' || keepEmpty) this.lines.push(cleaned);
    this.line = '';
  }
}

function elementChildren(node: DomNode, names: ReadonlySet<string>): DomNode[] {
  return (node.children ?? []).filter((child) => child.name !== undefined && names.has(child.name));
}

const CELLS = new Set(['td', 'th']);

/** Tables nested deeper than this inside cells are read as plain text (each level costs a nested walk). */
const MAX_TABLE_DEPTH = 16;

function cellText(cell: DomNode, tableDepth: number): string {
  if (tableDepth > MAX_TABLE_DEPTH) return plainText(cell).replace(/\s+/g, ' ').trim();
  const sink = new LineSink();
  walk(cell, sink, false, tableDepth);
  return sink.finish().join(' ').replace(/[\t ]+/g, ' ').trim();
}

/** All text under a node, in order, with an explicit stack. */
function plainText(node: DomNode): string {
  const parts: string[] = [];
  const stack: DomNode[] = [node];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (next.type === 'text') parts.push(next.data ?? '');
    else if (next.name === undefined || !SKIPPED.has(next.name)) for (const child of [...(next.children ?? [])].reverse()) stack.push(child);
  }
  return parts.join(' ');
}

/** One step of the walk: visit a node, or end the block an element opened. */
type WalkStep = { readonly node: DomNode; readonly preformatted: boolean } | { readonly close: 1 | 2 };

/**
 * Writes the text under `node` to the sink, blocks as line breaks and table rows as
 * TAB-joined lines. An explicit stack, not recursion: markup nested thousands deep (seen: a
 * page of 5,000 nested <div>s) would otherwise overflow the call stack.
 */
function walk(node: DomNode, sink: LineSink, preformatted: boolean, tableDepth = 0): void {
  const stack: WalkStep[] = [];
  const pushChildren = (parent: DomNode, pre: boolean): void => {
    const children = parent.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as DomNode, preformatted: pre });
  };
  pushChildren(node, preformatted);
  for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
    if ('close' in step) {
      sink.lineBreak(step.close);
      continue;
    }
    const child = step.node;
    if (child.type === 'text') {
      sink.write(child.data ?? '', step.preformatted);
      continue;
    }
    const name = child.name;
    if (name === undefined || child.type === 'comment' || child.type === 'directive' || SKIPPED.has(name)) continue;
    if (name === 'tr') {
      const cells = elementChildren(child, CELLS).map((cell) => cellText(cell, tableDepth + 1));
      // Trailing empty cells carry no column; leading ones keep the alignment.
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
      if (cells.length > 0) sink.writeLine(cells.join('\t'));
      continue;
    }
    const level = PARAGRAPH_BLOCKS.has(name) ? 2 : LINE_BLOCKS.has(name) ? 1 : null;
    if (level !== null) {
      sink.lineBreak(level);
      stack.push({ close: level });
    }
    pushChildren(child, step.preformatted || name === 'pre' || name === 'textarea');
  }
}

/** Nesting beyond which a page goes to htmlparser2; real report pages stay far below (tens). */
const MAX_PARSE5_DEPTH = 500;

/** Elements that never have an end tag, so never nest. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Elements whose end tag may be left out (a list of <li> without </li>): not counted, so they never look deep. */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'colgroup', 'caption', 'rt', 'rp']);

/**
 * An estimate of how deep the markup nests: start tags minus end tags, void, self-closed and
 * optional-end elements aside, as the largest running count. Cheap and linear.
 *
 * @example
 * maxNesting('<div><div><p>a</p></div></div>'); // 3
 */
export function maxNesting(html: string): number {
  let depth = 0;
  let max = 0;
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    const name = (match[2] as string).toLowerCase();
    if (VOID.has(name) || OPTIONAL_END.has(name)) continue;
    if (match[1] === '/') depth = Math.max(0, depth - 1);
    else if (match[3] !== '/') max = Math.max(max, ++depth);
  }
  return max;
}

/**
 * Turns HTML markup into report text: blocks become lines (paragraphs separated by a blank
 * line), table rows become one line with cells joined by TAB, scripts and styles vanish,
 * entities are decoded. Malformed markup is parsed leniently and never throws.
 *
 * @example
 * htmlToText('<p>全区地区生产总值完成282亿元</p><table><tr><td>粮食</td><td>12.5</td></tr></table>');
 * // '全区地区生产总值完成282亿元\n\n粮食\t12.5'
 */
export function htmlToText(html: string): string {
  // parse5 (cheerio's default, the browsers' algorithm) scans its stack of open elements for
  // each start tag, so markup nested thousands deep costs time quadratic in the depth (20,000
  // levels: seconds); such a page is parsed by htmlparser2, whose cost stays linear
  const $ = maxNesting(html) > MAX_PARSE5_DEPTH ? load(html, { xml: { xmlMode: false, decodeEntities: true } }) : load(html);
  const root: DomNode | undefined = $.root().get(0);
  if (root === undefined) return '';
  const sink = new LineSink();
  walk(root, sink, false);
  const lines = sink.finish();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}

/**
 * The charset a page declares in `<meta charset>`, `<meta http-equiv="Content-Type">` or an
 * XML declaration, mapped to a supported encoding; null when absent or unsupported.
 *
 * @example
 * declaredCharset(Buffer.from('<meta charset="gbk">')); // 'gb18030'
 */
export function declaredCharset(bytes: Uint8Array): TextEncoding | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const match =
    /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml\b[^>]*?encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  const name = match?.[1]?.toLowerCase();
  return name === undefined ? null : (CHARSETS[name] ?? null);
}

function decodeHtml(bytes: Uint8Array, path: string): DecodedText {
  assertTextLike(bytes, path);
  if (detectBom(bytes) !== null || detectUtf16ByNuls(bytes) !== null) return decodeBytes(bytes, path);
  const declared = declaredCharset(bytes);
  // Pages often claim utf-8 while serving GBK; a declaration the bytes contradict is ignored.
  if (declared === null || (declared === 'utf-8' && !isStrictUtf8(bytes))) return decodeBytes(bytes, path);
  if (declared === 'utf-16le' || declared === 'utf-16be') return decodeBytes(bytes, path);
  let declaredResult: DecodedText | null = null;
  try {
    declaredResult = decodeAs(bytes, declared, path);
    if (badCharRatio(declaredResult.text) === 0) return declaredResult;
  } catch {
    // too many bad characters under the declared charset: the declaration is wrong
  }
  try {
    return decodeBytes(bytes, path);
  } catch (error) {
    if (declaredResult !== null) return declaredResult;
    throw error;
  }
}

/**
 * Reads an HTML file's bytes into report text. The declared charset wins over detection.
 *
 * @example
 * readHtml(iconv.encode('<meta charset="gbk"><p>同比增长6%</p>', 'gbk'), 'a.html');
 * // { text: '同比增长6%', encoding: 'gb18030' }
 */
export function readHtml(bytes: Uint8Array, path: string): DecodedText {
  const { encoding, text: markup } = decodeHtml(bytes, path);
  const text = htmlToText(markup);
  if (text.trim() === '') throw new InputError(path, 'no text in HTML');
  return { text, encoding };
}
