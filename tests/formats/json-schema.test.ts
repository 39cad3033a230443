import { describe, expect, test } from 'vitest';
import { openDataJsonSchema } from '../../src/formats/json-schema.ts';

type Schema = { properties: Record<string, Schema>; items: Schema; required?: string[]; [key: string]: unknown };
const record = (name: 'claims' | 'events' | 'parties' | 'sources') =>
  (openDataJsonSchema(name, `https://x.example/data/schema/${name}.json`) as unknown as Schema).properties[name]!.items;

describe('openDataJsonSchema', () => {
  test('returns a draft 2020-12 schema with the given $id', () => {
    const schema = openDataJsonSchema('claims', 'https://x.example/data/schema/claims.json');
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://x.example/data/schema/claims.json');
    expect(schema.required).toEqual(['claims']);
  });

  test('returns the status vocabulary as an enum and fields with defaults as required', () => {
    const claim = record('claims');
    expect(claim.properties.status?.enum).toEqual(['unverified', 'disputed', 'denied', 'corroborated', 'confirmed', 'false']);
    expect(claim.required).toEqual(expect.arrayContaining(['about', 'events', 'relations', 'page', 'status']));
    expect(claim.additionalProperties).toBe(false);
  });

  test('returns text fields as strings, not as the empty schema of a transform', () => {
    expect(record('claims').properties.statement).toEqual({ type: 'string' });
    expect(record('parties').properties.name).toEqual({ type: 'string' });
  });

  test('returns the checks of dates and URLs that zod makes in code', () => {
    const source = record('sources');
    expect(source.properties.accessed).toMatchObject({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
    expect(source.properties.url).toMatchObject({ type: 'string', format: 'uri', pattern: '^https?://' });
    expect(String(source.properties.published?.description)).toMatch(/EDTF/);
    expect(record('claims').properties.statusDate).toMatchObject({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'The day the current status was given.' });
  });
});
