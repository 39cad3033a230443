/**
 * `astro dev` and the content folder. Astro watches the files its pages import, not `content/`, and keeps
 * each route's `getStaticPaths()` until one of its own content collections changes, which this site has none
 * of: a new article, party, source, claim or event was a 404 until a restart, and one content error turned
 * every page into a bare 500. So, while the dev server runs:
 *
 * - Vite's watcher watches the content folder; on any change the route cache is cleared with the event
 *   Astro's dev app listens for (`astro:content-changed`), so every route's static paths are read again from
 *   the content on the next request, and open pages reload.
 * - The pages' query layer reads the content as of the last change (`shareDevContent`), loaded once per
 *   change rather than once per request.
 * - Every page request first asks for the content's check: while it has errors,
 *   every page is a problem page listing them in the checker's words (`file:line:column`), which reloads by
 *   itself once the files are fixed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { loadContent, type CheckedContent } from '../loader/load-content.ts';
import { shareDevContent } from '../query/shared-content.ts';
import { reportProblems } from './content-check.ts';
import { problemPage } from './problem-page.ts';

/** What Astro's dev app clears its route cache on (`astro/dist/core/app/entrypoints/virtual/dev.js`). */
const ROUTES_CHANGED = 'astro:content-changed';

/**
 * Checks that this version of Astro still clears its route cache on {@link ROUTES_CHANGED}: the assumption
 * this integration makes of Astro's internals. Returns why not, or undefined.
 */
function routeCacheAssumption(): string | undefined {
  const astro = path.dirname(createRequire(import.meta.url).resolve('astro/package.json'));
  const app = path.join(astro, 'dist/core/app/entrypoints/virtual/dev.js');
  let text: string;
  try {
    text = readFileSync(app, 'utf8');
  } catch {
    return `${app} is missing`;
  }
  return /hot\.on\(\s*"astro:content-changed"[\s\S]{0,120}clearAll\(\)/.test(text) ? undefined : `${app} no longer clears the route cache on "${ROUTES_CHANGED}"`;
}

/** A page request (`/claims/x/`, `/pr-12/`, `/404.html`), not a script, style, picture or one of Vite's own. */
function isPageRequest(request: IncomingMessage): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const pathname = (request.url ?? '/').split('?')[0]!;
  if (/\/(?:@[\w-]+|_astro|_image|node_modules)\//.test(pathname) || pathname.startsWith('/@')) return false;
  return pathname.endsWith('/') || pathname.endsWith('.html');
}

export function devContent(dir: string): AstroIntegration {
  const root = path.resolve(dir);
  let base = '/';
  /** The content's check since the last change, loaded when a page asks for it. */
  let checked: Promise<CheckedContent> | undefined;
  const check = () => (checked ??= loadContent(root));

  function watch(server: ViteDevServer, logger: AstroIntegrationLogger) {
    const problem = routeCacheAssumption();
    if (problem) logger.warn(`new, renamed or removed articles, parties, sources, claims and events need a restart of the dev server: ${problem}`);
    /** Forget the content and the routes' static paths: the next request reads them again. */
    const invalidate = () => {
      checked = undefined;
      for (const environment of Object.values(server.environments)) {
        if (environment.name !== 'client') environment.hot.send(ROUTES_CHANGED, {});
      }
    };
    let settled: NodeJS.Timeout | undefined;
    const changed = (file: string) => {
      const relative = path.relative(root, file);
      if (relative.startsWith('..') || path.isAbsolute(relative)) return;
      invalidate();
      server.environments.client?.hot.send({ type: 'full-reload', path: '*' });
      // Once a burst of saves has settled: read again (the watcher drops a second change of a file within
      // 50 ms of the first), and print the check's problems in the terminal.
      clearTimeout(settled);
      settled = setTimeout(() => {
        invalidate();
        check().then(
          (content) => reportProblems(content, 'dev', (text) => process.stderr.write(text), process.stderr.isTTY === true && !process.env.NO_COLOR),
          (error: unknown) => logger.error(`the content could not be read: ${(error as Error).message}`),
        );
      }, 150);
    };
    server.watcher.add(root);
    for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) server.watcher.on(event, changed);
  }

  async function problems(request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) {
    if (!isPageRequest(request)) return next();
    try {
      const content = await check();
      const errors = content.problems.filter((problem) => problem.severity === 'error');
      if (errors.length === 0) return next();
      response.statusCode = 500;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.setHeader('Cache-Control', 'no-store');
      response.end(request.method === 'HEAD' ? undefined : problemPage(errors, content.problems.length - errors.length, base));
    } catch (error) {
      next(error);
    }
  }

  return {
    name: 'claimdesk:dev-content',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'dev') return;
        // The project's tests and benchmark folders are not the site: their fixtures include a loop of links,
        // which the watcher would walk at every start.
        const project = fileURLToPath(config.root);
        const unwatched = ['tests', 'bench'].map((folder) => path.join(project, folder) + path.sep);
        const inContent = (file: string) => file === root || file.startsWith(root + path.sep);
        updateConfig({ vite: { server: { watch: { ignored: [(file: string) => unwatched.some((folder) => file.startsWith(folder)) && !inContent(file)] } } } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:server:setup': ({ server, logger }) => {
        shareDevContent(check);
        watch(server, logger);
        server.middlewares.use((request, response, next) => void problems(request, response, next));
      },
    },
  };
}
