/**
 * The pages' door to the content's pictures: the `ImageMetadata` Astro made for a picture's `src`, for
 * `<Picture>` and `getImage`. Every `src` of checked content is in the map (src/integration/content-images.ts).
 */
import type { ImageMetadata } from 'astro';
import pictures from 'virtual:claimdesk/pictures';

export function pictureOf(src: string): ImageMetadata {
  const picture = pictures.get(src);
  if (!picture) throw new Error(`The picture \`${src}\` is not among the content's pictures; run \`npm run check\``);
  return picture;
}
