import { expect, test } from '@playwright/test';
import { check, LinkState } from 'linkinator';
import { PAGE_TYPES } from './pages.ts';

test('every internal link and #fragment of the served site resolves; external links are not fetched', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const { links } = await check({
    path: baseURL!,
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    linksToSkip: async (link) => new URL(link, baseURL).origin !== origin,
  });
  const broken = links.filter((l) => l.state === LinkState.BROKEN).map((l) => `${l.url} (status ${l.status}) linked from ${l.parent}`);
  expect(broken).toEqual([]);
  // The crawl really went through the site: a sanity check against a crawl that checked nothing.
  const checked = new Set(links.filter((l) => l.state === LinkState.OK).map((l) => l.url));
  for (const type of PAGE_TYPES.filter((t) => t.status === 200)) {
    expect(checked, `crawl reached ${type.path || '/'}`).toContain(new URL(type.path, baseURL).href);
  }
});
