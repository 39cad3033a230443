import type { AstroPrerenderer, IntegrationResolvedRoute } from 'astro';
import { describe, expect, test } from 'vitest';
import { routeServing, spreadOut } from '../../src/build/route-order.ts';

type Path = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>[number];
const ARTICLE = 'src/pages/articles/[slug].astro';
const path = (pathname: string, component: string) => ({ pathname, route: { component } }) as unknown as Path;
const order = async (paths: Path[]) => {
  const render = async () => new Response('');
  const count = paths.filter((p) => p.route.component === ARTICLE).length;
  const spread = spreadOut({ name: 'default', getStaticPaths: async () => paths, render }, ARTICLE, count);
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

describe('spreadOut, checking the route', () => {
  test("throws, saying why, when the route's pages are not one an article", async () => {
    const paths = [path('/', 'src/pages/index.astro'), path('/articles/a/', ARTICLE)];
    const spread = spreadOut({ name: 'default', getStaticPaths: async () => paths, render: async () => new Response('') }, ARTICLE, 3);
    await expect(spread.getStaticPaths()).rejects.toThrow(
      "Astro's prerenderer lists 1 page(s) of the article route src/pages/articles/[slug].astro for 3 article(s): the article pages would not come in the order of their texts",
    );
  });
});

describe('routeServing', () => {
  const route = (pattern: string, patternRegex: RegExp, entrypoint: string, type = 'page') => ({ pattern, patternRegex, entrypoint, type }) as unknown as IntegrationResolvedRoute;
  const routes = [
    route('/data/[name].json', /^\/data\/([^/]+?)\.json\/?$/, 'src/pages/data/[name].json.ts', 'endpoint'),
    route('/articles/[slug]', /^\/articles\/([^/]+?)\/?$/, ARTICLE),
    route('/[...rest]', /^(?:\/(.*?))?\/?$/, 'src/pages/[...rest].astro'),
  ];

  test('returns the entrypoint of the first page route, in the order given, whose pattern matches the path', () => {
    expect(routeServing(routes, '/articles/x/')).toBe(ARTICLE);
    expect(routeServing(routes, '/about/')).toBe('src/pages/[...rest].astro');
  });

  test('throws, naming the path and the page routes, when no page route matches', () => {
    expect(() => routeServing(routes.slice(0, 1), '/articles/x/')).toThrow("no page route of Astro's route data serves /articles/x/ (page routes: none)");
    expect(() => routeServing(routes.slice(0, 2), '/about/')).toThrow("no page route of Astro's route data serves /about/ (page routes: /articles/[slug])");
  });
});
