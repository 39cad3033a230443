/**
 * Astro's console logger (`astro/logger/node`), less the two lines it prints for every page written
 * (`├─ /claims/x/index.html` and its `(+3ms)`): a 10,000-article archive has about 94,000 pages, and printing
 * them took as long as rendering a few thousand. A count goes out every {@link EVERY} pages instead, so a
 * long build still shows it is moving. Every other message is Astro's own, as Astro prints it.
 * Set as `logger: { entrypoint }` in `astro.config.ts`; Astro loads it with a plain `import()`.
 */
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import nodeLogger, { type NodeHandlerConfig } from 'astro/logger/node';

export const EVERY = 5000;

// The ANSI colour codes Astro wraps the page lines in.
const COLOUR = /\u001b\[[0-9;]*m/g;
const PAGE = /^\s*[├└]─ /;
const TIME = /^\s*\(\+[\d.]+m?s\)/;

/** Whether a message is one of the lines Astro prints for each page it writes. */
export function isPageLine({ label, level, message }: AstroLoggerMessage): boolean {
  if (level !== 'info' || (label !== null && label !== 'SKIP_FORMAT')) return false;
  const text = message.replace(COLOUR, '');
  return PAGE.test(text) || TIME.test(text);
}

export default function buildLog(config?: NodeHandlerConfig): AstroLoggerDestination {
  const astro = nodeLogger(config);
  let pages = 0;
  return {
    write(message) {
      if (!isPageLine(message)) return astro.write(message);
      if (message.label !== null) return; // the time of a page
      pages++;
      if (pages % EVERY === 0) astro.write({ label: 'build', level: 'info', message: `${pages.toLocaleString('en')} pages written`, newLine: true });
    },
  };
}
