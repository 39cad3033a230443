import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getGraph } from '../../query/index.ts';
import { statusChangeItems } from '../../formats/feeds.ts';
import { absoluteLinks } from '../../core/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const links = absoluteLinks(site);
  return rss({
    title: 'Claim Desk: claim status changes',
    description: 'Each time a claim is rated or its status changes, with the reason, newest first.',
    site: links.site,
    items: statusChangeItems(await getGraph(), links),
    customData: '<language>en</language>',
    trailingSlash: true,
  });
};
