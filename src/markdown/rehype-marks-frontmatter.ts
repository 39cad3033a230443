/**
 * rehype plugin, last in the chain: copies `file.data.bodyMarks` to `file.data.astro.frontmatter.bodyMarks`,
 * where Astro's Markdown renderer picks it up and `render(entry)` returns it as `remarkPluginFrontmatter`.
 * Outside Astro (no `file.data.astro`) it does nothing. The frontmatter object is copied, never changed in place.
 */
import type { VFile } from 'vfile';
import { bodyMarks } from './body-marks.ts';

interface AstroData {
  frontmatter?: Record<string, unknown>;
}

export default function rehypeMarksFrontmatter() {
  return (_tree: unknown, file: VFile) => {
    const astro = (file.data as { astro?: AstroData }).astro;
    if (astro) astro.frontmatter = { ...astro.frontmatter, bodyMarks: bodyMarks(file) };
  };
}
