import type { APIRoute, GetStaticPaths } from 'astro';
import { getGraph } from '../../query/index.ts';
import { openData } from '../../formats/open-data.ts';
import { absoluteLinks } from '../../core/urls.ts';
import { OPEN_DATA_NAMES, type OpenDataName } from '../../schemas/open-data.ts';

export const getStaticPaths = (() => OPEN_DATA_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  Response.json(openData(params.name as OpenDataName, await getGraph(), absoluteLinks(site)));
