import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { articleSchema } from '../../src/schemas/article.ts';
import { issues } from './helpers.ts';

const text = readFileSync(new URL('../../content/articles/hamas-official-alleges-broken-us-promise.md', import.meta.url), 'utf8');
const frontmatter = parse(text.split(/^---$/m)[1]!) as Record<string, unknown>;
const claims = () => structuredClone(frontmatter.claims) as Record<string, unknown>[];

describe('articleSchema', () => {
  test('accepts the first article', () => {
    const result = articleSchema.safeParse(frontmatter);
    expect(result.success).toBe(true);
    expect(result.data?.claims.map((c) => c.id)).toEqual([
      'naim-witkoff-promised-deal',
      'israel-offensive-stated-aims',
      'us-libya-relocation-talks',
      'gaza-deaths-since-friday',
      'pezeshkian-us-ceasefire-pledge',
    ]);
    expect(result.data?.language).toBe('en');
  });

  test('keeps the dates as written, whatever YAML loader turned them into', () => {
    const result = articleSchema.parse({ ...frontmatter, published: new Date(Date.UTC(2025, 4, 17)), updated: '2025-05-18' });
    expect(result.published).toBe('2025-05-17');
    expect(result.updated).toBe('2025-05-18');
  });

  test('rejects an unknown field, so that a typo is not silently ignored', () => {
    expect(issues(articleSchema, { ...frontmatter, bylin: ['x'] })).toEqual([expect.stringContaining('bylin')]);
  });

  test('rejects a missing title and an empty dek, naming the field', () => {
    const { title: _title, ...rest } = frontmatter;
    expect(issues(articleSchema, { ...rest, dek: '   ' })).toEqual([
      expect.stringMatching(/^title: /),
      'dek: is empty; write the text',
    ]);
  });

  test('rejects an impossible publication date', () => {
    expect(issues(articleSchema, { ...frontmatter, published: '2025-02-30' })).toEqual([
      'published: `2025-02-30` is not a day of the calendar: February 2025 has 28 days; write a real date as YYYY-MM-DD',
    ]);
  });

  test('rejects an unknown kind, listing the allowed ones', () => {
    expect(issues(articleSchema, { ...frontmatter, kind: 'rumour' })[0]).toMatch(/^kind: must be one of `report`, `analysis`/);
  });

  test('rejects a claim with an unknown status or an assessment out of order', () => {
    const bad = claims();
    bad[0]!.assessment = [
      { date: '2025-05-18', status: 'unverified', rationale: 'First look.' },
      { date: '2025-05-17', status: 'true', rationale: 'Checked.' },
    ];
    expect(issues(articleSchema, { ...frontmatter, claims: bad })).toEqual([
      expect.stringMatching(/^claims\.0\.assessment\.1\.status: must be one of `unverified`, `disputed`/),
    ]);
    bad[0]!.assessment = [
      { date: '2025-05-18', status: 'unverified', rationale: 'First look.' },
      { date: '2025-05-17', status: 'disputed', rationale: 'Checked.' },
    ];
    expect(issues(articleSchema, { ...frontmatter, claims: bad })).toEqual([
      'claims.0.assessment.1.date: `2025-05-17` is earlier than the entry before it (`2025-05-18`); list the assessment oldest first',
    ]);
  });

  test('accepts a claim without a source, which the checker reports as a warning instead', () => {
    const unsourced = claims();
    delete (unsourced[1] as { sources?: unknown }).sources;
    expect(issues(articleSchema, { ...frontmatter, claims: unsourced })).toEqual([]);
    expect(articleSchema.parse({ ...frontmatter, claims: unsourced }).claims[1]!.sources).toEqual([]);
  });

  test('rejects malformed EDTF in an event date', () => {
    const events = structuredClone(frontmatter.events) as Record<string, unknown>[];
    events[0]!.date = 'October 7, 2023';
    expect(issues(articleSchema, { ...frontmatter, events })[0]).toMatch(/^events\.0\.date: `October 7, 2023` is not an EDTF date/);
  });

  test('rejects a claim id that names a list under /claims/', () => {
    const bad = claims();
    bad[2]!.id = 'status';
    expect(issues(articleSchema, { ...frontmatter, claims: bad })).toEqual(['claims.2.id: `status` is the name of a list under /claims/; choose another id']);
  });
});
