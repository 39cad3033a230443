/**
 * The content's pictures in the site: the pages show them through `astro:assets` (the Vite plugin of
 * `content-images.ts`, which `claimdesk()` adds, gives Astro an import for each), and when the build is done
 * each original file is copied beside the pages at its content path (`media/flag-of-israel.png`), the
 * address the open data gives.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { CheckedContent } from '../loader/load-content.ts';
import { pictureSources } from './content-images.ts';

export function publishPictures(content: () => CheckedContent | undefined, dir: string): AstroIntegration {
  return {
    name: 'claimdesk:pictures',
    hooks: {
      'astro:build:done': async ({ dir: out, logger }) => {
        const loaded = content();
        if (!loaded) return;
        const sources = pictureSources(loaded.graph);
        const target = fileURLToPath(out);
        for (const src of sources) {
          const file = path.join(target, ...src.split('/'));
          await mkdir(path.dirname(file), { recursive: true });
          await copyFile(path.join(dir, ...src.split('/')), file);
        }
        if (sources.length > 0) logger.info(`pictures: ${sources.length} originals published for the open data`);
      },
    },
  };
}
