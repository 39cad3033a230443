/**
 * `claimdesk()`, the site's one integration, as `astro.config.ts` uses it: the config holds Astro's own
 * options and this one call. When Astro sets up (`astro:config:setup`), it
 * - loads the content once with the checker's loader (`src/loader/`) and prints its problems; a build with
 *   an error stops there, before any page is rendered (`content-check.ts`);
 * - in a build, hands the loaded content to the pages' query layer (`src/query/shared-content.ts`), so that
 *   the pages read it and do not load it again;
 * - adds the article pass (`article-pass.ts`: the thread rendering the article texts and the search index,
 *   the page writer and the article pages' order), the sitemap (`sitemap.ts`), edit builds (`edit-builds.ts`:
 *   render only what the content's changes touch), and last the output swap (`src/build/output-swap.ts`: the
 *   build writes into a staging folder that replaces the output on success);
 * - gives Astro's image pipeline the content's pictures (`content-images.ts`) and its AVIF effort
 *   (`picture-encoding.ts`), publishes the originals (`pictures.ts`), and makes the share cards in a thread
 *   of their own (`share-cards.ts`);
 * - in `astro dev`, watches the content folder, so that any change shows on the next request, and shows a
 *   page listing the content's errors while it has some (`dev-content.ts`).
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
import { devContent } from './dev-content.ts';
import { previewBuild } from '../core/preview.ts';
import { sitemap } from './sitemap.ts';
import { AstroError } from 'astro/errors';
import { DEFAULT_CARD_KINDS, parseCardKinds, type CardKind } from '../formats/cards/card-plan.ts';
import { shareCardKinds } from '../query/shared-content.ts';
import { contentPictures, pictureFiles, pictureSources } from './content-images.ts';
import { publishPictures } from './pictures.ts';
import { shareCards } from './share-cards.ts';
import { pictureEncoding } from './picture-encoding.ts';
import { editBuilds } from './edit-builds.ts';

export interface ClaimdeskOptions {
  /** The content folder. Default: `CLAIMDESK_CONTENT`, or `content/` in the project. */
  content?: string;
  /** Articles in each part of the search index, with their claims, at most (`src/build/search-plan.ts`). Default: 2,000. */
  articlesPerPart?: number;
  /** Pages whose path under the base (`404/`, `claims/x/`) stays out of the sitemap. Default: the 404 page. */
  sitemapExclude?: (pathname: string) => boolean;
  /**
   * Which pages get a share card (`og:image`): `articles`, `rated-claims` (every status but `unverified`),
   * `all-claims`; `[]` for none. `CLAIMDESK_CARDS` (`articles,rated-claims`, or `none`) overrides it, so a
   * benchmark or a large archive can choose its cold-build cost. Default: articles and rated claims.
   */
  shareCards?: readonly CardKind[];
}

/** The card kinds: `CLAIMDESK_CARDS` if set, else the option. */
function cardKinds(option: readonly CardKind[]): readonly CardKind[] {
  const env = process.env.CLAIMDESK_CARDS;
  if (env === undefined) return option;
  try {
    return parseCardKinds(env);
  } catch (error) {
    throw new AstroError(`CLAIMDESK_CARDS: ${(error as Error).message}.`, 'Set it to a comma-separated list such as `articles,rated-claims`, or to `none`.');
  }
}

/** Fails before any page is built when `CLAIMDESK_PREVIEW_PR` is set to something other than a pull request's number. */
function checkPreview(): void {
  try {
    previewBuild();
  } catch (error) {
    throw new AstroError((error as Error).message, 'Pull-request previews set it in .github/workflows/preview.yml; see docs/previews-and-ci.md.');
  }
}

const notFoundPage = (pathname: string) => /^404\/?$/.test(pathname);

export default function claimdesk({ content: dir = contentDir(), articlesPerPart = 2000, sitemapExclude = notFoundPage, shareCards: cards = DEFAULT_CARD_KINDS }: ClaimdeskOptions = {}): AstroIntegration {
  isolateEnvironment();
  checkPreview();
  /** The content of this build; set before any other hook of the site runs. */
  let content: CheckedContent | undefined;
  return {
    name: 'claimdesk',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig }) => {
        if (command === 'build' || command === 'dev') {
          requireContentDir(dir);
          // Only the graph, the problems and the file count are kept for the rest of the build.
          const { graph, problems, fileCount } = await loadContent(dir);
          content = { graph, problems, fileCount };
          reportProblems(content, command as Command, (text) => process.stderr.write(text), process.stderr.isTTY === true && !process.env.NO_COLOR);
          if (command === 'build') shareContent(content);
        }
        const kinds = cardKinds(cards);
        // What else shapes the outputs, for the build digest of edit builds.
        const edits = editBuilds({ articlesPerPart, cards: kinds, content: dir });
        // The pages link the cards of these kinds.
        shareCardKinds(kinds);
        // A build imports the pictures the checked content names; `astro dev` every picture file of the folder,
        // so that a picture added while it runs can be named.
        const pictures = command === 'build' ? () => (content ? pictureSources(content.graph) : []) : () => pictureFiles(dir);
        const encoding = pictureEncoding(config.image);
        updateConfig({
          // Four pages in hand at a time: an article page waiting on its text does not hold up the others.
          // The page writer writes the files of the 'directory' format (src/build/page-writer.ts).
          build: { format: 'directory', concurrency: 4 },
          vite: { plugins: [contentPictures(dir, pictures)] },
          // AVIF at a lower effort than sharp's default: most of a cold build's time on pictures (picture-encoding.ts).
          ...(encoding ? { image: encoding } : {}),
          // The output swap last: it puts the staging folder in place once every other has written into it; the
          // manifest of an edit build is written after that (src/integration/edit-builds.ts).
          integrations: [
            articlePass(() => content, edits, { articlesPerPart }),
            publishPictures(() => content, dir),
            shareCards(() => content, dir, kinds),
            sitemap({ exclude: sitemapExclude, kept: edits.keptPages }),
            edits.integration,
            devContent(dir),
            outputSwap({ swapped: edits.swapped }),
          ],
        });
      },
    },
  };
}
