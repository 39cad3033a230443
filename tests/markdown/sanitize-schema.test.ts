import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { sanitizeSchema } from '../../src/markdown/sanitize-schema.ts';

/** Sanitises parsed HTML, as if raw HTML had got past remark-drop-html. */
const clean = (html: string) => {
  const processor = unified().use(rehypeSanitize, sanitizeSchema).use(rehypeStringify);
  return processor.stringify(processor.runSync(fromHtml(html, { fragment: true })) as Root);
};

describe('sanitizeSchema', () => {
  test('drops script, style, frames, objects, forms and SVG, with their script', () => {
    expect(
      clean(
        '<script>alert(1)</script><style>p{}</style><iframe src="https://x.example/"></iframe><object data="x"></object><embed src="x"><form action="https://x.example/"><input name="q"></form><svg onload="alert(2)"><circle r="1"/></svg><math><mi>x</mi></math>',
      ),
    ).toBe('x');
  });

  test('drops event handlers, style and unknown attributes but keeps the element', () => {
    expect(clean('<p style="position:fixed" onclick="alert(1)" class="evil" data-x="1">Text <img src="https://x.example/a.png" onerror="alert(2)" alt="a"></p>')).toBe(
      '<p>Text <img src="https://x.example/a.png" alt="a"></p>',
    );
  });

  test('drops URLs whose scheme is not http, https or mailto, however they are written', () => {
    expect(
      clean('<a href="javascript:alert(1)">a</a><a href="JaVaScRiPt:alert(2)">b</a><a href=" javascript:alert(3)">c</a><a href="&#106;avascript:alert(4)">d</a><a href="data:text/html,x">e</a><img src="data:image/png;base64,AA" alt="f">'),
    ).toBe('<a>a</a><a>b</a><a>c</a><a>d</a><a>e</a><img alt="f">');
  });

  test('drops HTML comments', () => {
    expect(clean('<p>a<!-- <script>alert(1)</script> -->b</p>')).toBe('<p>ab</p>');
  });

  test('keeps what the plugins make: claims, citations, party and heading links', () => {
    const html =
      '<div class="heading"><h2 id="section-a">A</h2><a class="heading-link" href="#section-a"><span aria-hidden="true">#</span><span class="visually-hidden">Link</span></a></div>' +
      '<p><span class="claim" data-claim-id="c"><span class="claim-passage">x</span><a class="claim-status status-disputed" href="/claims/c/"><span class="claim-status-icon" aria-hidden="true"></span><span class="claim-status-word">Disputed</span></a></span>' +
      '<sup class="citation"><a href="#source-s" id="cite-s-1" title="S">1</a></sup> <a class="party" href="/parties/p/" data-party-id="p">P</a> ' +
      '<a href="https://example.org/" rel="noopener noreferrer">out</a></p>';
    expect(clean(html)).toBe(html);
  });
});
