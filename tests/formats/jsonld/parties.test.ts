import { describe, expect, test } from 'vitest';
import { bylineJsonLd, partyJsonLd, publisherJsonLd } from '../../../src/formats/jsonld/parties.ts';
import { fixtureGraph, links } from '../../fixtures/graph.ts';

describe('bylineJsonLd', () => {
  test('returns a person for a name', () => {
    expect(bylineJsonLd('Jane Doe')).toEqual({ '@type': 'Person', name: 'Jane Doe' });
  });

  test('returns an organisation for a team byline', () => {
    expect(bylineJsonLd('News desk')).toEqual({ '@type': 'Organization', name: 'News desk' });
    expect(bylineJsonLd('Staff')).toEqual({ '@type': 'Organization', name: 'Staff' });
  });
});

describe('partyJsonLd', () => {
  test('returns a person for kind person and an organisation otherwise, linked to the party page', () => {
    const graph = fixtureGraph();
    expect(partyJsonLd(graph.parties.get('basem-naim')!, links)).toEqual({ '@type': 'Person', name: 'Basem Naim', url: 'https://news.example/pr-1/parties/basem-naim/' });
    expect(partyJsonLd(graph.parties.get('us-government')!, links)).toMatchObject({ '@type': 'Organization' });
  });
});

describe('publisherJsonLd', () => {
  test('returns the site as a news organisation at its root', () => {
    expect(publisherJsonLd(links)).toEqual({ '@type': 'NewsMediaOrganization', name: 'Claim Desk', url: 'https://news.example/pr-1/' });
  });
});
