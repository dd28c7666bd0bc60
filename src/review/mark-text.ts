import { escapeHtml } from './escape-html.js';

/**
 * One element to wrap around a range of the text. `open`/`close` are finished HTML (built by
 * the caller from escaped values); `resume` opens a continuation piece when a range has to be
 * split because it crosses the end of another (see markText). A zero-width mark (start ===
 * end) is written as `open + close` at its place: an anchor.
 */
export interface TextMark {
  readonly start: number;
  readonly end: number;
  readonly open: string;
  readonly close: string;
  readonly resume: string;
  /** Among marks with the same range, the lower rank is the outer element. */
  readonly rank: number;
}

function byNesting(a: TextMark, b: TextMark): number {
  return a.start - b.start || b.end - a.end || a.rank - b.rank;
}

/**
 * Writes `text` as escaped HTML with every mark wrapped around its range, properly nested.
 * Ranges that contain one another nest; a range that starts inside another and ends after it
 * (two list items sharing a growth clause: `386.2亿元、297.5亿元，分别增长12.6%、9.8%`) is
 * split: its piece after the other's end opens with `resume`, so the first piece keeps the
 * mark's own attributes and a page still has exactly one `open` per mark.
 *
 * @example
 * markText('GDP 282亿元', [{ start: 4, end: 9, open: '<b>', close: '</b>', resume: '<b>', rank: 0 }]);
 * // 'GDP <b>282亿元</b>'
 */
export function markText(text: string, marks: readonly TextMark[], from = 0, to = text.length): string {
  const sorted = [...marks].sort(byNesting);
  const out: string[] = [];
  const stack: TextMark[] = [];
  let at = from;
  const writeTo = (position: number): void => {
    if (position > at) out.push(escapeHtml(text.slice(at, position)));
    at = Math.max(at, position);
  };
  // Close every open mark that ends at or before `position`, earliest end first; marks above it
  // on the stack that end later are closed with it and reopened as continuation pieces.
  const closeThrough = (position: number): void => {
    for (;;) {
      let earliest = Infinity;
      for (const open of stack) earliest = Math.min(earliest, open.end);
      if (earliest > position || stack.length === 0) return;
      writeTo(earliest);
      const reopen: TextMark[] = [];
      while (stack.some((open) => open.end === earliest)) {
        const top = stack.pop() as TextMark;
        out.push(top.close);
        if (top.end > earliest) reopen.unshift(top);
      }
      for (const mark of reopen) {
        out.push(mark.resume);
        stack.push(mark);
      }
    }
  };
  for (const mark of sorted) {
    closeThrough(mark.start);
    writeTo(mark.start);
    if (mark.end <= mark.start) {
      out.push(mark.open, mark.close);
      continue;
    }
    out.push(mark.open);
    stack.push(mark);
  }
  closeThrough(Infinity);
  writeTo(to);
  return out.join('');
}
