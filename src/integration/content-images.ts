/**
 * Astro's image pipeline (`astro:assets`: `<Picture>`, `getImage`, sharp, its cache of transformed images
 * under `cacheDir/assets/`) works on images it has imported: an import of a `.png` gives `ImageMetadata` (its
 * size, format and a path the build can read back). The content is read by our own loader, not by Astro's
 * collections, so this Vite plugin provides a module that imports each picture the content names:
 *
 *   import pictures from 'virtual:claimdesk/pictures';
 *   pictures.get('media/flag-of-israel.png'); // ImageMetadata
 *
 * In a build the list is the pictures of the checked content, so no other file of the content folder is
 * bundled; `astro dev` lists every picture file of the folder, so that a picture added while it runs can be named.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { ContentGraph } from '../graph/graph.ts';
import { IMAGE_EXTENSIONS } from '../schemas/image.ts';

export const PICTURES_MODULE = 'virtual:claimdesk/pictures';
const RESOLVED = `\0${PICTURES_MODULE}`;
const PICTURE_FILE = new RegExp(`\\.(${IMAGE_EXTENSIONS.join('|')})$`, 'i');

/** The `src` of every picture the content names, sorted, each once. */
export function pictureSources(graph: ContentGraph): string[] {
  const sources = new Set<string>();
  for (const party of graph.parties.values()) if (party.data.image) sources.add(party.data.image.src);
  for (const article of graph.articles.values()) if (article.data.image) sources.add(article.data.image.src);
  return [...sources].sort();
}

/** Every picture file under `dir`, as content-folder paths (`media/a.png`). */
export function pictureFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => PICTURE_FILE.test(name))
      .map((name) => name.split(path.sep).join('/'))
      .sort();
  } catch {
    return [];
  }
}

/** The module's code: one import a picture, then a map from `src` to its `ImageMetadata`. */
export function picturesModule(dir: string, sources: readonly string[]): string {
  const imports = sources.map((src, i) => `import p${i} from ${JSON.stringify(path.join(dir, ...src.split('/')))};`);
  const entries = sources.map((src, i) => `[${JSON.stringify(src)}, p${i}]`);
  return `${imports.join('\n')}\nexport default new Map([${entries.join(', ')}]);\n`;
}

/** A Vite plugin serving {@link PICTURES_MODULE}; `list` gives the pictures' `src` when the module is loaded. */
export function contentPictures(dir: string, list: () => string[]) {
  return {
    name: 'claimdesk:content-pictures',
    resolveId(id: string) {
      return id === PICTURES_MODULE ? RESOLVED : undefined;
    },
    load(id: string) {
      return id === RESOLVED ? picturesModule(dir, list()) : undefined;
    },
  };
}
