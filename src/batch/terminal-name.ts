/** Control characters (C0, DEL, C1) and the line and paragraph separators, which move a terminal's cursor or end a line. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A file name made safe to print on a terminal: control characters become visible escapes
 * (`\n`, `\x1b`), so a name cannot move the cursor, recolour the screen or split a message
 * line in two. Everything else, Chinese included, is printed as is.
 *
 * @example
 * terminalName('a\u001b[31mred\n.txt'); // 'a\\x1b[31mred\\n.txt'
 */
export function terminalName(name: string): string {
  return name.replace(CONTROL, (ch) => NAMED[ch] ?? `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
