import type { AstroPrerenderer } from 'astro';
import { describe, expect, test } from 'vitest';
import { spreadOut } from '../../src/build/route-order.ts';

type Path = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>[number];
const ARTICLE = 'src/pages/articles/[slug].astro';
const path = (pathname: string, component: string) => ({ pathname, route: { component } }) as unknown as Path;
const order = async (paths: Path[]) => {
  const render = async () => new Response('');
  const spread = spreadOut({ name: 'default', getStaticPaths: async () => paths, render }, ARTICLE);
  expect(spread.render).toBe(render);
  return (await spread.getStaticPaths()).map((p) => p.pathname);
};

describe('spreadOut', () => {
  test("spreads the route's pages evenly among the others, each group in its own order", async () => {
    const articles = ['a', 'b', 'c'].map((id) => path(`/articles/${id}/`, ARTICLE));
    const others = Array.from({ length: 6 }, (_, i) => path(`/claims/c-${i}/`, 'src/pages/claims/[id].astro'));
    // Mixed in the order Astro gives: the articles' pages come one after every two others.
    expect(await order([others[0]!, articles[0]!, ...others.slice(1, 4), articles[1]!, articles[2]!, ...others.slice(4)])).toEqual([
      '/claims/c-0/',
      '/claims/c-1/',
      '/articles/a/',
      '/claims/c-2/',
      '/claims/c-3/',
      '/articles/b/',
      '/claims/c-4/',
      '/claims/c-5/',
      '/articles/c/',
    ]);
  });

  test('keeps every page when one group is empty or larger than the other', async () => {
    const articles = ['a', 'b', 'c', 'd', 'e'].map((id) => path(`/articles/${id}/`, ARTICLE));
    expect(await order([path('/', 'src/pages/index.astro'), ...articles])).toEqual(['/', '/articles/a/', '/articles/b/', '/articles/c/', '/articles/d/', '/articles/e/']);
    expect(await order(articles.slice(0, 2))).toEqual(['/articles/a/', '/articles/b/']);
    expect(await order([path('/', 'src/pages/index.astro'), path('/timeline/', 'src/pages/timeline/index.astro')])).toEqual(['/', '/timeline/']);
  });
});
