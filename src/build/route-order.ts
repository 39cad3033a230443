/**
 * The order Astro renders pages in, for a prerenderer (`setPrerenderer` in `astro:build:start`): the pages of
 * the routes named go last, in their own order. Article pages wait on the thread that renders their texts
 * (`article-bodies.ts`); rendered last, they find their texts ready, and the other pages keep this thread busy
 * meanwhile. The set of pages and their contents do not change.
 */
import type { AstroPrerenderer } from 'astro';

/** `last`: route components, as Astro names them (`src/pages/articles/[slug].astro`). */
export function renderLast(prerenderer: AstroPrerenderer, last: readonly string[]): AstroPrerenderer {
  return {
    ...prerenderer,
    name: 'claimdesk:articles-last',
    async getStaticPaths() {
      const paths = await prerenderer.getStaticPaths();
      const rank = (component: string) => last.indexOf(component);
      return [...paths.filter((path) => rank(path.route.component) < 0), ...last.flatMap((component) => paths.filter((path) => path.route.component === component))];
    },
  };
}
