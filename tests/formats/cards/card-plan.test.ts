import { describe, expect, test } from 'vitest';
import { claimHasCard, claimPageCard, parseCardKinds, planCards, shortenAtWord } from '../../../src/formats/cards/card-plan.ts';
import { fixtureGraph } from '../../fixtures/graph.ts';

describe('shortenAtWord', () => {
  test('returns short text whole, with its spaces tidied', () => {
    expect(shortenAtWord('  A  short   claim. ', 20)).toBe('A short claim.');
  });

  test('cuts at the last word that fits and adds an ellipsis, within the limit', () => {
    const cut = shortenAtWord('The harbour deal includes four new berths, promised during the May talks.', 40);
    expect(cut).toBe('The harbour deal includes four new…');
    expect([...cut].length).toBeLessThanOrEqual(40);
  });

  test('cuts inside a word only when no word boundary is in the second half', () => {
    expect(shortenAtWord('Supercalifragilisticexpialidocious indeed', 12)).toBe('Supercalifr…');
  });
});

describe('claimHasCard', () => {
  test('gives rated claims a card by default, and unverified ones only with all-claims', () => {
    expect(claimHasCard({ status: 'disputed' }, ['articles', 'rated-claims'])).toBe(true);
    expect(claimHasCard({ status: 'unverified' }, ['articles', 'rated-claims'])).toBe(false);
    expect(claimHasCard({ status: 'unverified' }, ['all-claims'])).toBe(true);
    expect(claimHasCard({ status: 'false' }, ['articles'])).toBe(false);
  });
});

describe('planCards', () => {
  test('returns a card per article and per rated claim, each at its own path', () => {
    const graph = fixtureGraph();
    const cards = planCards(graph, ['articles', 'rated-claims']);
    const rated = [...graph.claims.values()].filter((claim) => claim.status !== 'unverified');
    expect(cards.map((card) => card.path)).toEqual([
      ...[...graph.articles.keys()].map((id) => `cards/articles/${id}.png`),
      ...rated.map((claim) => `cards/claims/${claim.id}.png`),
    ]);
    expect(planCards(graph, [])).toEqual([]);
  });

  test("links an unverified claim's page to its article's card, and to none without article cards", () => {
    const graph = fixtureGraph();
    const claim = [...graph.claims.values()].find((c) => c.status === 'unverified')!;
    expect(claimPageCard(claim, graph, ['articles', 'rated-claims'])?.path).toBe(`cards/articles/${claim.article}.png`);
    expect(claimPageCard(claim, graph, ['rated-claims'])).toBeUndefined();
  });
});

describe('parseCardKinds', () => {
  test('reads a comma-separated list, none as empty, and refuses an unknown kind with the choices', () => {
    expect(parseCardKinds('articles, all-claims')).toEqual(['articles', 'all-claims']);
    expect(parseCardKinds('none')).toEqual([]);
    expect(() => parseCardKinds('claims')).toThrow('unknown share card kind "claims"; use articles, rated-claims, all-claims or none');
  });
});
