/**
 * The order Astro renders pages in, for a prerenderer (`setPrerenderer` in `astro:build:start`): the pages of
 * one route spread evenly among the others, in their own order. Article pages wait on the thread that renders
 * their texts (`article-bodies.ts`), in the order of the article route's paths: spread out, each page comes
 * about when its text does, so a text is held only briefly (rendered last, they were held until the end),
 * and the two threads work side by side to the end instead of the article pages waiting on the last texts.
 * The set of pages and their contents do not change.
 */
import type { AstroPrerenderer, IntegrationResolvedRoute } from 'astro';

/**
 * The page route Astro serves `pathname` (under the base: `/articles/x/`) from, as its route data has it
 * (`astro:routes:resolved`, routes in Astro's order of priority): its entrypoint, `src/pages/articles/[slug].astro`.
 * Throws, naming the path, when no page route matches it.
 */
export function routeServing(routes: readonly IntegrationResolvedRoute[], pathname: string): string {
  const route = routes.find((candidate) => candidate.type === 'page' && candidate.patternRegex.test(pathname));
  if (!route) {
    const pages = routes.filter((candidate) => candidate.type === 'page').map((candidate) => candidate.pattern);
    throw new Error(`no page route of Astro's route data serves ${pathname} (page routes: ${pages.join(', ') || 'none'})`);
  }
  return route.entrypoint;
}

/**
 * `component`: the route to spread, as Astro names it (`src/pages/articles/[slug].astro`); `count`: how many
 * pages it must have (one an article). Its paths are checked when Astro asks for them: another count means
 * the route is not the one the texts are rendered for, and the build stops, saying so.
 */
export function spreadOut(prerenderer: AstroPrerenderer, component: string, count: number): AstroPrerenderer {
  return {
    ...prerenderer,
    name: 'claimdesk:spread-out',
    async getStaticPaths() {
      const paths = await prerenderer.getStaticPaths();
      const spread = paths.filter((path) => path.route.component === component);
      const others = paths.filter((path) => path.route.component !== component);
      if (spread.length !== count) {
        throw new Error(
          `Astro's prerenderer lists ${spread.length} page(s) of the article route ${component} for ${count} article(s): ` +
            'the article pages would not come in the order of their texts (src/build/route-order.ts)',
        );
      }
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
