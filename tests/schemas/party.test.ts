import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { partySchema } from '../../src/schemas/party.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { issues } from './helpers.ts';

const registry = (folder: string) =>
  readdirSync(new URL(`../../content/${folder}/`, import.meta.url)).map((name) => ({
    name,
    data: parse(readFileSync(new URL(`../../content/${folder}/${name}`, import.meta.url), 'utf8')) as unknown,
  }));

describe('partySchema', () => {
  test.each(registry('parties'))('accepts content/parties/$name', ({ data }) => {
    expect(issues(partySchema, data)).toEqual([]);
  });

  test('rejects an unknown kind and a malformed Wikidata id', () => {
    expect(issues(partySchema, { name: 'X', kind: 'militia', description: 'Y', wikidata: '22686' })).toEqual([
      expect.stringMatching(/^kind: must be one of `person`/),
      'wikidata: must be a Wikidata item id such as `Q22686`',
    ]);
  });

  test('rejects an affiliation without a role', () => {
    expect(issues(partySchema, { name: 'X', kind: 'person', description: 'Y', affiliations: [{ party: 'hamas' }] })).toEqual([
      expect.stringMatching(/^affiliations\.0\.role: /),
    ]);
  });
});

describe('sourceSchema', () => {
  test.each(registry('sources'))('accepts content/sources/$name', ({ data }) => {
    expect(issues(sourceSchema, data)).toEqual([]);
  });

  test('rejects a javascript: archive URL and an impossible access date', () => {
    expect(issues(sourceSchema, { title: 'T', kind: 'interview', archived: 'javascript:alert(1)', accessed: '2025-04-31' })).toEqual([
      expect.stringMatching(/^accessed: `2025-04-31` is not a day of the calendar/),
      'archived: must be an absolute http:// or https:// URL; other schemes such as javascript: or data: are not allowed',
    ]);
  });
});
