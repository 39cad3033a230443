import { describe, expect, test } from 'vitest';
import { ABSENT, contentDigests } from '../../src/build/content-digests.ts';
import { fixtureGraph } from '../fixtures/graph.ts';

const text = (body: string) => () => new TextEncoder().encode(body);

describe('contentDigests', () => {
  test('gives an entity a digest of its node, which changes with it, and `-` to one that is not there', () => {
    const graph = fixtureGraph();
    const before = contentDigests(graph).of('party:hamas');
    graph.parties.get('hamas')!.data.name = 'Renamed';
    expect(contentDigests(graph).of('party:hamas')).not.toBe(before);
    expect(contentDigests(graph).of('party:nobody')).toBe(ABSENT);
  });

  test("changes an article text's digest with its file and with the facts its markers print, not with other entities", () => {
    const graph = fixtureGraph();
    const [id] = [...graph.articles.keys()];
    const body = `Said by :party{#hamas}.`;
    const first = contentDigests(graph, { read: text(body) }).of(`body:${id}`);
    expect(contentDigests(graph, { read: text(`${body} More.`) }).of(`body:${id}`)).not.toBe(first);
    graph.parties.get('steve-witkoff')!.data.name = 'Renamed';
    expect(contentDigests(graph, { read: text(body) }).of(`body:${id}`)).toBe(first);
    graph.parties.get('hamas')!.data.name = 'Renamed';
    expect(contentDigests(graph, { read: text(body) }).of(`body:${id}`)).not.toBe(first);
  });

  test('gives a whole list a digest that changes with any of its entities, and the extra keys given', () => {
    const graph = fixtureGraph();
    const before = contentDigests(graph).of('claims:*');
    graph.claims.values().next().value!.statement = 'Changed';
    expect(contentDigests(graph).of('claims:*')).not.toBe(before);
    expect(contentDigests(graph, { extra: { 'search:parts': '[""]' } }).of('search:parts')).toBe('[""]');
  });
});
