import { describe, expect, test } from 'vitest';
import type { PartyNode } from '../../src/graph/graph.ts';
import { partyListIds, partyListPath, partyListTitle } from '../../src/graph/party-lists.ts';

const party: PartyNode = {
  id: 'hamas',
  data: { name: 'Hamas', kind: 'organisation', description: 'A movement.', aliases: [], affiliations: [] },
  claimsMade: ['c1', 'c2'],
  claimsAbout: ['c3'],
  events: ['e1'],
  articles: ['a1', 'a2', 'a3'],
  members: [],
};

describe('partyListIds', () => {
  test('returns the ids of the named list', () => {
    expect(partyListIds(party, 'claims-made')).toEqual(['c1', 'c2']);
    expect(partyListIds(party, 'claims-about')).toEqual(['c3']);
    expect(partyListIds(party, 'events')).toEqual(['e1']);
    expect(partyListIds(party, 'articles')).toEqual(['a1', 'a2', 'a3']);
  });
});

describe('partyListTitle', () => {
  test('returns a heading that names the party', () => {
    expect(partyListTitle('claims-made', 'Hamas')).toBe('Claims made by Hamas');
    expect(partyListTitle('claims-about', 'Hamas')).toBe('Claims about Hamas');
    expect(partyListTitle('events', 'Hamas')).toBe('Events involving Hamas');
    expect(partyListTitle('articles', 'Hamas')).toBe('Articles involving Hamas');
  });
});

describe('partyListPath', () => {
  test('returns the list path for page 1 and page/n/ after it', () => {
    expect(partyListPath('hamas', 'events')).toBe('parties/hamas/events/');
    expect(partyListPath('hamas', 'events', 3)).toBe('parties/hamas/events/page/3/');
  });
});
