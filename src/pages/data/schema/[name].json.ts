import type { APIRoute, GetStaticPaths } from 'astro';
import { openDataJsonSchema } from '../../../formats/json-schema.ts';
import { absoluteLinks } from '../../../core/urls.ts';
import { OPEN_DATA_NAMES, type OpenDataName } from '../../../schemas/open-data.ts';

export const getStaticPaths = (() => OPEN_DATA_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const name = params.name as OpenDataName;
  const schema = openDataJsonSchema(name, absoluteLinks(site).page(`data/schema/${name}.json`));
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
};
