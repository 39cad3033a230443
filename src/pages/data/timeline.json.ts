import type { APIRoute } from 'astro';
import { getGraph } from '../../lib/content.ts';
import { toTimelineJs } from '../../lib/formats/timelinejs.ts';
import { absoluteLinks } from '../../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => Response.json(toTimelineJs(await getGraph(), absoluteLinks(site)));
