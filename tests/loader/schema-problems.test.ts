import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { show, validate } from '../../src/loader/schema-problems.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { sourceSchema } from '../../src/schemas/source.ts';

const article = { title: 'Talks stall', dek: 'A deal was broken.', kind: 'report', published: '2025-05-17', byline: ['News desk'] };

describe('validate', () => {
  test('returns the data when it is valid', () => {
    const result = validate(articleSchema, article);
    expect(result).toMatchObject({ success: true, data: { title: 'Talks stall', language: 'en', claims: [] } });
  });

  test('returns an unknown field with the nearest valid name, and no "missing" for the field it was meant to be', () => {
    const { byline, ...rest } = article;
    const result = validate(articleSchema, { ...rest, bylin: byline });
    expect(result).toEqual({ success: false, problems: [{ path: ['bylin'], message: 'unknown field "bylin"; did you mean "byline"?' }] });
  });

  test('returns a missing field with what to add', () => {
    const { dek: _dek, ...rest } = article;
    expect(validate(articleSchema, rest)).toEqual({ success: false, problems: [{ path: ['dek'], message: 'is missing; add `dek:`, which must be text' }] });
  });

  test('returns a field with no value as empty, not missing', () => {
    expect(validate(articleSchema, { ...article, dateline: null })).toEqual({
      success: false,
      problems: [{ path: ['dateline'], message: 'has no value; write one after the colon (it must be text) or remove the line' }],
    });
  });

  test('returns an enum value with the choices and the nearest one', () => {
    const result = validate(sourceSchema, { title: 'A report', kind: 'newsreport' });
    expect(result).toEqual({
      success: false,
      problems: [
        {
          path: ['kind'],
          message:
            '"newsreport" is not one of `interview`, `official-statement`, `news-report`, `press-conference`, `speech`, `document`, `social-post`, `dataset`, `unspecified`; did you mean "news-report"?',
        },
      ],
    });
  });

  test('returns a repeated id at the repeat', () => {
    expect(validate(articleSchema, { ...article, parties: ['hamas', 'israel', 'hamas'] })).toEqual({
      success: false,
      problems: [{ path: ['parties', 2], message: '`hamas` is listed twice; remove this repeat' }],
    });
  });

  test('returns zod default messages in the same style', () => {
    const schema = z.strictObject({ count: z.number(), names: z.array(z.string()).min(2) });
    expect(validate(schema, { count: 'three', names: ['a'] })).toEqual({
      success: false,
      problems: [
        { path: ['count'], message: 'must be a number (got "three")' },
        { path: ['names'], message: 'needs at least 2 entries (got a list)' },
      ],
    });
  });
});

describe('show', () => {
  test('returns long text cut, with its length', () => {
    expect(show('x'.repeat(50))).toBe(`"${'x'.repeat(40)}"… (50 characters)`);
  });

  test('returns lists, fields and nothing in words', () => {
    expect([show([]), show([1]), show({ a: 1 }), show(null), show(true)]).toEqual(['an empty list', 'a list', 'a set of fields', 'nothing', 'true']);
  });
});
