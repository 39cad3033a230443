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

  test("keeps a node's data apart from its lists: a claim added to a party changes its list, not its name", () => {
    const graph = fixtureGraph();
    const hamas = graph.parties.get('hamas')!;
    const keys = ['party:hamas', 'party.claimsMade:hamas', 'party.claimsMade.full:hamas', 'party.claimsAbout:hamas'];
    const before = keys.map((key) => contentDigests(graph).of(key));
    hamas.claimsMade = [...hamas.claimsMade, 'another'];
    const after = contentDigests(graph);
    expect(keys.map((key, i) => after.of(key) === before[i])).toEqual([true, false, true, true]);
    hamas.claimsMade = Array.from({ length: 50 }, (_, i) => `claim-${i}`);
    expect(contentDigests(graph).of('party.claimsMade.full:hamas')).toBe('true');
    expect(after.of('party.nothing:hamas')).toBe(ABSENT);
  });

  test('gives a whole list a digest of which entities it has, in order, not of their data; and the extra keys given', () => {
    const graph = fixtureGraph();
    const before = contentDigests(graph).of('claims:*');
    const first = graph.claims.values().next().value!;
    first.statement = 'Changed';
    expect(contentDigests(graph).of('claims:*')).toBe(before);
    graph.claims.delete(first.id);
    expect(contentDigests(graph).of('claims:*')).not.toBe(before);
    expect(contentDigests(graph, { extra: { 'search:parts': '[""]' } }).of('search:parts')).toBe('[""]');
  });

  test('gives the lists made once per build digests of what they were made of', () => {
    const graph = fixtureGraph();
    const keys = ['claims.status:*', 'claims.claimant:*', 'status-changes:6', 'layout:timeline'];
    const before = Object.fromEntries(keys.map((key) => [key, contentDigests(graph).of(key)]));
    const claim = graph.claims.values().next().value!;
    claim.statement = 'Changed';
    expect(keys.map((key) => contentDigests(graph).of(key) === before[key])).toEqual([true, true, true, true]);
    claim.status = claim.status === 'false' ? 'confirmed' : 'false';
    expect(contentDigests(graph).of('claims.status:*')).not.toBe(before['claims.status:*']);
    const event = graph.events.values().next().value!;
    graph.events.delete(event.id);
    expect(contentDigests(graph).of('layout:timeline')).not.toBe(before['layout:timeline']);
  });
});
