import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../src/graph/graph.ts';
import { contentWarnings } from '../../src/loader/warnings.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { partySchema } from '../../src/schemas/party.ts';

const data = articleSchema.parse({
  title: 'Talks stall',
  dek: 'A deal was broken.',
  kind: 'report',
  published: '2025-05-17',
  updated: '2025-05-01',
  byline: ['News desk'],
  claims: [{ id: 'naim-deal', claimant: 'basem-naim', statement: 'A deal.', date: '2025-05', attribution: 'interview', assessment: [{ date: '2025-05-17', status: 'unverified', rationale: 'Not checked.' }] }],
  events: [{ id: 'talks', date: '2025-05~', title: 'Talks' }, { id: 'later', date: '2025-05-18/2025-05-20', title: 'Later' }],
});
const graph = buildGraph({
  articles: [{ id: 'a', data }],
  parties: [
    { id: 'basem-naim', data: partySchema.parse({ name: 'Basem Naim', kind: 'person', description: 'An official.' }) },
    { id: 'nobody', data: partySchema.parse({ name: 'Nobody', kind: 'person', description: 'Unused.' }) },
  ],
  sources: [],
});
const messages = (context: Parameters<typeof contentWarnings>[1]) => contentWarnings(graph, context).map((w) => `${w.id} ${w.path.join('.')}`);

describe('contentWarnings', () => {
  test('returns every kind of warning the content has', () => {
    expect(messages({ marked: new Map() })).toEqual(['a updated', 'a claims.0.sources', 'a claims.0.id', 'a events.1.date', 'nobody ']);
  });

  test('returns no "never marked" warning for a claim the body marks', () => {
    expect(messages({ marked: new Map([['a', ['naim-deal']]]) })).not.toContain('a claims.0.id');
  });

  test('returns no date warnings for a repaired article and no party warnings when an article could not be read', () => {
    expect(messages({ marked: new Map(), partial: new Set(['a']), complete: false })).toEqual(['a claims.0.sources', 'a claims.0.id']);
  });
});
