/**
 * The prerenderer of an edit build (docs/edit-builds.md), around the page writer: it notes what each output
 * reads while it renders (src/graph/reads.ts), and leaves out of Astro's list the outputs the plan keeps
 * (`edit-plan.ts`), which are linked into the staging folder instead. Outputs are known by their file in the
 * output folder, the one Astro writes (`build.format: 'directory'`): `articles/x/index.html`, `404.html`,
 * `rss.xml`; the integration checks after the build that each file it noted is there.
 */
import type { AstroPrerenderer } from 'astro';
import { collectReads } from '../graph/reads.ts';
import { notePictures } from './edit-pictures.ts';
import type { OutputRecord } from './edit-manifest.ts';

/** What the build rendered, by file: its route, whether it is a page, and the keys it read. */
export type RenderedOutputs = Map<string, { route: string; page: boolean; reads: Set<string> }>;

/** The file of an output, from its path under the base (`/articles/x/`, `/rss.xml`) and whether it is a page. */
export function outputFile(pathname: string, page: boolean): string {
  const inside = pathname
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => decodeURIComponent(segment))
    .join('/');
  if (!page) return inside;
  if (inside === '404' || inside === '500') return `${inside}.html`;
  return inside === '' ? 'index.html' : `${inside}/index.html`;
}

/** The page name Astro gives the sitemap for a page's file (`articles/x/`, `404/`, `` for the home page). */
export function pageName(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/');
}

export interface EditOutputs {
  /** Outputs of the last build to keep, by file (none in a clean build). */
  kept: ReadonlyMap<string, OutputRecord>;
  /**
   * Called once with the kept outputs that this build's routes still give, before any is rendered; returns
   * the keys they read, so that their pictures are made again (`edit-pictures.ts`).
   */
  keep: (files: string[]) => Iterable<string>;
  /** Astro's `base`. */
  base: string;
  /** Filled as the build renders. */
  rendered: RenderedOutputs;
  /** Filled with every file this build's routes give, kept or rendered. */
  current: Set<string>;
}

export function editOutputs(prerenderer: AstroPrerenderer, outputs: EditOutputs): AstroPrerenderer {
  const prefix = outputs.base.endsWith('/') ? outputs.base : `${outputs.base}/`;
  return {
    ...prerenderer,
    name: 'claimdesk:edit-outputs',
    async getStaticPaths() {
      const paths = await prerenderer.getStaticPaths();
      const addPictures = notePictures();
      const keep: string[] = [];
      const render = paths.filter(({ pathname, route }) => {
        const file = outputFile(pathname, route.type === 'page');
        outputs.current.add(file);
        if (outputs.kept.get(file)?.route !== route.component) return true;
        keep.push(file);
        return false;
      });
      addPictures(outputs.keep(keep));
      return render;
    },
    async render(request, options) {
      const { value, reads } = collectReads(async () => {
        const rendered = await prerenderer.render(request, options);
        const response = rendered instanceof Response ? rendered : rendered.response;
        if (!response.body || response.bodyUsed) return rendered;
        // Read the body here, so that what a lazily rendered body reads is noted too.
        const buffered = new Response(await response.arrayBuffer(), { status: response.status, statusText: response.statusText, headers: response.headers });
        return rendered instanceof Response ? buffered : { ...rendered, response: buffered };
      });
      const result = await value;
      const { pathname } = new URL(request.url);
      const inside = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname === prefix.slice(0, -1) ? '' : pathname;
      const page = options.routeData.type === 'page';
      outputs.rendered.set(outputFile(inside, page), { route: options.routeData.component, page, reads });
      return result;
    },
  };
}
