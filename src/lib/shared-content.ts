/**
 * The content `astro.config.ts` loads and checks before the build, handed to the pages' query layer in the
 * same process, so that a build reads and validates 10,000 articles once rather than twice. Astro bundles
 * the pages apart from the config, so a module variable would not be shared: the hand-over is a global.
 */
import type { LoadedContent } from './loader/load-content.ts';

const KEY = Symbol.for('claimdesk.content');

/** Keeps the loaded content for {@link sharedContent}. */
export function shareContent(content: LoadedContent): void {
  (globalThis as Record<symbol, unknown>)[KEY] = content;
}

/** The content `shareContent` kept, or undefined when nothing was shared (outside `astro build`). */
export function sharedContent(): LoadedContent | undefined {
  return (globalThis as Record<symbol, unknown>)[KEY] as LoadedContent | undefined;
}
