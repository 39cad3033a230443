import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getGraph } from '../query/index.ts';
import { articleFeedItems } from '../formats/feeds.ts';
import { absoluteLinks } from '../core/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const links = absoluteLinks(site);
  return rss({
    title: 'Claim Desk: articles',
    description: 'New articles, and every correction and update to them, newest first.',
    site: links.site,
    items: articleFeedItems(await getGraph(), links),
    customData: '<language>en</language>',
    trailingSlash: true,
  });
};
