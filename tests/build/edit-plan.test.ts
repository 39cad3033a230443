import { describe, expect, test } from 'vitest';
import type { EditManifest } from '../../src/build/edit-manifest.ts';
import { planBuild, type PlanInput } from '../../src/build/edit-plan.ts';

const manifest: EditManifest = {
  version: 2,
  buildDigest: 'code-1',
  output: '/site/dist',
  search: ['parties-1', 'part-1-1', 'part-2-1'],
  keys: ['article:a', 'body:a', 'article:b', 'body:b', 'articles:*'],
  digests: ['a1', 'ba1', 'b1', 'bb1', 'all1'],
  outputs: {
    'articles/a/index.html': { route: 'src/pages/articles/[slug].astro', page: true, file: 'articles/a/index.html', reads: [0, 1] },
    'articles/b/index.html': { route: 'src/pages/articles/[slug].astro', page: true, file: 'articles/b/index.html', reads: [2, 3] },
    'index.html': { route: 'src/pages/index.astro', page: true, file: 'index.html', reads: [4] },
  },
};
const now: Record<string, string> = { 'article:a': 'a1', 'body:a': 'ba2', 'article:b': 'b1', 'body:b': 'bb1', 'articles:*': 'all1' };
const input = (over: Partial<PlanInput> = {}): PlanInput => ({
  manifest,
  buildDigest: 'code-1',
  output: '/site/dist',
  digests: { of: (key) => now[key] ?? '-' },
  search: ['parties-1', 'part-1-1', 'part-2-1'],
  exists: () => true,
  ...over,
});

describe('planBuild', () => {
  test('keeps the outputs whose keys all have their digests, and renders the others', () => {
    const plan = planBuild(input());
    expect(plan.clean).toBe(false);
    if (plan.clean) return;
    expect([...plan.kept.keys()]).toEqual(['articles/b/index.html', 'index.html']);
    expect(plan.stale).toBe(1);
    expect([...plan.keptBodies]).toEqual(['b']);
    expect([...plan.keptParts]).toEqual([0, 1, 2]);
    expect(plan.causes).toEqual([{ key: 'body:a', change: 'changed', outputs: 1, routes: [['src/pages/articles/[slug].astro', 1]] }]);
  });

  test('renders an output whose file is gone', () => {
    const plan = planBuild(input({ exists: (file) => file !== 'index.html' }));
    expect(plan.clean === false && [...plan.kept.keys()]).toEqual(['articles/b/index.html']);
  });

  test('keeps each part of the search index whose records have their digest and whose files are there, and no other', () => {
    const keptParts = (over: Partial<PlanInput>) => {
      const plan = planBuild(input(over));
      return plan.clean ? plan.reason : [...plan.keptParts];
    };
    // Part 1's records changed; part 2's files are gone; part 3 is new.
    expect(keptParts({ search: ['parties-1', 'part-1-2', 'part-2-1', 'part-3-1'], exists: (file) => file !== 'pagefind/part-3/pagefind-entry.json' })).toEqual([0]);
    // The first part's files are those in `pagefind/` itself.
    expect(keptParts({ exists: (file) => file !== 'pagefind/pagefind-entry.json' })).toEqual([1, 2]);
  });

  test('is a clean build, saying why, when forced, without a manifest, under another build digest or output folder', () => {
    expect(planBuild(input({ forced: '`--clean` was given' }))).toEqual({ clean: true, reason: '`--clean` was given' });
    expect(planBuild(input({ manifest: { missing: 'no manifest' } }))).toEqual({ clean: true, reason: 'no manifest' });
    expect(planBuild(input({ buildDigest: 'code-2' }))).toEqual({ clean: true, reason: 'the code, the config, the lockfile or the build settings changed since the last build' });
    expect(planBuild(input({ output: '/elsewhere' }))).toEqual({ clean: true, reason: 'the last build wrote /site/dist, not /elsewhere' });
    expect(planBuild(input({ exists: (file) => file !== '' }))).toEqual({ clean: true, reason: 'the output folder /site/dist is not there' });
  });
});
