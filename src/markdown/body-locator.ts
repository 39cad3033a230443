/**
 * Where each article's text starts in its file, for `remark-claim-marks` messages. The renderer gets the text
 * without the frontmatter, so positions in what the plugins see are shifted by the frontmatter's lines; the
 * renderer hands the place of the text to the plugins in the file's frontmatter data (`bodyStart`), which
 * Astro's processor passes through, and this reads it back.
 */
import type { VFile } from 'vfile';
import type { BodyStart } from './remark-claim-marks.ts';

/** A `locate` function that reads the place the renderer put in the file's Astro frontmatter data. */
export function frontmatterLocator(file: VFile): BodyStart | undefined {
  const astro = (file.data as { astro?: { frontmatter?: { bodyStart?: BodyStart } } }).astro;
  return astro?.frontmatter?.bodyStart;
}
