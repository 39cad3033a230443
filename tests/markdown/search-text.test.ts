import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { searchText } from '../../src/markdown/search-text.ts';

describe('searchText', () => {
  test('returns the text a reader reads, block by block, without citation numbers or heading links', () => {
    const tree = fromHtml(
      '<div class="heading"><h2 id="section-deal">The deal</h2><a class="heading-link" href="#section-deal"><span aria-hidden="true">#</span><span class="visually-hidden">Link to the section “The deal”</span></a></div>\n' +
        '<p>It was a <strong>deal</strong>.<sup class="citation">[<a href="#source-a"><span class="visually-hidden">Source </span>1</a>]</sup></p>',
      { fragment: true },
    );
    expect(searchText(tree)).toBe('The deal\nIt was a deal.');
  });
});
