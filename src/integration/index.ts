/**
 * `claimdesk()`, the site's one integration, as `astro.config.ts` uses it: the config holds Astro's own
 * options and this one call. When Astro sets up (`astro:config:setup`), it
 * - loads the content once with the checker's loader (`src/loader/`) and prints its problems; a build with
 *   an error stops there, before any page is rendered (`content-check.ts`);
 * - in a build, hands the loaded content to the pages' query layer (`src/query/shared-content.ts`), so that
 *   the pages read it and do not load it again;
 * - adds the article pass (`article-pass.ts`: the thread rendering the article texts and the search index,
 *   the page writer and the article pages' order), the sitemap (`sitemap.ts`), and last the output swap
 *   (`src/build/output-swap.ts`: the build writes into a staging folder that replaces the output on success).
 * Every failure is thrown as an `AstroError` with a hint; nothing here exits the process.
 */
import type { AstroIntegration } from 'astro';
import { contentDir } from '../loader/content-dir.ts';
import { loadContent, type CheckedContent } from '../loader/load-content.ts';
import { shareContent } from '../query/shared-content.ts';
import { outputSwap } from '../build/output-swap.ts';
import { articlePass } from './article-pass.ts';
import { reportProblems, requireContentDir, type Command } from './content-check.ts';
import { isolateEnvironment } from './environment.ts';
import { sitemap } from './sitemap.ts';

export interface ClaimdeskOptions {
  /** The content folder. Default: `CLAIMDESK_CONTENT`, or `content/` in the project. */
  content?: string;
  /** Articles in each part of the search index, with their claims (`src/build/search-index.ts`). Default: 2,000. */
  articlesPerPart?: number;
  /** Pages whose path under the base (`404/`, `claims/x/`) stays out of the sitemap. Default: the 404 page. */
  sitemapExclude?: (pathname: string) => boolean;
}

const notFoundPage = (pathname: string) => /^404\/?$/.test(pathname);

export default function claimdesk({ content: dir = contentDir(), articlesPerPart = 2000, sitemapExclude = notFoundPage }: ClaimdeskOptions = {}): AstroIntegration {
  isolateEnvironment();
  /** The content of this build; set before any other hook of the site runs. */
  let content: CheckedContent | undefined;
  return {
    name: 'claimdesk',
    hooks: {
      'astro:config:setup': async ({ command, updateConfig }) => {
        if (command === 'build' || command === 'dev') {
          requireContentDir(dir);
          // Only the graph, the problems and the file count are kept for the rest of the build.
          const { graph, problems, fileCount } = await loadContent(dir);
          content = { graph, problems, fileCount };
          reportProblems(content, command as Command, (text) => process.stderr.write(text), process.stderr.isTTY === true && !process.env.NO_COLOR);
          if (command === 'build') shareContent(content);
        }
        updateConfig({
          // Four pages in hand at a time: an article page waiting on its text does not hold up the others.
          // The page writer writes the files of the 'directory' format (src/build/page-writer.ts).
          build: { format: 'directory', concurrency: 4 },
          // The output swap last: it puts the staging folder in place once every other has written into it.
          integrations: [articlePass(() => content, { articlesPerPart }), sitemap({ exclude: sitemapExclude }), outputSwap()],
        });
      },
    },
  };
}
