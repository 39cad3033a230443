import type { ClaimFacts, ContentLookup } from '../../src/markdown/lookup.ts';

const claims: Record<string, ClaimFacts> = {
  'naim-deal': { status: 'unverified', statusLabel: 'Unverified', by: 'by Basem Naim' },
  'council-denial': { status: 'disputed', statusLabel: 'Disputed', by: 'by Harbour Council' },
};
const sources: Record<string, { title: string }> = {
  interview: { title: 'Interview with Basem Naim' },
  'un-report': { title: 'UN situation report' },
};
const parties: Record<string, { name: string }> = {
  'basem-naim': { name: 'Basem Naim' },
  hamas: { name: 'Hamas' },
};

/** A small, fixed content for the Markdown tests: two claims, two sources, two parties. */
export const lookup: ContentLookup = {
  known: { claims: new Set(Object.keys(claims)), sources: new Set(Object.keys(sources)), parties: new Set(Object.keys(parties)) },
  claim: (id) => claims[id],
  source: (id) => sources[id],
  party: (id) => parties[id],
};
