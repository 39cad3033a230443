import { describe, expect, test } from 'vitest';
import { fieldLocator } from '../../src/loader/yaml-locate.ts';

const YAML = `title: Talks
byline: [News desk, "Jane Roe"]
claims:
  # the first claim
  - id: naim-deal
    sources:
      - interview
      - report
  - { id: other, claimant: witkof }
dek: >-
  Two lines
  of text.
empty:
`;

describe('fieldLocator', () => {
  const locate = fieldLocator(YAML);

  test('returns the key of a field', () => {
    expect(locate(['title'])).toEqual({ line: 1, column: 1 });
    expect(locate(['dek'])).toEqual({ line: 10, column: 1 });
    expect(locate(['empty'])).toEqual({ line: 13, column: 1 });
  });

  test('returns list items, in block and flow lists', () => {
    expect(locate(['byline', 1])).toEqual({ line: 2, column: 21 });
    expect(locate(['claims', 0])).toEqual({ line: 5, column: 5 });
    expect(locate(['claims', 0, 'sources', 1])).toEqual({ line: 8, column: 9 });
    expect(locate(['claims', 1, 'claimant'])).toEqual({ line: 9, column: 18 });
  });

  test('returns the nearest existing ancestor of a missing field', () => {
    expect(locate(['claims', 0, 'statement'])).toEqual({ line: 5, column: 5 });
    expect(locate(['nothing', 2])).toEqual({ line: 1, column: 1 });
  });

  test('returns the start of a text that is not YAML', () => {
    expect(fieldLocator('a: "open\n')(['a'])).toEqual({ line: 1, column: 1 });
  });
});
