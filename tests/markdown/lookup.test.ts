import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/loader/load-content.ts';
import type { ContentGraph } from '../../src/graph/graph.ts';
import { createLookup } from '../../src/markdown/lookup.ts';
import { lookupFacts } from '../../src/graph/lookup-facts.ts';

const root = path.resolve(import.meta.dirname, '../..');
let graph: ContentGraph;
beforeAll(async () => {
  ({ graph } = await loadContent(path.join(root, 'tests/fixtures/site/content'), root));
});

describe('createLookup of the facts of a graph (lookupFacts)', () => {
  test('returns a claim\'s current status, in words, and its claimant\'s name', () => {
    expect(createLookup(lookupFacts(graph)).claim('vale-berths-promise')).toEqual({ status: 'disputed', statusLabel: 'Disputed', by: 'by Dora Vale' });
  });

  test('returns source titles and party names, and undefined for unknown ids', () => {
    const lookup = createLookup(lookupFacts(graph));
    expect(lookup.source('vale-interview')).toEqual({ title: 'Interview with Dora Vale' });
    expect(lookup.party('minister-vale')).toEqual({ name: 'Dora Vale' });
    expect([lookup.claim('nope'), lookup.source('nope'), lookup.party('nope')]).toEqual([undefined, undefined, undefined]);
  });

  test('returns the known ids of each kind', () => {
    const { known } = createLookup(lookupFacts(graph));
    expect([...known.claims].sort()).toEqual(['council-no-berths', 'vale-berths-promise']);
    expect([...known.sources].sort()).toEqual(['council-statement', 'vale-interview']);
    expect([...known.parties].sort()).toEqual(['harbour-council', 'minister-vale', 'ruritania-government']);
  });

  test('returns the same answers from the graph\'s facts as from the graph', () => {
    const fromFacts = createLookup(lookupFacts(graph));
    expect(fromFacts.claim('vale-berths-promise')).toEqual(createLookup(lookupFacts(graph)).claim('vale-berths-promise'));
    expect([fromFacts.source('vale-interview'), fromFacts.party('minister-vale')]).toEqual([{ title: 'Interview with Dora Vale' }, { name: 'Dora Vale' }]);
    expect(fromFacts.known).toEqual(createLookup(lookupFacts(graph)).known);
  });
});
