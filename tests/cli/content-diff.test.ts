import { describe, expect, test } from 'vitest';
import { diffContent, isEmptyDiff, type ContentSnapshot } from '../../src/cli/content-diff.ts';
import { buildGraph } from '../../src/graph/graph.ts';
import { articleSchema, type ArticleInput } from '../../src/schemas/article.ts';
import { partySchema } from '../../src/schemas/party.ts';
import { sourceSchema } from '../../src/schemas/source.ts';

type Claim = NonNullable<ArticleInput['claims']>[number];
type Event = NonNullable<ArticleInput['events']>[number];

const claim = (id: string, extra: Partial<Claim> = {}): Claim => ({
  id,
  claimant: 'naim',
  statement: `Statement of ${id}.`,
  date: '2025-05-16',
  sources: ['interview'],
  attribution: 'interview',
  assessment: [{ date: '2025-05-17', status: 'unverified', rationale: 'Not checked yet.' }],
  ...extra,
});

const event = (id: string, date: string, extra: Partial<Event> = {}): Event => ({ id, date, title: `Title of ${id}`, ...extra });

const article = (id: string, extra: Partial<ArticleInput> = {}) => ({
  id,
  data: articleSchema.parse({
    title: `Headline of ${id}`,
    dek: 'A dek.',
    kind: 'report',
    published: '2025-05-17',
    byline: ['Desk'],
    ...extra,
  }),
});

const party = (id: string, name: string) => ({ id, data: partySchema.parse({ name, kind: 'person', description: 'Someone.' }) });
const source = (id: string, title: string) => ({ id, data: sourceSchema.parse({ title, kind: 'interview', published: '2025-05-16' }) });

const PARTIES = [party('naim', 'Basem Naim')];
const SOURCES = [source('interview', 'Interview with Basem Naim')];

function snapshot(
  articles: ReturnType<typeof article>[],
  options: {
    parties?: ReturnType<typeof party>[];
    sources?: ReturnType<typeof source>[];
    bodies?: Record<string, string>;
    errors?: number;
    unreadable?: string[];
  } = {},
): ContentSnapshot {
  const graph = buildGraph({ articles, parties: options.parties ?? PARTIES, sources: options.sources ?? SOURCES });
  expect(graph.problems).toEqual([]);
  return {
    graph,
    bodies: new Map(Object.entries(options.bodies ?? {})),
    errors: options.errors ?? 0,
    unreadable: new Set(options.unreadable ?? []),
  };
}

describe('diffContent', () => {
  test('returns an empty diff for the same content', () => {
    const side = () => snapshot([article('a', { claims: [claim('c1')], events: [event('e1', '2025-05-12')] })], { bodies: { a: 'Text.' } });
    const diff = diffContent(side(), side());
    expect(isEmptyDiff(diff)).toBe(true);
    expect(diff.errors).toEqual({ base: 0, head: 0 });
  });

  test('returns articles added, removed and changed, with the changed fields and text', () => {
    const base = snapshot([article('kept', { title: 'Old headline' }), article('gone'), article('same')], {
      bodies: { kept: 'Old text.', gone: '', same: 'Same.' },
    });
    const head = snapshot([article('kept', { title: 'New headline' }), article('new'), article('same')], {
      bodies: { kept: 'New text.', new: '', same: 'Same.' },
    });
    const diff = diffContent(base, head);
    expect(diff.articles.added).toEqual([{ id: 'new', title: 'Headline of new' }]);
    expect(diff.articles.removed).toEqual([{ id: 'gone', title: 'Headline of gone' }]);
    expect(diff.articles.changed).toEqual([{ id: 'kept', title: 'New headline', fields: ['title', 'text'], edits: [{ field: 'title', from: 'Old headline', to: 'New headline' }] }]);
  });

  test('returns an article changed by its text alone', () => {
    const base = snapshot([article('a')], { bodies: { a: 'One.' } });
    const head = snapshot([article('a')], { bodies: { a: 'Two.' } });
    expect(diffContent(base, head).articles.changed).toEqual([{ id: 'a', title: 'Headline of a', fields: ['text'], edits: [] }]);
  });

  test('returns a status change with the old and new status, its day and rationale', () => {
    const first = { date: '2025-05-17', status: 'unverified', rationale: 'Not checked yet.' } as const;
    const base = snapshot([article('a', { claims: [claim('c1', { assessment: [first] })] })]);
    const head = snapshot([
      article('a', {
        claims: [claim('c1', { assessment: [first, { date: '2025-05-20', status: 'disputed', rationale: 'US officials deny it.' }] })],
      }),
    ]);
    const diff = diffContent(base, head);
    expect(diff.statusChanges).toEqual([
      {
        id: 'c1',
        claimant: 'Basem Naim',
        statement: 'Statement of c1.',
        status: 'disputed',
        article: 'a',
        from: 'unverified',
        to: 'disputed',
        date: '2025-05-20',
        rationale: 'US officials deny it.',
      },
    ]);
    expect(diff.claims.changed).toEqual([]);
    expect(diff.articles.changed).toEqual([{ id: 'a', title: 'Headline of a', fields: ['claims'], edits: [] }]);
  });

  test('returns every step when several assessment entries are added at once', () => {
    const first = { date: '2025-05-17', status: 'unverified', rationale: 'Not checked yet.' } as const;
    const base = snapshot([article('a', { claims: [claim('c1', { assessment: [first] })] })]);
    const head = snapshot([
      article('a', {
        claims: [
          claim('c1', {
            assessment: [
              first,
              { date: '2025-05-20', status: 'disputed', rationale: 'Denied by US officials.' },
              { date: '2025-05-21', status: 'disputed', rationale: 'Still disputed, more detail.' },
              { date: '2025-06-02', status: 'confirmed', rationale: 'Documents published.' },
            ],
          }),
        ],
      }),
    ]);
    expect(diffContent(base, head).statusChanges.map(({ from, to, date, rationale }) => ({ from, to, date, rationale }))).toEqual([
      { from: 'unverified', to: 'disputed', date: '2025-05-20', rationale: 'Denied by US officials.' },
      { from: 'disputed', to: 'confirmed', date: '2025-06-02', rationale: 'Documents published.' },
    ]);
  });

  test('returns no status change but an edited assessment when an entry keeps the status', () => {
    const first = { date: '2025-05-17', status: 'unverified', rationale: 'Not checked yet.' } as const;
    const base = snapshot([article('a', { claims: [claim('c1', { assessment: [first] })] })]);
    const head = snapshot([
      article('a', { claims: [claim('c1', { assessment: [first, { date: '2025-05-19', status: 'unverified', rationale: 'Asked the White House; no answer.' }] })] }),
    ]);
    const diff = diffContent(base, head);
    expect(diff.statusChanges).toEqual([]);
    expect(diff.claims.changed.map((c) => [c.id, c.fields])).toEqual([['c1', ['assessment']]]);
  });

  test('returns one step from the old status to the new one when the history was rewritten', () => {
    const base = snapshot([
      article('a', {
        claims: [
          claim('c1', {
            assessment: [
              { date: '2025-05-17', status: 'unverified', rationale: 'Not checked yet.' },
              { date: '2025-05-20', status: 'false', rationale: 'Entered in error.' },
            ],
          }),
        ],
      }),
    ]);
    const head = snapshot([article('a', { claims: [claim('c1')] })]);
    expect(diffContent(base, head).statusChanges.map(({ from, to, date, rationale }) => ({ from, to, date, rationale }))).toEqual([
      { from: 'false', to: 'unverified', date: '2025-05-17', rationale: 'Not checked yet.' },
    ]);
  });

  test('returns claims added, removed and edited, with the claimant by name', () => {
    const base = snapshot([article('a', { claims: [claim('kept'), claim('gone')] }), article('b', { published: '2025-05-01' })]);
    const head = snapshot([
      article('a', { claims: [claim('new', { claimant: 'nobody-known' })] }),
      article('b', { published: '2025-05-01', claims: [claim('kept', { statement: 'Reworded.' })] }),
    ], { parties: [...PARTIES, party('nobody-known', 'Unnamed official')] });
    const diff = diffContent(base, head);
    expect(diff.claims.added).toEqual([{ id: 'new', claimant: 'Unnamed official', statement: 'Statement of new.', status: 'unverified', article: 'a' }]);
    expect(diff.claims.removed).toEqual([{ id: 'gone', claimant: 'Basem Naim', statement: 'Statement of gone.', status: 'unverified', article: 'a' }]);
    const edits = [{ field: 'statement', from: 'Statement of kept.', to: 'Reworded.' }];
    expect(diff.claims.changed).toEqual([{ id: 'kept', claimant: 'Basem Naim', statement: 'Reworded.', status: 'unverified', article: 'b', fields: ['statement', 'article'], edits }]);
  });

  test('returns events added, removed and re-dated', () => {
    const base = snapshot([article('a', { events: [event('moved', '2025-05'), event('gone', '2024'), event('same', '2025-05-12')] })]);
    const head = snapshot([article('a', { events: [event('moved', '2025-05-14'), event('new', '2025-05-15~'), event('same', '2025-05-12')] })]);
    const diff = diffContent(base, head);
    expect(diff.events.added).toEqual([{ id: 'new', title: 'Title of new', date: '2025-05-15~' }]);
    expect(diff.events.removed).toEqual([{ id: 'gone', title: 'Title of gone', date: '2024' }]);
    expect(diff.events.redated).toEqual([{ id: 'moved', title: 'Title of moved', from: '2025-05', to: '2025-05-14' }]);
  });

  test('returns parties and sources added and removed', () => {
    const base = snapshot([], { parties: [...PARTIES, party('old', 'Old Party')], sources: SOURCES });
    const head = snapshot([], { parties: [...PARTIES, party('witkoff', 'Steve Witkoff')], sources: [...SOURCES, source('statement', 'A statement')] });
    const diff = diffContent(base, head);
    expect(diff.parties).toEqual({ added: [{ id: 'witkoff', name: 'Steve Witkoff' }], changed: [], renamed: [], removed: [{ id: 'old', name: 'Old Party' }] });
    expect(diff.sources).toEqual({ added: [{ id: 'statement', name: 'A statement' }], changed: [], renamed: [], removed: [] });
  });

  test('returns parties and sources changed in any field, with the old and new texts', () => {
    const base = snapshot([], { parties: PARTIES, sources: SOURCES });
    const head = snapshot([], {
      parties: [{ id: 'naim', data: partySchema.parse({ name: 'Bassem Naim', kind: 'organisation', description: 'Someone.' }) }],
      sources: [{ id: 'interview', data: sourceSchema.parse({ title: 'Interview with Basem Naim', kind: 'interview', published: '2025-05-16', url: 'https://example.org/naim' }) }],
    });
    const diff = diffContent(base, head);
    expect(diff.parties.changed).toEqual([{ id: 'naim', name: 'Bassem Naim', fields: ['name', 'kind'], edits: [{ field: 'name', from: 'Basem Naim', to: 'Bassem Naim' }] }]);
    expect(diff.sources.changed).toEqual([{ id: 'interview', name: 'Interview with Basem Naim', fields: ['url'], edits: [] }]);
    expect(isEmptyDiff(diff)).toBe(false);
  });

  test('returns a party whose file was renamed as renamed, not as removed and added', () => {
    const base = snapshot([], { parties: [...PARTIES, party('witkof', 'Steve Witkoff')] });
    const head = snapshot([], { parties: [...PARTIES, party('steve-witkoff', 'Steve Witkoff')] });
    expect(diffContent(base, head).parties).toEqual({ added: [], changed: [], renamed: [{ from: 'witkof', to: 'steve-witkoff', name: 'Steve Witkoff' }], removed: [] });
  });

  test('returns the error count of each side', () => {
    expect(diffContent(snapshot([], { errors: 0 }), snapshot([], { errors: 3 })).errors).toEqual({ base: 0, head: 3 });
  });

  test('returns nothing removed for entries the head could not read, and lists them', () => {
    const base = snapshot([article('a', { claims: [claim('c1')], events: [event('e1', '2025-05-12')] })], {
      parties: [...PARTIES, party('witkoff', 'Steve Witkoff')],
    });
    const head = snapshot([], { errors: 2, unreadable: ['parties/witkoff', 'articles/a'] });
    const diff = diffContent(base, head);
    expect(isEmptyDiff(diff)).toBe(true);
    expect(diff.unreadable).toEqual({ base: [], head: ['articles/a', 'parties/witkoff'] });
  });

  test('returns nothing added for entries the base could not read', () => {
    const base = snapshot([], { errors: 1, unreadable: ['articles/a'] });
    const head = snapshot([article('a', { claims: [claim('c1')], events: [event('e1', '2025-05-12')] })]);
    expect(isEmptyDiff(diffContent(base, head))).toBe(true);
  });
});

describe('isEmptyDiff', () => {
  test('returns false when only a party was added', () => {
    const diff = diffContent(snapshot([]), snapshot([], { parties: [...PARTIES, party('witkoff', 'Steve Witkoff')] }));
    expect(isEmptyDiff(diff)).toBe(false);
  });
});
