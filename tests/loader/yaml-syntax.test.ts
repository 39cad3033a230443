import { CORE_SCHEMA, load, type YAMLException } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { describeYamlError, fieldAtLine } from '../../src/loader/yaml-syntax.ts';

const LINES = `title: Talks
claims:
  - id: a
    sources:
      - s1
    claimant: b
  - id: c
    claimant: d
events:
- id: e
  date: 2025`.split('\n');

describe('fieldAtLine', () => {
  test('returns the path of a line from the keys and list items above it', () => {
    expect(fieldAtLine(LINES, 0, true)).toEqual(['title']);
    expect(fieldAtLine(LINES, 5, true)).toEqual(['claims', 0, 'claimant']);
    expect(fieldAtLine(LINES, 4, true)).toEqual(['claims', 0, 'sources', 0]);
    expect(fieldAtLine(LINES, 7, true)).toEqual(['claims', 1, 'claimant']);
    expect(fieldAtLine(LINES, 10, true)).toEqual(['events', 0, 'date']);
  });

  test('returns only the key of the line without ancestors', () => {
    expect(fieldAtLine(LINES, 7, false)).toEqual(['claimant']);
  });
});

describe('describeYamlError', () => {
  const describeText = (yaml: string, firstLine = 1) => {
    try {
      load(yaml, { schema: CORE_SCHEMA });
    } catch (error) {
      return describeYamlError(error as YAMLException, yaml, firstLine);
    }
    throw new Error('expected a YAML error');
  };

  test('returns an unclosed quote where it opens, in file lines', () => {
    expect(describeText('title: Talks\ndek: "It was\n  a deal.\nkind: report\n', 2)).toEqual({
      line: 3,
      column: 6,
      path: ['dek'],
      message: 'invalid YAML: the " opened here is never closed; add the closing "',
    });
  });

  test('returns a control character where it is', () => {
    expect(describeText('title: Ta\u0007lks\n')).toMatchObject({ line: 1, column: 10, path: ['title'], message: 'invalid YAML: the text contains an invisible control character here; delete it' });
  });

  test('returns a YAML tag as not allowed', () => {
    expect(describeText('title: !!binary aGVsbG8=\n')).toMatchObject({ path: ['title'], message: 'invalid YAML: the YAML tag "!!binary" is not allowed; write plain text, in quotes if it starts with "!"' });
  });
});
