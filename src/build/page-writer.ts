/**
 * Writes each rendered page itself, synchronously, for a prerenderer (`setPrerenderer` in
 * `astro:build:start`), and hands Astro an empty response, which Astro counts as a page built and does not
 * write. Astro writes each page with a `mkdir` and a `writeFile` through the promise API, from four
 * renders at a time: a build of 10,000 articles writes 94,000 pages, each in a folder of its own, and those
 * writes cost about three times the CPU of the same writes made synchronously from one thread (bench/README.md,
 * Performance). The file is the one Astro would write (`build.format: 'directory'`: `<path>/index.html`), with the same
 * bytes; anything else (endpoints, redirects, the 404 page and other statuses) is left to Astro.
 *
 * That Astro writes nothing for a 200 response without a body is its behaviour, not its promise
 * (`renderPath` in `node_modules/astro/dist/core/build/generate.js` returns early and logs "file not created"):
 * `verifyUnwritten` checks it once per build, on the first page written here, and fails the build if Astro
 * wrote that file after all.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { outputFault, outputFolderOf } from './output-swap.ts';
import path from 'node:path';
import type { AstroPrerenderer } from 'astro';
import { withBase } from '../core/with-base.ts';

/**
 * The file a page's URL is written to: `outDir` is Astro's output folder, `base` its `base` (`/` or
 * `/pr-12/`). Undefined for a URL outside `base`.
 */
export function pageFile(outDir: string, base: string, url: string): string | undefined {
  const { pathname } = new URL(url);
  const prefix = withBase(base, '');
  const inside = pathname === prefix.slice(0, -1) ? '' : pathname.startsWith(prefix) ? pathname.slice(prefix.length) : undefined;
  if (inside === undefined) return undefined;
  const segments = inside.split('/').filter((segment) => segment !== '').map((segment) => decodeURIComponent(segment));
  if (segments.some((segment) => segment === '.' || segment === '..' || segment.includes(path.sep))) return undefined;
  return path.join(outDir, ...segments, 'index.html');
}

export interface PageWriter extends AstroPrerenderer {
  /**
   * Throws, naming the file and the cause, when the first page written here no longer holds the bytes written:
   * Astro wrote it too. Call once the pages are generated (`astro:build:generated`).
   */
  verifyUnwritten(): void;
}

/** `format`: Astro's `build.format`; with any other than `directory`, Astro writes the pages itself. */
export function writePages(prerenderer: AstroPrerenderer, options: { outDir: string; base: string; format: string }): PageWriter {
  if (options.format !== 'directory') return { ...prerenderer, verifyUnwritten() {} };
  let first: { file: string; html: Uint8Array } | undefined;
  return {
    ...prerenderer,
    name: 'claimdesk:page-writer',
    verifyUnwritten() {
      if (!first) return;
      const now = readFileSync(first.file);
      if (Buffer.compare(now, first.html) === 0) return;
      throw new Error(
        `${first.file} holds ${now.length} bytes, not the ${first.html.length} the page writer wrote: Astro wrote the page too. ` +
          'The page writer (src/build/page-writer.ts) relies on Astro writing no file for a page rendered with status 200 and no body; this version of Astro does, so every page it writes would be empty',
      );
    },
    async render(request, renderOptions) {
      const rendered = await prerenderer.render(request, renderOptions);
      const response = rendered instanceof Response ? rendered : rendered.response;
      const file = renderOptions.routeData.type === 'page' && response.status === 200 && response.body ? pageFile(options.outDir, options.base, request.url) : undefined;
      if (!file) return rendered;
      const html = new Uint8Array(await response.arrayBuffer());
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, html);
        first ??= { file, html };
      } catch (error) {
        // A full disk or a folder that cannot be written: one line, the previous site untouched (output-swap.ts).
        throw outputFault(error, outputFolderOf(options.outDir));
      }
      const empty = new Response(null, { status: response.status, headers: response.headers });
      return rendered instanceof Response ? empty : { ...rendered, response: empty };
    },
  };
}
