/**
 * Escaping for every string that reaches a page from a report or a document: its text, names,
 * titles, messages, ids. Text and attribute values share one escape (quotes included), so a
 * value can never close the attribute or the element it sits in.
 */
const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const SPECIAL = /[&<>"']/g;

/**
 * @example
 * escapeHtml('<img src=x onerror="alert(1)">'); // '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
 */
export function escapeHtml(value: string): string {
  return value.replace(SPECIAL, (c) => HTML_ESCAPES[c] as string);
}

/**
 * JSON for a `<script type="application/json">` block: `<` is written as `\u003c`, so neither
 * `</script>` nor `<!--` inside a report's text can end or confuse the block; U+2028/2029 too,
 * for readers that still treat them as line ends.
 *
 * @example
 * jsonForScript({ text: '</script>' }); // '{"text":"\\u003c/script>"}'
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
