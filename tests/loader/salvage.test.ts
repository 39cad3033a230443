import { describe, expect, test } from 'vitest';
import { restorePath, salvage } from '../../src/loader/salvage.ts';
import { articleSchema } from '../../src/schemas/article.ts';

const claim = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  claimant: 'basem-naim',
  statement: 'A deal was made.',
  date: '2025-05-16',
  attribution: 'interview',
  assessment: [{ date: '2025-05-17', status: 'unverified', rationale: 'Not checked.' }],
  ...extra,
});
const article = { title: 'Talks stall', dek: 'A deal was broken.', kind: 'report', published: '2025-05-17', byline: ['News desk'] };
const PLACEHOLDERS = { title: 'untitled', kind: 'report' };

describe('salvage', () => {
  test('returns the valid claims and drops the invalid one whole', () => {
    const result = salvage(articleSchema, { ...article, claims: [claim('a', { attribution: 'rumour' }), claim('b')] }, PLACEHOLDERS);
    expect(result.data?.claims.map((c) => c.id)).toEqual(['b']);
    expect(result.dropped).toEqual([{ path: ['claims', 0], value: claim('a', { attribution: 'rumour' }) }]);
  });

  test('returns a claim without its bad list item rather than dropping the claim', () => {
    const result = salvage(articleSchema, { ...article, claims: [claim('a', { about: ['hamas', 'Not An Id'] })] }, PLACEHOLDERS);
    expect(result.data?.claims[0]?.about).toEqual(['hamas']);
  });

  test('returns unknown fields removed and bad optional fields left out', () => {
    const result = salvage(articleSchema, { ...article, colour: 'red', dateline: 42 }, PLACEHOLDERS);
    expect(result.data).toMatchObject(article);
    expect(result.data).not.toHaveProperty('dateline');
    expect(result.data).not.toHaveProperty('colour');
  });

  test('returns a placeholder for a bad required top-level field', () => {
    expect(salvage(articleSchema, { ...article, kind: 'rumour', title: 7 }, PLACEHOLDERS).data).toMatchObject({ kind: 'report', title: 'untitled' });
  });

  test('returns no data when a required field has no placeholder', () => {
    expect(salvage(articleSchema, { ...article, dek: 7 }, PLACEHOLDERS).data).toBeUndefined();
  });

  test('does not change the data it is given', () => {
    const data = { ...article, claims: [claim('a', { attribution: 'rumour' })] };
    salvage(articleSchema, data, PLACEHOLDERS);
    expect(data.claims).toHaveLength(1);
  });
});

describe('restorePath', () => {
  test('returns the path as written from a path in the repaired data', () => {
    const dropped = [{ path: ['claims', 0] }, { path: ['claims', 1, 'about', 0] }];
    expect(restorePath(dropped, ['claims', 0, 'claimant'])).toEqual(['claims', 1, 'claimant']);
    expect(restorePath(dropped, ['claims', 1, 'about', 0])).toEqual(['claims', 2, 'about', 1]);
    expect(restorePath(dropped, ['events', 0, 'date'])).toEqual(['events', 0, 'date']);
  });
});
