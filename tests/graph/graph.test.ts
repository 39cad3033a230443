import { describe, expect, test } from 'vitest';
import { buildGraph, type GraphInput } from '../../src/graph/graph.ts';
import { graphIds, graphOrder } from '../../src/graph/order.ts';
import { articleSchema, type ArticleInput } from '../../src/schemas/article.ts';
import type { ClaimInput } from '../../src/schemas/claim.ts';
import { partySchema } from '../../src/schemas/party.ts';
import { sourceSchema } from '../../src/schemas/source.ts';

const party = (id: string, name: string, affiliations: { party: string; role: string }[] = []) => ({
  id,
  file: `content/parties/${id}.yaml`,
  data: partySchema.parse({ name, kind: 'person', description: `${name}.`, affiliations }),
});
const source = (id: string) => ({ id, file: `content/sources/${id}.yaml`, data: sourceSchema.parse({ title: id, kind: 'interview' }) });
const claim = (id: string, claimant: string, extra: Partial<ClaimInput> = {}): ClaimInput => ({
  id,
  claimant,
  statement: `Statement ${id}.`,
  date: '2025-05-16',
  sources: ['interview'],
  attribution: 'interview',
  assessment: [{ date: '2025-05-17', status: 'unverified', rationale: 'Not checked.' }],
  ...extra,
});
const article = (id: string, data: Partial<ArticleInput>) => ({
  id,
  file: `content/articles/${id}.md`,
  data: articleSchema.parse({ title: id, dek: 'Dek.', kind: 'report', published: '2025-05-17', byline: ['Desk'], ...data }),
});

function input(articles: GraphInput['articles']): GraphInput {
  return {
    articles,
    parties: [party('basem-naim', 'Basem Naim', [{ party: 'hamas', role: 'member of the political bureau' }]), party('hamas', 'Hamas'), party('steve-witkoff', 'Steve Witkoff')],
    sources: [source('interview')],
  };
}

describe('buildGraph', () => {
  test('indexes claims by claimant and by the parties they are about', () => {
    const graph = buildGraph(input([article('a', { claims: [claim('c1', 'basem-naim', { about: ['steve-witkoff'] })] })]));
    expect(graph.problems).toEqual([]);
    expect(graph.parties.get('basem-naim')?.claimsMade).toEqual(['c1']);
    expect(graph.parties.get('steve-witkoff')?.claimsAbout).toEqual(['c1']);
    expect(graph.sources.get('interview')?.claims).toEqual(['c1']);
    expect(graph.claims.get('c1')).toMatchObject({ article: 'a', status: 'unverified', statusDate: '2025-05-17' });
    expect(graph.articles.get('a')?.parties).toEqual(['basem-naim', 'steve-witkoff']);
    expect(graph.parties.get('hamas')?.members).toEqual([{ party: 'basem-naim', role: 'member of the political bureau' }]);
  });

  test('takes the newest assessment entry as the current status', () => {
    const assessment: ClaimInput['assessment'] = [
      { date: '2025-05-17', status: 'unverified', rationale: 'Not checked.' },
      { date: '2025-06-01', status: 'disputed', rationale: 'Denied by the envoy.' },
    ];
    const graph = buildGraph(input([article('a', { claims: [claim('c1', 'basem-naim', { assessment })] })]));
    expect(graph.claims.get('c1')).toMatchObject({ status: 'disputed', statusDate: '2025-06-01', rationale: 'Denied by the envoy.' });
  });

  test('merges an event written by two articles into one entry', () => {
    const event = { id: 'e1', date: '2025-05-12', title: 'Release', parties: ['hamas'] };
    const graph = buildGraph(
      input([
        article('a', { published: '2025-05-17', events: [event] }),
        article('b', { published: '2025-05-20', events: [{ ...event, parties: ['steve-witkoff'], description: 'More detail.' }] }),
      ]),
    );
    expect(graph.problems).toEqual([]);
    expect([...graph.events.keys()]).toEqual(['e1']);
    expect(graph.events.get('e1')).toMatchObject({ articles: ['b', 'a'], parties: ['steve-witkoff', 'hamas'], description: 'More detail.' });
    expect(graph.parties.get('hamas')?.events).toEqual(['e1']);
  });

  test('reports an event defined twice with different dates at both definitions, each in its own file', () => {
    const graph = buildGraph(
      input([
        article('a', { published: '2025-05-20', events: [{ id: 'e1', date: '2025-05-12', title: 'Release' }] }),
        article('b', { published: '2025-05-17', events: [{ id: 'e1', date: '2025-05-11', title: 'Release' }] }),
      ]),
    );
    expect(graph.problems).toEqual([
      {
        severity: 'error',
        collection: 'articles',
        id: 'b',
        file: 'content/articles/b.md',
        path: ['events', 0, 'date'],
        message: 'event "e1" has date "2025-05-11" here but "2025-05-12" in content/articles/a.md (events[0]); an event is one timeline entry, so make the two definitions agree',
      },
      {
        severity: 'error',
        collection: 'articles',
        id: 'a',
        file: 'content/articles/a.md',
        path: ['events', 0, 'date'],
        message: 'event "e1" has date "2025-05-12" here but "2025-05-11" in content/articles/b.md (events[0]); an event is one timeline entry, so make the two definitions agree',
      },
    ]);
  });

  test('reports duplicate claim ids within a file and across files, at both definitions', () => {
    const graph = buildGraph(
      input([
        article('a', { published: '2025-05-20', claims: [claim('c1', 'hamas'), claim('c1', 'hamas')] }),
        article('b', { published: '2025-05-17', claims: [claim('c1', 'hamas')] }),
      ]),
    );
    expect(graph.problems.map((p) => `${p.id} ${p.path.join('.')}: ${p.message}`)).toEqual([
      'a claims.1.id: duplicate claim id "c1": already defined in claims[0] of this file; claim ids are global, so rename one of them',
      'a claims.0.id: duplicate claim id "c1": also defined in claims[1] of this file; claim ids are global, so rename one of them',
      'b claims.0.id: duplicate claim id "c1": already defined in content/articles/a.md (claims[0]); claim ids are global, so rename one of them',
      'a claims.0.id: duplicate claim id "c1": also defined in content/articles/b.md (claims[0]); claim ids are global, so rename one of them',
    ]);
    expect(graph.articles.get('b')?.claims).toEqual([]);
  });

  test('reports unknown references with the nearest valid id', () => {
    const graph = buildGraph(
      input([
        article('a', {
          parties: ['hamass'],
          claims: [claim('c1', 'steve-witkof', { sources: ['interveiw'], events: ['nope'], relations: [{ type: 'echoes', claim: 'c2' }] })],
          events: [{ id: 'e1', date: '2024', title: 'T', claims: ['c9'] }],
        }),
      ]),
    );
    expect(graph.problems.map((p) => `${p.path.join('.')}: ${p.message}`)).toEqual([
      'parties.0: unknown party "hamass"; did you mean "hamas"?',
      'claims.0.claimant: unknown party "steve-witkof"; did you mean "steve-witkoff"?',
      'claims.0.sources.0: unknown source "interveiw"; did you mean "interview"?',
      "claims.0.events.0: unknown event \"nope\"; define the event in some article's `events` or fix the id",
      'claims.0.relations.0.claim: unknown claim "c2"; did you mean "c1"?',
      "events.0.claims.0: unknown claim \"c9\"; did you mean \"c1\"?",
    ]);
  });

  test('reports an affiliation to an unknown party on the party file', () => {
    const graph = buildGraph({ articles: [], parties: [party('a', 'A', [{ party: 'hamaz', role: 'member' }]), party('hamas', 'Hamas')], sources: [] });
    expect(graph.problems).toMatchObject([{ collection: 'parties', file: 'content/parties/a.yaml', path: ['affiliations', 0, 'party'], message: 'unknown party "hamaz"; did you mean "hamas"?' }]);
  });

  test('orders articles newest first and events oldest first, a year before the days in it', () => {
    const graph = buildGraph(
      input([
        article('old', { published: '2024-01-02', events: [{ id: 'day', date: '2024-04-19', title: 'D' }] }),
        article('new', { published: '2025-05-17', events: [{ id: 'year', date: '2024', title: 'Y' }, { id: 'first', date: '2023-10-07', title: 'F' }] }),
      ]),
    );
    expect([...graph.articles.keys()]).toEqual(['new', 'old']);
    expect([...graph.events.keys()]).toEqual(['first', 'year', 'day']);
    expect(graph.articles.get('new')?.events).toEqual(['first', 'year']);
  });
});

describe('graphIds', () => {
  test('returns the ids of the graph maps in their order, a duplicate claim once with the date of its copy in the newest article', () => {
    const content = input([
      article('old', { published: '2025-01-02', claims: [claim('c2', 'hamas', { date: '2024-02' }), claim('c1', 'hamas'), claim('c0', 'hamas')] }),
      article('new', { published: '2025-03-04', claims: [claim('c3', 'hamas', { date: '2023' }), claim('c2', 'hamas', { date: '2022' })] }),
    ]);
    content.sources.push(source('archive'));
    const graph = buildGraph(content);
    const ids = graphIds(graphOrder(content));
    expect(ids.claims).toEqual([...graph.claims.keys()]);
    expect(ids.claims).toEqual(['c0', 'c1', 'c3', 'c2']);
    expect(ids.parties).toEqual([...graph.parties.keys()]);
    expect(ids.parties).toEqual(['basem-naim', 'hamas', 'steve-witkoff']);
    expect(ids.sources).toEqual([...graph.sources.keys()]);
    expect(ids.sources).toEqual(['archive', 'interview']);
  });

  test('returns the claim order with which buildGraph builds the same graph without sorting the claims again', () => {
    const content = input([
      article('old', { published: '2025-01-02', claims: [claim('c2', 'hamas', { date: '2024-02' }), claim('c1', 'hamas', { relations: [{ type: 'echoes', claim: 'c3' }] })] }),
      article('new', { published: '2025-03-04', claims: [claim('c3', 'hamas', { date: '2023' }), claim('c2', 'hamas', { date: '2022' })] }),
    ]);
    const ids = graphIds(graphOrder(content));
    expect(buildGraph(content, ids.claims)).toEqual(buildGraph(content));
    expect([...buildGraph(content, ids.claims).claims.keys()]).toEqual(['c1', 'c3', 'c2']);
  });
});
