/**
 * A picture: a file in the content folder, with the words that go with it. Parties may have a portrait,
 * emblem or flag (`image:` in `content/parties/<id>.yaml`), articles a lead picture (`image:` in the
 * frontmatter). The file itself (does it exist, is it an image, is it large enough) is checked by the loader
 * (`src/loader/image-files.ts`); this schema checks what is written.
 */
import { z } from 'astro/zod';
import { lineSchema, MAX_LINE, textSchema } from './common.ts';

/** File types a picture may be: what sharp reads and Astro's image service turns into AVIF and WebP. */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'svg'] as const;

/** The formats sharp reports for those files (`jpeg` for `.jpg`). */
export const IMAGE_FORMATS = ['jpeg', 'png', 'webp', 'heif', 'svg'] as const;

/**
 * The smallest picture worth showing, in pixels (the shorter side for parties: their slot is square, up to
 * 160 CSS px on a party page, so 192 px covers a 64 px slot at three device pixels per CSS pixel; the width for
 * an article's lead, shown up to 800 CSS px wide).
 */
export const IMAGE_MIN = { party: { side: 192 }, article: { width: 800 } } as const;

/** Above this size the check warns: such a file is slow to encode and nearly always larger than it needs to be. */
export const IMAGE_MAX_BYTES = 10 * 1024 * 1024;

const EXTENSION = new RegExp(`\\.(${IMAGE_EXTENSIONS.join('|')})$`, 'i');

/**
 * The path of the file, relative to the content folder: `media/basem-naim.jpg`. Never a URL: the build opens
 * no network connection, and a remote picture could change or track readers.
 */
export const imageSrcSchema = z
  .string({ error: 'must be the path of a picture in the content folder, such as `media/basem-naim.jpg`' })
  .superRefine((value, ctx) => {
    const problem = imageSrcProblem(value.trim());
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform((value) => value.trim());

/** What is wrong with a written `src`, or undefined. Exported for the loader's hints and the tests. */
export function imageSrcProblem(src: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
    return `\`${src}\` is a remote address; a build opens no network connection, so save the picture in the content folder (such as \`media/basem-naim.jpg\`) and write its path`;
  }
  if (src === '') return 'is empty; write the path of the picture in the content folder, such as `media/basem-naim.jpg`';
  if (src.startsWith('/') || src.includes('\\') || src.split('/').some((part) => part === '..' || part === '.' || part === '')) {
    return `\`${src}\` must be a path inside the content folder, relative to it, such as \`media/basem-naim.jpg\``;
  }
  if (!EXTENSION.test(src)) {
    return `\`${src}\` is not a picture file the site can serve; save it as ${IMAGE_EXTENSIONS.map((e) => `.${e}`).join(', ')}`;
  }
  return undefined;
}

/** Alternative text: what the picture shows, for readers who cannot see it. */
const altSchema = z
  .string({ error: 'must be text: what the picture shows' })
  .refine((value) => value.trim().length > 0, { error: 'is empty; describe what the picture shows, for readers who cannot see it' })
  .refine((value) => !/[\r\n]/.test(value), { error: 'must be one line; remove the line break' })
  .refine((value) => value.length <= MAX_LINE, { error: `is longer than ${MAX_LINE} characters; shorten it` })
  .transform((value) => value.trim());

/** A party's picture: a portrait, an emblem or a flag. */
export const partyImageSchema = z.strictObject({
  /** The file, relative to the content folder: `media/basem-naim.jpg`. */
  src: imageSrcSchema,
  /** What the picture shows, for readers who cannot see it ("Flag of Israel"). */
  alt: altSchema,
  /** Who made it or owns it, as it must be credited ("Flag of Israel, public domain"). */
  credit: lineSchema,
  /** The licence it is used under, when the credit does not say (`CC BY-SA 4.0`). Default: none. */
  license: lineSchema.optional(),
});

/** An article's lead picture. */
export const articleImageSchema = z.strictObject({
  /** The file, relative to the content folder: `media/gaza-talks.jpg`. */
  src: imageSrcSchema,
  /** What the picture shows, for readers who cannot see it. */
  alt: altSchema,
  /** Who made it or owns it, as it must be credited ("Illustration: Claim Desk, CC0"). */
  credit: lineSchema,
  /** A caption shown under the picture. Default: none. */
  caption: textSchema.optional(),
});

export type PartyImage = z.output<typeof partyImageSchema>;
export type ArticleImage = z.output<typeof articleImageSchema>;
/** What every picture has, whoever it belongs to. */
export type ContentImage = PartyImage | ArticleImage;
