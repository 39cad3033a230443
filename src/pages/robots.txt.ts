import type { APIRoute } from 'astro';
import { absoluteLinks } from '../core/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteLinks(site).page('sitemap-index.xml')}\n`);
