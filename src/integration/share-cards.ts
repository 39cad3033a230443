/**
 * Share cards in `astro build`: when the build starts, the plan (src/formats/cards/card-plan.ts) goes to the
 * card thread (src/build/share-cards.ts) while the pages are rendered, each linking its card in `og:image`;
 * when the build is done, this thread makes the cards still to make beside the card thread, the cards are
 * copied into the site, and the log says how many were made and how many reused from the cache. `kinds`:
 * which pages get cards (the site option `shareCards`); `claimdesk()` hands them to the pages.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { makeCards, publishCards, type CardThread } from '../build/share-cards.ts';
import { planCards, type Card, type CardKind } from '../formats/cards/card-plan.ts';
import type { CheckedContent } from '../loader/load-content.ts';

export function shareCards(content: () => CheckedContent | undefined, contentDir: string, kinds: readonly CardKind[]): AstroIntegration {
  let cacheDir = '';
  let cards: Card[] = [];
  let making: CardThread | undefined;
  return {
    name: 'claimdesk:share-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('claimdesk-cards/', config.cacheDir));
      },
      'astro:build:start': () => {
        const loaded = content();
        if (!loaded) return;
        cards = planCards(loaded.graph, kinds);
        if (cards.length === 0) return;
        making = makeCards({ cards: cards.map(({ input }) => ({ input })), contentDir, cacheDir });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!making) return;
        // The pages are done: this thread makes the cards left from the end while the card thread goes on.
        const result = await making.finish();
        await publishCards(cards, result, cacheDir, fileURLToPath(dir));
        logger.info(`share cards: ${result.made} made, ${result.reused} reused from the cache (${cards.length} in all, ${(result.ms / 1000).toFixed(1)} s in their thread)`);
      },
    },
  };
}
