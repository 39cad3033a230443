/**
 * The open data files (`/data/claims.json`, `events.json`, `parties.json`, `sources.json`): the graph's
 * records in the shapes of `src/schemas/open-data.ts`, in the graph's fixed orders, keys in schema order,
 * so two builds of the same content write the same bytes.
 */
import type { z } from 'astro/zod';
import { claimSchema } from '../schemas/claim.ts';
import { eventSchema } from '../schemas/event.ts';
import type { ClaimRecord, EventRecord, OpenData, OpenDataName, PartyRecord, SourceRecord } from '../schemas/open-data.ts';
import { partySchema } from '../schemas/party.ts';
import { sourceSchema } from '../schemas/source.ts';
import type { ContentGraph } from '../graph/graph.ts';
import type { Links } from '../core/urls.ts';

/** The fields of `value` that `schema` declares, in the schema's order, leaving out absent ones. */
function pick<T extends z.ZodObject>(schema: T, value: object): z.output<T> {
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(schema.shape)) if (source[key] !== undefined) out[key] = source[key];
  return out as z.output<T>;
}

const builders: { [K in OpenDataName]: (graph: ContentGraph, links: Links) => OpenData[K] } = {
  claims: (graph, links) => ({
    claims: [...graph.claims.values()].map(
      (claim): ClaimRecord => ({
        ...pick(claimSchema, claim),
        page: links.claim(claim.id),
        article: claim.article,
        status: claim.status,
        statusDate: claim.statusDate,
      }),
    ),
  }),
  events: (graph) => ({
    events: [...graph.events.values()].map((event): EventRecord => ({ ...pick(eventSchema, event), articles: event.articles })),
  }),
  parties: (graph, links) => ({
    parties: [...graph.parties.values()].map((party): PartyRecord => {
      const { image, ...data } = pick(partySchema, party.data);
      // The picture as published: the original file, which the build copies beside the pages (src/integration/pictures.ts).
      const picture = image && { url: links.page(image.src), alt: image.alt, credit: image.credit, ...(image.license ? { license: image.license } : {}) };
      return { id: party.id, page: links.party(party.id), ...data, ...(picture ? { image: picture } : {}) };
    }),
  }),
  sources: (graph, links) => ({
    sources: [...graph.sources.values()].map((source): SourceRecord => ({ id: source.id, page: links.source(source.id), ...pick(sourceSchema, source.data) })),
  }),
};

/** The content of `/data/<name>.json`. */
export function openData<K extends OpenDataName>(name: K, graph: ContentGraph, links: Links): OpenData[K] {
  return builders[name](graph, links);
}
