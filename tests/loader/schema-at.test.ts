import { describe, expect, test } from 'vitest';
import { fieldsOf, isOptional, schemaAt } from '../../src/loader/schema-at.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { claimSchema } from '../../src/schemas/claim.ts';

describe('schemaAt', () => {
  test('returns the schema of the value at a path, through arrays, defaults and optional fields', () => {
    expect(fieldsOf(schemaAt(articleSchema, ['claims', 0]))).toEqual(Object.keys(claimSchema.shape));
    expect(fieldsOf(schemaAt(articleSchema, ['claims', 2, 'assessment', 0]))).toEqual(['date', 'status', 'rationale']);
  });

  test('returns undefined for a path that leaves the schema', () => {
    expect(schemaAt(articleSchema, ['nope'])).toBeUndefined();
    expect(schemaAt(articleSchema, ['claims', 'id'])).toBeUndefined();
    expect(schemaAt(articleSchema, ['title', 0])).toBeUndefined();
  });
});

describe('fieldsOf', () => {
  test('returns no fields for what is not an object, or for nothing', () => {
    expect(fieldsOf(schemaAt(articleSchema, ['title']))).toEqual([]);
    expect(fieldsOf(undefined)).toEqual([]);
  });
});

describe('isOptional', () => {
  test('tells a field with a default or optional from a required one', () => {
    expect(isOptional(schemaAt(articleSchema, ['claims', 0, 'sources']))).toBe(true);
    expect(isOptional(schemaAt(articleSchema, ['claims', 0, 'quote']))).toBe(true);
    expect(isOptional(schemaAt(articleSchema, ['claims', 0, 'statement']))).toBe(false);
    expect(isOptional(undefined)).toBe(false);
  });
});
