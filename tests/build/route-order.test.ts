import type { AstroPrerenderer } from 'astro';
import { describe, expect, test } from 'vitest';
import { renderLast } from '../../src/build/route-order.ts';

type Path = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>[number];
const path = (pathname: string, component: string) => ({ pathname, route: { component } }) as unknown as Path;

describe('renderLast', () => {
  test('returns the same paths with those of the named routes last, each group in its own order', async () => {
    const paths = [
      path('/articles/a/', 'src/pages/articles/[slug].astro'),
      path('/claims/c/', 'src/pages/claims/[id].astro'),
      path('/articles/b/', 'src/pages/articles/[slug].astro'),
      path('/', 'src/pages/index.astro'),
    ];
    const render = async () => new Response('');
    const prerenderer: AstroPrerenderer = { name: 'default', getStaticPaths: async () => paths, render };
    const ordered = renderLast(prerenderer, ['src/pages/articles/[slug].astro']);
    expect((await ordered.getStaticPaths()).map((p) => p.pathname)).toEqual(['/claims/c/', '/', '/articles/a/', '/articles/b/']);
    expect(ordered.render).toBe(render);
  });
});
