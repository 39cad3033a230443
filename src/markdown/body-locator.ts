/**
 * Where each article's text starts in its file, for `remark-claim-marks` messages. Astro renders the text
 * without the frontmatter and with leading blank lines trimmed, so positions in what the plugins see are
 * shifted by the frontmatter's lines; this gives them back their place in the file.
 */
import path from 'node:path';
import type { VFile } from 'vfile';
import type { ContentFile } from '../lib/load-content.ts';
import type { BodyStart } from './remark-claim-marks.ts';

/** A `locate` function over the loaded content files (keyed by path relative to `cwd`). */
export function bodyLocator(files: ReadonlyMap<string, ContentFile>, cwd: string = process.cwd()) {
  return (file: VFile): BodyStart | undefined => {
    if (!file.path) return undefined;
    const relative = path.relative(cwd, file.path).split(path.sep).join('/');
    const entry = files.get(relative);
    if (entry?.body === undefined || entry.bodyStartLine === undefined) return undefined;
    return bodyStart(relative, entry.body, entry.bodyStartLine);
  };
}

/** The place of the first character of `body.trim()`, given the line on which `body` starts. */
export function bodyStart(file: string, body: string, bodyStartLine: number): BodyStart {
  const lead = /^\s*/.exec(body)![0];
  const lines = lead.split('\n');
  return { file, line: bodyStartLine + lines.length - 1, column: lines.at(-1)!.length + 1 };
}
