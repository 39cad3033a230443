import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../src/graph/graph.ts';
import { idForName, withNameHint } from '../../src/loader/name-hints.ts';
import { partySchema } from '../../src/schemas/party.ts';
import { sourceSchema } from '../../src/schemas/source.ts';

const graph = buildGraph({
  articles: [],
  parties: [{ id: 'steve-witkoff', data: partySchema.parse({ name: 'Steve Witkoff', kind: 'person', description: 'Envoy.', aliases: ['Witkoff'] }) }],
  sources: [{ id: 'naim-interview', data: sourceSchema.parse({ title: 'Interview with Basem Naim', kind: 'interview', published: '2025-05-16' }) }],
});
const notAnId = (written: string) => `must be lower-case letters, digits and single hyphens, such as \`basem-naim\` (got "${written}")`;

describe('idForName', () => {
  test('returns the id of the party with that name or alias, or of the source with that title, whatever the case', () => {
    expect(idForName(graph, 'party', 'Steve Witkoff')).toBe('steve-witkoff');
    expect(idForName(graph, 'party', 'witkoff')).toBe('steve-witkoff');
    expect(idForName(graph, 'source', 'interview with  Basem Naim')).toBe('naim-interview');
  });

  test('returns nothing for a name nobody has, or a party name where a source belongs', () => {
    expect(idForName(graph, 'party', 'Nobody Known')).toBeUndefined();
    expect(idForName(graph, 'source', 'Steve Witkoff')).toBeUndefined();
  });
});

describe('withNameHint', () => {
  test('returns the id rule\'s message with the matching id offered, for fields that name a party or a source', () => {
    expect(withNameHint(graph, { path: ['claims', 0, 'claimant'], message: notAnId('Steve Witkoff') })).toBe(`${notAnId('Steve Witkoff')}; did you mean "steve-witkoff"?`);
    expect(withNameHint(graph, { path: ['events', 1, 'sources', 0], message: notAnId('Interview with Basem Naim') })).toMatch(/did you mean "naim-interview"\?$/);
  });

  test('returns other messages, and other fields, as they were', () => {
    expect(withNameHint(graph, { path: ['claims', 0, 'id'], message: notAnId('Steve Witkoff') })).toBe(notAnId('Steve Witkoff'));
    expect(withNameHint(graph, { path: ['claims', 0, 'claimant'], message: 'unknown party "x"' })).toBe('unknown party "x"');
  });
});
