/**
 * The pictures of the outputs an edit build keeps (docs/edit-builds.md). Astro makes a picture's files
 * (`_astro/<name>_<hash>.webp`...) only for the transforms the pages it renders ask for: each `getImage` in a
 * build calls `globalThis.astroAsset.addStaticImage(options, hashProperties, originalFSPath)`
 * (`node_modules/astro/dist/assets/vite-plugin-assets.js`, `addStaticImageFactory`), and Astro generates what
 * was added once the pages are done, then deletes each original that no page used whole. A kept page renders
 * nothing, so its transforms are noted as read keys (`image:<the call, as JSON>`) while it renders, and added
 * again, call for call, when it is kept; so are the originals it used whole (`image-used:<file>`), which Astro
 * would otherwise delete. The keys' digest is that of the original file (`content-digests.ts`), so a picture
 * replaced renders its pages again.
 */
import { AstroError } from 'astro/errors';
import { recordRead } from '../graph/reads.ts';

export const IMAGE_KEY = 'image:';
/** An original a page used whole (its `src` or size read from the imported picture): Astro keeps that file. */
export const IMAGE_USED_KEY = 'image-used:';

type AddStaticImage = (options: unknown, hashProperties: unknown, originalFSPath: unknown) => unknown;
interface AssetHooks {
  addStaticImage?: AddStaticImage & { [NOTED]?: AddStaticImage };
  referencedImages?: Set<string>;
}
const NOTED = Symbol.for('claimdesk.noted-images');

/**
 * Astro's set of originals used whole (`globalThis.astroAsset.referencedImages`, filled by the imported
 * picture's proxy, `assets/utils/proxy.js`), noting each one a render adds.
 */
class NotedUses extends Set<string> {
  override add(fsPath: string): this {
    recordRead(`${IMAGE_USED_KEY}${fsPath}`);
    return super.add(fsPath);
  }
}

/**
 * Notes each picture transform the page being rendered asks for, from now on; returns the function that adds
 * the transforms named by kept outputs' keys. Throws when Astro's hook is not where it is expected.
 */
export function notePictures(): (keys: Iterable<string>) => void {
  const hooks = (globalThis as { astroAsset?: AssetHooks }).astroAsset;
  const current = hooks?.addStaticImage;
  if (!hooks || typeof current !== 'function') {
    throw new AstroError(
      'Edit builds found no `globalThis.astroAsset.addStaticImage` when the pages were about to render.',
      'Astro registers it when its build starts (assets/vite-plugin-assets.js); this version of Astro may work otherwise. Build with `--clean` and report it.',
    );
  }
  const add = current[NOTED] ?? current;
  const used = hooks.referencedImages;
  if (!(used instanceof NotedUses)) hooks.referencedImages = new NotedUses(used ?? []);
  hooks.addStaticImage = Object.assign((options: unknown, hashProperties: unknown, originalFSPath: unknown) => {
    recordRead(`${IMAGE_KEY}${JSON.stringify([options, hashProperties, originalFSPath])}`);
    return add(options, hashProperties, originalFSPath);
  }, { [NOTED]: add });
  return (keys) => {
    for (const key of keys) {
      if (key.startsWith(IMAGE_USED_KEY)) hooks.referencedImages!.add(key.slice(IMAGE_USED_KEY.length));
      if (!key.startsWith(IMAGE_KEY)) continue;
      const [options, hashProperties, originalFSPath] = JSON.parse(key.slice(IMAGE_KEY.length)) as [unknown, unknown, unknown];
      add(options, hashProperties, originalFSPath);
    }
  };
}
