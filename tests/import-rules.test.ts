import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { brokenRules } from './import-rules.ts';

const root = path.resolve(import.meta.dirname, '..');

describe('the import rules of docs/architecture.md', () => {
  test('hold for every file of src/', () => {
    expect(brokenRules(path.join(root, 'src'))).toEqual([]);
  });

  test('report each import that breaks one, in a fixture tree that breaks three', () => {
    expect(brokenRules(path.join(root, 'tests/fixtures/import-rules/src')).sort()).toEqual([
      'markdown/plugin.ts -> astro:middleware (`markdown` may not import Astro)',
      'markdown/plugin.ts -> loader/load.ts (`markdown` may not import `loader`)',
      'schemas/thing.ts -> graph/graph.ts (`schemas` may not import `graph`)',
    ]);
  });
});
