import type { APIRoute } from 'astro';
import { absoluteLinks } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteLinks(site).page('sitemap-index.xml')}\n`);
