/**
 * The picture files the content names, checked: each `image.src` of a party or an article must be a file in
 * the content folder that sharp can read as JPEG, PNG, WebP, AVIF or SVG, at least the size its place needs
 * ({@link IMAGE_MIN}); a file over {@link IMAGE_MAX_BYTES} is a warning. What is written (`alt`, `credit`, a
 * remote address) is the schema's (`src/schemas/image.ts`). Each file is read once however many entries use it.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { ContentGraph, GraphProblem } from '../graph/graph.ts';
import { suggest } from '../core/suggest.ts';
import { IMAGE_FORMATS, IMAGE_MAX_BYTES, IMAGE_MIN } from '../schemas/image.ts';

/** What a readable picture file is. */
export interface ImageFile {
  format: string;
  width: number;
  height: number;
  bytes: number;
}

type Use = Pick<GraphProblem, 'collection' | 'id' | 'file'> & { src: string };

/** Every problem with the picture files the content names, as graph problems on `image.src`. */
export async function imageFileProblems(graph: ContentGraph, dir: string): Promise<GraphProblem[]> {
  const uses: Use[] = [];
  for (const party of graph.parties.values()) {
    if (party.data.image) uses.push({ collection: 'parties', id: party.id, ...(party.file ? { file: party.file } : {}), src: party.data.image.src });
  }
  for (const article of graph.articles.values()) {
    if (article.data.image) uses.push({ collection: 'articles', id: article.id, ...(article.file ? { file: article.file } : {}), src: article.data.image.src });
  }
  if (uses.length === 0) return [];
  const root = await realpath(dir).catch(() => path.resolve(dir));
  const listings = new Map<string, Promise<string[]>>();
  const files = new Map<string, Promise<ImageFile | string>>();
  const read = (src: string) => {
    let found = files.get(src);
    if (!found) {
      found = readImage(root, src, (folder) => {
        let names = listings.get(folder);
        if (!names) listings.set(folder, (names = readdir(path.join(root, folder)).catch(() => [])));
        return names;
      });
      files.set(src, found);
    }
    return found;
  };
  const problems: GraphProblem[] = [];
  for (const use of uses) {
    const { src, ...where } = use;
    const at = (severity: GraphProblem['severity'], message: string) => problems.push({ severity, ...where, path: ['image', 'src'], message });
    const file = await read(src);
    if (typeof file === 'string') {
      at('error', file);
      continue;
    }
    const small = use.collection === 'parties' ? Math.min(file.width, file.height) < IMAGE_MIN.party.side : file.width < IMAGE_MIN.article.width;
    if (small) {
      const needs = use.collection === 'parties' ? `at least ${IMAGE_MIN.party.side} px on its shorter side for a party` : `at least ${IMAGE_MIN.article.width} px wide for an article's lead`;
      at('error', `\`${src}\` is ${file.width}×${file.height} px; a picture must be ${needs}; use a larger original`);
    }
    if (file.bytes > IMAGE_MAX_BYTES) {
      at('warning', `\`${src}\` is ${(file.bytes / 1024 / 1024).toFixed(1)} MB, over ${IMAGE_MAX_BYTES / 1024 / 1024} MB; save a smaller copy (2,000 px wide is plenty) so builds stay fast`);
    }
  }
  return problems;
}

/** The file's facts, or what is wrong with it, in words. */
async function readImage(root: string, src: string, list: (folder: string) => Promise<string[]>): Promise<ImageFile | string> {
  const absolute = path.join(root, src);
  let bytes: number;
  try {
    const real = await realpath(absolute);
    if (real !== root && !real.startsWith(`${root}${path.sep}`)) return `\`${src}\` links to a file outside the content folder; copy the picture into the content folder`;
    const info = await stat(real);
    if (!info.isFile()) return `\`${src}\` is not a file; write the path of the picture file`;
    bytes = info.size;
  } catch {
    const folder = path.posix.dirname(src);
    const near = suggest(path.posix.basename(src), await list(folder));
    const hint = near ? `; did you mean \`${folder === '.' ? near : `${folder}/${near}`}\`?` : '; check the path, or add the file';
    return `no file \`${src}\` in the content folder${hint}`;
  }
  try {
    const meta = await sharp(absolute).metadata();
    const format = meta.format as string;
    if (!(IMAGE_FORMATS as readonly string[]).includes(format) || (format === 'heif' && meta.compression !== 'av1')) {
      return `\`${src}\` is a ${format.toUpperCase()} file; save it as JPEG, PNG, WebP, AVIF or SVG`;
    }
    if (!meta.width || !meta.height) return `\`${src}\` has no size sharp can read; save it again as JPEG, PNG, WebP, AVIF or SVG`;
    const turned = (meta.orientation ?? 1) >= 5;
    return { format, width: turned ? meta.height : meta.width, height: turned ? meta.width : meta.height, bytes };
  } catch {
    return `\`${src}\` is not a picture sharp can read (it may be damaged, or another kind of file); save it as JPEG, PNG, WebP, AVIF or SVG`;
  }
}
