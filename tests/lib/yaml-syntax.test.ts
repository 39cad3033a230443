import { describe, expect, test } from 'vitest';
import { fieldAtLine } from '../../src/lib/yaml-syntax.ts';

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
