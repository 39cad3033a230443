import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getGraph } from '../../query/index.ts';
import { statusChangeFeed } from '../../formats/feeds.ts';
import { absoluteLinks } from '../../core/urls.ts';

export const GET: APIRoute = async ({ site }) => rss(statusChangeFeed(await getGraph(), absoluteLinks(site)));
