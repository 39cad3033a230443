import { describe, expect, test } from 'vitest';
import type { EditManifest } from '../../src/build/edit-manifest.ts';
import { planBuild, type PlanInput } from '../../src/build/edit-plan.ts';

const manifest: EditManifest = {
  version: 1,
  buildDigest: 'code-1',
  output: '/site/dist',
  search: 'search-1',
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
  search: 'search-1',
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
    expect(plan.keepSearch).toBe(true);
    expect(plan.causes).toEqual([{ key: 'body:a', change: 'changed', outputs: 1, routes: [['src/pages/articles/[slug].astro', 1]] }]);
  });

  test('renders an output whose file is gone, and builds the search index again when its records changed', () => {
    const plan = planBuild(input({ exists: (file) => file !== 'index.html', search: 'search-2' }));
    expect(plan.clean === false && [...plan.kept.keys()]).toEqual(['articles/b/index.html']);
    expect(plan.clean === false && plan.keepSearch).toBe(false);
  });

  test('is a clean build, saying why, when forced, without a manifest, under another build digest or output folder', () => {
    expect(planBuild(input({ forced: '`--clean` was given' }))).toEqual({ clean: true, reason: '`--clean` was given' });
    expect(planBuild(input({ manifest: { missing: 'no manifest' } }))).toEqual({ clean: true, reason: 'no manifest' });
    expect(planBuild(input({ buildDigest: 'code-2' }))).toEqual({ clean: true, reason: 'the code, the config, the lockfile or the build settings changed since the last build' });
    expect(planBuild(input({ output: '/elsewhere' }))).toEqual({ clean: true, reason: 'the last build wrote /site/dist, not /elsewhere' });
    expect(planBuild(input({ exists: (file) => file !== '' }))).toEqual({ clean: true, reason: 'the output folder /site/dist is not there' });
  });
});
