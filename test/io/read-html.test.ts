import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { InputError, decodeBytes, declaredCharset, htmlToText, readHtml } from '../../src/io/index.js';
import { maxNesting } from '../../src/io/read-html.js';
import { findTextTables } from '../../src/structure/tables.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/inputs/${name}`, import.meta.url));

describe('htmlToText', () => {
  test.each([
    {
      name: 'scripts, styles, head and templates vanish',
      html: '<html><head><title>标题</title><style>p{}</style></head><body><script>var a="脚本";</script><p>正文</p><template><p>模板</p></template><noscript>无脚本</noscript></body></html>',
      text: '正文',
    },
    { name: 'paragraphs become lines with a blank line between', html: '<p>第一段</p><p>第二段</p>', text: '第一段\n\n第二段' },
    { name: 'br and li end a line only', html: '<div>甲<br>乙</div><ul><li>一</li><li>二</li></ul>', text: '甲\n乙\n\n一\n二' },
    { name: 'entities decode', html: '<p>A&amp;B &lt;C&gt; &#8226; &quot;引号&quot;</p>', text: 'A&B <C> • "引号"' },
    { name: 'runs of spaces and newlines collapse', html: '<p>  地区生产总值\n   完成   282亿元  </p>', text: '地区生产总值 完成 282亿元' },
    { name: 'nbsp and full-width indentation are trimmed', html: '<p>&nbsp;　　同比增长6%</p>', text: '同比增长6%' },
    { name: 'inline markup joins without breaks', html: '<p>增长<b>6</b><span>%</span></p>', text: '增长6%' },
    {
      name: 'table rows become TAB-joined lines',
      html: '<table><tr><th>指标</th><th>完成额</th></tr><tr><td>地区生产总值</td><td><p>282</p></td></tr></table>',
      text: '指标\t完成额\n地区生产总值\t282',
    },
    { name: 'an empty top-left cell keeps its column', html: '<table><tr><td></td><td>2023年</td></tr><tr><td>收入</td><td>18.95</td></tr></table>', text: '\t2023年\n收入\t18.95' },
    { name: 'pre keeps its spacing', html: '<pre>粮食    12345\n油料     3100</pre>', text: '粮食    12345\n油料     3100' },
    { name: 'unclosed tags do not throw', html: '<div><p>未闭合<b>加粗<p>下一段', text: '未闭合加粗\n\n下一段' },
    { name: 'markup without text', html: '<html><head><script>1</script></head><body><img src="a.png"></body></html>', text: '' },
  ])('$name', ({ html, text }) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe('declaredCharset', () => {
  test.each([
    ['<meta charset="gbk">', 'gb18030'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=GB2312" />', 'gb18030'],
    ["<meta charset='big5'>", 'big5'],
    ['<META CHARSET=UTF-8>', 'utf-8'],
    ['<?xml version="1.0" encoding="gb18030"?><html>', 'gb18030'],
    ['<meta name="description" content="charset 说明">', null],
    ['<meta charset="shift_jis">', null],
    ['<p>no meta</p>', null],
  ])('%s → %s', (head, expected) => {
    expect(declaredCharset(Buffer.from(head))).toBe(expected);
  });
});

describe('readHtml', () => {
  test('the GBK fixture: declared charset, scripts dropped, table kept', () => {
    const { text, encoding } = readHtml(fixture('boshan.html'), 'boshan.html');
    expect(encoding).toBe('gb18030');
    expect(text).not.toContain('脚本中的文字');
    expect(text).not.toContain('text-indent');
    expect(text).not.toContain('请启用脚本');
    expect(text.startsWith('关于博山区2023年')).toBe(true);
    const tables = findTextTables(text);
    expect(tables).toHaveLength(1);
    expect(tables[0]?.rows.map((r) => r.label.text)).toEqual(['地区生产总值', '一般公共预算收入', '固定资产投资', '外贸进出口']);
    expect(tables[0]?.unit).toBe('亿元');
  });

  test('the declared charset wins over detection', () => {
    // GBK bytes that also form valid Big5: detection says gb18030, the page says big5.
    const body = iconv.encode('<p>同比增长</p>', 'gbk');
    expect(decodeBytes(body, 'a.html').encoding).toBe('gb18030');
    const page = Buffer.concat([Buffer.from('<meta charset="big5">'), body]);
    const { text, encoding } = readHtml(page, 'a.html');
    expect(encoding).toBe('big5');
    expect(text).toBe(iconv.decode(body.subarray(3, -4), 'big5'));
  });

  test('a wrong utf-8 declaration falls back to detection', () => {
    const html = '<meta charset="utf-8"><p>预计全区地区生产总值完成282亿元，同比增长6%</p>';
    const { text, encoding } = readHtml(iconv.encode(html, 'gbk'), 'a.html');
    expect(encoding).toBe('gb18030');
    expect(text).toBe('预计全区地区生产总值完成282亿元，同比增长6%');
  });

  test('malformed.html keeps its text', () => {
    const { text } = readHtml(fixture('malformed.html'), 'malformed.html');
    for (const part of ['预计全区地区生产总值完成282亿元', '同比增长16.29%', '固定资产投资\t93.8', '外贸进出口完成48.5亿元 & 同比增长3.4%', '<结束>']) {
      expect(text).toContain(part);
    }
  });

  test.each([
    { name: 'no text at all', bytes: Buffer.from('<html><body><script>x()</script></body></html>'), reason: 'no text in HTML' },
    { name: 'empty file', bytes: Buffer.alloc(0), reason: 'empty file (0 bytes)' },
  ])('$name → InputError "$reason"', ({ bytes, reason }) => {
    expect(() => readHtml(bytes, 'a.html')).toThrow(InputError);
    expect(() => readHtml(bytes, 'a.html')).toThrow(`a.html: ${reason}`);
  });
});

describe('deep markup', () => {
  test('5,000 and 20,000 nested divs: no stack overflow, the text is read', () => {
    const page = (depth: number): Buffer =>
      Buffer.from(`<html><body>${'<div>'.repeat(depth)}<p>全区地区生产总值完成282亿元，同比增长6%。</p>${'</div>'.repeat(depth)}</body></html>`);
    for (const depth of [5_000, 20_000]) expect(readHtml(page(depth), 'deep.html').text).toBe('全区地区生产总值完成282亿元，同比增长6%。');
  });

  test.each([
    ['<div><div><p>a</p></div></div>', 2],
    ['<ul><li>a<li>b<li>c</ul>', 1],
    ['<p>a<br>b<img src=x><hr/></p>', 0],
  ])('maxNesting(%s) = %i', (html, depth) => {
    expect(maxNesting(html)).toBe(depth);
  });
});
