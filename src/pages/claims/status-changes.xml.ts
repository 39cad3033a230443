import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getGraph } from '../../lib/content.ts';
import { statusChangeItems } from '../../lib/formats/feeds.ts';
import { absoluteLinks } from '../../lib/urls.ts';

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
