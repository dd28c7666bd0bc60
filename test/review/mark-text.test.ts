import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { markText, type TextMark } from '../../src/review/mark-text.js';

const mark = (start: number, end: number, name: string, rank = 0): TextMark => ({
  start,
  end,
  open: `<${name}>`,
  close: `</${name}>`,
  resume: `<${name}+>`,
  rank,
});

/** Undo the escaping and drop every tag: what a browser's textContent would read. */
const textOf = (html: string): string =>
  html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('markText', () => {
  test.each([
    ['no marks', 'GDP 282亿元', [], 'GDP 282亿元'],
    ['one mark', 'GDP 282亿元', [mark(4, 9, 'a')], 'GDP <a>282亿元</a>'],
    ['nested: growth inside its indicator', '产值5亿元，增长6%', [mark(0, 10, 'a'), mark(6, 10, 'g', 2)], '<a>产值5亿元，<g>增长6%</g></a>'],
    ['same range: lower rank outside', '123', [mark(0, 3, 'u', 1), mark(0, 3, 'w', 0)], '<w><u>123</u></w>'],
    ['adjacent ranges do not nest', 'ab', [mark(0, 1, 'a'), mark(1, 2, 'b')], '<a>a</a><b>b</b>'],
    ['zero-width anchor', 'ab', [mark(1, 1, 'x')], 'a<x></x>b'],
    ['escapes the text', '<b>&"\'', [mark(0, 3, 'a')], '<a>&lt;b&gt;</a>&amp;&quot;&#39;'],
  ])('%s', (_name, text, marks, expected) => {
    expect(markText(text, marks)).toBe(expected);
  });

  test('a range crossing the end of another is split, its second piece opened with resume', () => {
    // 386.2亿元、297.5亿元，分别增长12.6%、9.8%: each list item runs on to its own growth
    const html = markText('abcdef', [mark(0, 4, 'a'), mark(2, 6, 'b')]);
    expect(html).toBe('<a>ab<b>cd</b></a><b+>ef</b>');
  });

  test('marks ending together with a later-starting mark inside close innermost first', () => {
    expect(markText('abcd', [mark(0, 4, 'a'), mark(2, 4, 'b')])).toBe('<a>ab<b>cd</b></a>');
  });

  test('any set of ranges: the text reads back unchanged, every mark opens once and tags balance', () => {
    const arbitraryCase = fc.string({ minLength: 1, maxLength: 40 }).chain((text) =>
      fc.tuple(
        fc.constant(text),
        fc.array(
          fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }), fc.nat({ max: 3 })).map(([a, b, rank]) => ({
            start: Math.min(a, b),
            end: Math.max(a, b),
            rank,
          })),
          { maxLength: 12 },
        ),
      ),
    );
    fc.assert(
      fc.property(arbitraryCase, ([text, ranges]) => {
        const marks = ranges.map((r, i) => ({ ...mark(r.start, r.end, `m${i}`, r.rank) }));
        const html = markText(text, marks);
        expect(textOf(html)).toBe(text);
        const stack: string[] = [];
        for (const [, closing, name] of html.matchAll(/<(\/?)(m\d+)\+?>/g)) {
          if (closing) expect(stack.pop()).toBe(name);
          else stack.push(name as string);
        }
        expect(stack).toEqual([]);
        marks.forEach((m) => {
          expect(html.split(m.open).length - 1).toBe(1);
          // the first piece starts where the mark starts
          expect(textOf(html.slice(0, html.indexOf(m.open)))).toBe(text.slice(0, m.start));
        });
      }),
      { numRuns: 300 },
    );
  });
});
