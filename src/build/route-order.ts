/**
 * The order Astro renders pages in, for a prerenderer (`setPrerenderer` in `astro:build:start`): the pages of
 * one route spread evenly among the others, in their own order. Article pages wait on the thread that renders
 * their texts (`article-bodies.ts`), in the order of the article route's paths: spread out, each page comes
 * about when its text does, so a text is held only briefly (rendered last, they were held until the end),
 * and the two threads work side by side to the end instead of the article pages waiting on the last texts.
 * The set of pages and their contents do not change.
 */
import type { AstroPrerenderer } from 'astro';

/** `component`: the route to spread, as Astro names it (`src/pages/articles/[slug].astro`). */
export function spreadOut(prerenderer: AstroPrerenderer, component: string): AstroPrerenderer {
  return {
    ...prerenderer,
    name: 'claimdesk:spread-out',
    async getStaticPaths() {
      const paths = await prerenderer.getStaticPaths();
      const spread = paths.filter((path) => path.route.component === component);
      const others = paths.filter((path) => path.route.component !== component);
      const ordered: typeof paths = [];
      let placed = 0;
      others.forEach((path, i) => {
        ordered.push(path);
        // After i + 1 of the others, floor((i + 1) * spread / others) of the spread pages.
        while (placed < spread.length && (placed + 1) * others.length <= (i + 1) * spread.length) ordered.push(spread[placed++]!);
      });
      ordered.push(...spread.slice(placed));
      return ordered;
    },
  };
}
