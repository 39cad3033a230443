/**
 * How Astro's image service encodes the content's pictures. With Astro's sharp service (the default), AVIF is
 * encoded at sharp's effort 2 rather than its default 4: a quarter of the CPU for 7 % more bytes (the bench
 * corpus's 74 pictures at their widths: 3.2 against 11.3 s, 74 against 69 kB; effort 3: 5.7 s, 71 kB), and
 * AVIF was most of a cold build's time on pictures (bench/README.md). WebP and the fallback keep sharp's
 * defaults. An `avif` setting of the site's own config wins; another image service is left as it is.
 */
import type { AstroConfig } from 'astro';
import type { SharpImageServiceConfig } from 'astro/assets/services/sharp';

export const AVIF_EFFORT = 2;

/** Astro's own sharp service, as its config schema names it (`astro/dist/core/config/schemas/defaults.js`). */
const SHARP_SERVICE = 'astro/assets/services/sharp';

/** The `image` config to merge into the site's (`updateConfig`), or undefined when the service is not Astro's sharp. */
export function pictureEncoding(image: AstroConfig['image']): Partial<AstroConfig['image']> | undefined {
  if (image.service.entrypoint !== SHARP_SERVICE) return undefined;
  const own = (image.service.config as SharpImageServiceConfig).avif;
  return { service: { entrypoint: SHARP_SERVICE, config: { avif: { effort: AVIF_EFFORT, ...own } } } };
}
