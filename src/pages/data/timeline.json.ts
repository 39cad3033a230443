import type { APIRoute } from 'astro';
import { getGraph } from '../../query/index.ts';
import { toTimelineJs } from '../../formats/timelinejs.ts';
import { absoluteLinks } from '../../core/urls.ts';

export const GET: APIRoute = async ({ site }) => Response.json(toTimelineJs(await getGraph(), absoluteLinks(site)));
