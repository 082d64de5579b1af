import { describe, expect, it } from 'vitest';

import { findDisallowedMarkup } from './find-disallowed-markup';
import { htmlToPlainText } from './html-to-plain-text';
import { isAllowedHref } from './rich-text-policy';
import { sanitizeRichText } from './sanitize-rich-text';

describe('sanitizeRichText', () => {
  it('keeps the allowed structure', () => {
    const html =
      '<h2>Care</h2><p>Wash <strong>cold</strong>, dry <em>flat</em>.</p><ul><li>One</li></ul><ol><li>Two</li></ol><blockquote>Quote</blockquote><p>Line<br />break</p><pre><code>x = 1</code></pre><h3>Sub</h3><h4>Minor</h4>';
    expect(sanitizeRichText(html)).toBe(html);
  });

  it('drops script elements with their content', () => {
    expect(sanitizeRichText('<p>Hi</p><script>alert(1)</script>')).toBe('<p>Hi</p>');
    expect(sanitizeRichText('<SCRIPT src="//evil.example/x.js"></SCRIPT><p>ok</p>')).toBe(
      '<p>ok</p>',
    );
  });

  it('drops event handlers and style attributes', () => {
    expect(sanitizeRichText('<p onclick="steal()" style="color:red">Hi</p>')).toBe('<p>Hi</p>');
    expect(sanitizeRichText('<img src="x" onerror="alert(1)"><p>After</p>')).toBe('<p>After</p>');
  });

  it('removes javascript: and data: links but keeps their text', () => {
    expect(sanitizeRichText('<a href="javascript:alert(1)">Click</a>')).toBe('Click');
    expect(sanitizeRichText('<a href="  JaVaScRiPt:alert(1)">Click</a>')).toBe('Click');
    expect(sanitizeRichText('<a href="java&#x09;script:alert(1)">Click</a>')).toBe('Click');
    expect(sanitizeRichText('<a href="data:text/html,<script>alert(1)</script>">x</a>')).toBe('x');
    expect(sanitizeRichText('<a href="//evil.example/">x</a>')).toBe('x');
  });

  it('drops frames, objects, forms, styles and svg with their content', () => {
    const html =
      '<iframe src="https://evil.example"><p>fallback</p></iframe><object data="x">o</object><style>p{}</style><svg><script>alert(1)</script></svg><form action="/x"><input name="a"></form><p>Kept</p>';
    expect(sanitizeRichText(html)).toBe('<p>Kept</p>');
  });

  it('marks external links nofollow and leaves internal ones alone', () => {
    expect(sanitizeRichText('<a href="https://example.com" target="_blank">Out</a>')).toBe(
      '<a href="https://example.com" rel="noopener noreferrer nofollow">Out</a>',
    );
    expect(sanitizeRichText('<a href="/pages/about" rel="opener">About</a>')).toBe(
      '<a href="/pages/about">About</a>',
    );
    expect(sanitizeRichText('<a href="mailto:hello@example.com">Mail</a>')).toBe(
      '<a href="mailto:hello@example.com">Mail</a>',
    );
  });

  it('maps pasted formatting onto allowed tags', () => {
    expect(sanitizeRichText('<h1>Title</h1><div><b>bold</b> <i>it</i><span>s</span></div>')).toBe(
      '<h2>Title</h2><p><strong>bold</strong> <em>it</em>s</p>',
    );
  });

  it('is idempotent', () => {
    const once = sanitizeRichText(
      '<p>a &amp; b < c <a href="https://x.example">x</a></p><script>1</script>',
    );
    expect(sanitizeRichText(once)).toBe(once);
  });
});

describe('findDisallowedMarkup', () => {
  it('reports scripts, handlers, styles and bad links', () => {
    expect(
      findDisallowedMarkup(
        '<p style="x" onmouseover="y">a</p><script>1</script><a href="javascript:alert(1)">b</a><iframe></iframe>',
      ),
    ).toEqual([
      'the style attribute is not allowed',
      'the onmouseover attribute is not allowed',
      '<script> is not allowed',
      'links must be web addresses, mailto: or paths on this store',
      '<iframe> is not allowed',
    ]);
  });

  it('accepts clean rich text and harmless formatting', () => {
    expect(
      findDisallowedMarkup(
        '<h2>Hi</h2><p class="x"><span>a</span> <b>b</b> <a href="/faq">faq</a></p>',
      ),
    ).toEqual([]);
  });
});

describe('isAllowedHref', () => {
  it.each(['/pages/about', '#faq', '?q=1', 'https://example.com', 'mailto:a@b.c', 'about'])(
    'allows %s',
    (href) => {
      expect(isAllowedHref(href)).toBe(true);
    },
  );

  it.each([
    'javascript:alert(1)',
    ' java\tscript:alert(1)',
    'data:text/html,x',
    'vbscript:x',
    '//evil.example',
    '/\\evil.example',
    '',
    'tel:+1',
  ])('refuses %j', (href) => {
    expect(isAllowedHref(href)).toBe(false);
  });
});

describe('htmlToPlainText', () => {
  it('keeps the words, drops markup and scripts, and undoes escaping', () => {
    expect(
      htmlToPlainText(
        '<h2>Fit &amp; feel</h2><p>Soft <strong>merino</strong> &lt;wool&gt;.</p><script>alert(1)</script><ul><li>Warm</li><li>Light</li></ul>',
      ),
    ).toBe('Fit & feel Soft merino <wool>. Warm Light');
  });

  it('cuts at a word boundary with an ellipsis', () => {
    expect(htmlToPlainText('<p>Twelve hours of battery, and then some more.</p>', 28)).toBe(
      'Twelve hours of battery…',
    );
    expect(htmlToPlainText('<p>Short</p>', 28)).toBe('Short');
  });
});
