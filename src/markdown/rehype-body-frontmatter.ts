/**
 * rehype plugin, last in the chain: copies `file.data.bodyMarks`, and the words of the rendered tree for the
 * search index (`searchText`), to `file.data.astro.frontmatter` (`bodyMarks`, `bodyText`), where Astro's Markdown renderer
 * picks them up and returns them as the render's metadata. Outside Astro (no `file.data.astro`) it does
 * nothing. The frontmatter object is copied, never changed in place.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { bodyMarks } from './body-marks.ts';
import { searchText } from './search-text.ts';

interface AstroData {
  frontmatter?: Record<string, unknown>;
}

export default function rehypeBodyFrontmatter() {
  return (tree: Root, file: VFile) => {
    const astro = (file.data as { astro?: AstroData }).astro;
    if (astro) astro.frontmatter = { ...astro.frontmatter, bodyMarks: bodyMarks(file), bodyText: searchText(tree) };
  };
}
