/**
 * Makes share cards: the layout (src/formats/cards/card-layout.ts) drawn by satori to SVG, with the site's
 * faces from Fontsource (.woff: satori does not read woff2), then sharp to PNG, 1200 × 630. Each card is named
 * by a digest of what it shows (its input, the bytes of its picture, the code and fonts that draw it), kept in
 * the cache folder, and made only when no card of that digest is there: a second build makes none, and two
 * builds give the same bytes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARD_FONTS, cardLayout } from '../formats/cards/card-layout.ts';
import { CARD_SIZE, type CardInput } from '../formats/cards/card-plan.ts';

const require = createRequire(import.meta.url);

/** The .woff files of the faces the cards use, Latin and Latin Extended, in weights 400 and 700. */
function fontFiles() {
  const faces: { name: string; pkg: string; file: string; weight: 400 | 700 }[] = [];
  for (const weight of [400, 700] as const) {
    for (const range of ['latin', 'latin-ext']) {
      faces.push({ name: CARD_FONTS.serif, pkg: '@fontsource/source-serif-4', file: `source-serif-4-${range}-${weight}-normal.woff`, weight });
      faces.push({ name: CARD_FONTS.sans, pkg: '@fontsource/inter', file: `inter-${range}-${weight}-normal.woff`, weight });
    }
  }
  return faces.map((face) => ({ ...face, path: require.resolve(`${face.pkg}/files/${face.file}`) }));
}

/** The installed version of a package, from the package.json above its entry point (sharp does not export its package.json). */
function packageVersion(name: string): string {
  for (let dir = path.dirname(require.resolve(name)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === name) return pkg.version ?? '';
  }
  throw new Error(`no package.json found for ${name}`);
}

/** Where a picture goes on a card, and at what size. */
const PICTURE_BOX = { article: { width: 460, height: 616, fit: 'cover' }, claim: { width: 112, height: 112, fit: 'contain' } } as const;

export interface CardRenderer {
  /** The digest naming the card of `input`. */
  digest(input: CardInput): Promise<string>;
  /** Makes the card of `input` into the cache unless it is there; true when it was made. */
  make(input: CardInput, digest: string): Promise<boolean>;
  file(digest: string): string;
}

export async function cardRenderer({ contentDir, cacheDir }: { contentDir: string; cacheDir: string }): Promise<CardRenderer> {
  const faces = fontFiles();
  const fonts = faces.map((face) => ({ name: face.name, data: readFileSync(face.path), weight: face.weight, style: 'normal' as const }));
  // What draws a card: a change to any of it makes every card again.
  const here = path.dirname(fileURLToPath(import.meta.url));
  const drawing = createHash('sha256');
  for (const file of ['../formats/cards/card-layout.ts', '../formats/cards/card-plan.ts', '../components/parties/party-mark.ts', '../schemas/status.ts', './card-render.ts'].map((name) => path.join(here, name))) drawing.update(readFileSync(file));
  for (const font of fonts) drawing.update(font.data);
  drawing.update(`satori ${packageVersion('satori')} sharp ${packageVersion('sharp')}`);
  const version = drawing.digest('hex');

  const pictureHashes = new Map<string, Promise<string>>();
  const hashPicture = (src: string) => {
    let hash = pictureHashes.get(src);
    if (!hash) pictureHashes.set(src, (hash = readFile(path.join(contentDir, src)).then((bytes) => createHash('sha256').update(bytes).digest('hex'))));
    return hash;
  };
  // satori and sharp are loaded when a first card is to be made: a build that reuses every card needs neither.
  let tools: Promise<[typeof import('satori').default, typeof import('sharp').default]> | undefined;
  const load = () => (tools ??= Promise.all([import('satori'), import('sharp')]).then(([a, b]) => [a.default, b.default]));
  const prepared = new Map<string, Promise<string>>();
  const preparePicture = (src: string, kind: CardInput['kind']) => {
    const key = `${kind}:${src}`;
    let url = prepared.get(key);
    if (!url) {
      const box = PICTURE_BOX[kind];
      url = load()
        .then(([, sharp]) =>
          sharp(path.join(contentDir, src))
            .resize({ width: box.width, height: box.height, fit: box.fit, background: { r: 0, g: 0, b: 0, alpha: 0 } })
            .png()
            .toBuffer(),
        )
        .then((png) => `data:image/png;base64,${png.toString('base64')}`);
      prepared.set(key, url);
    }
    return url;
  };
  const folder = cacheDir;
  await mkdir(folder, { recursive: true });
  const file = (digest: string) => path.join(folder, `${digest}.png`);
  return {
    file,
    async digest(input) {
      const hash = createHash('sha256').update(version).update(JSON.stringify(input));
      if (input.image) hash.update(await hashPicture(input.image));
      return hash.digest('hex').slice(0, 32);
    },
    async make(input, digest) {
      const target = file(digest);
      if (existsSync(target)) return false;
      const [satori, sharp] = await load();
      const pictures = new Map<string, string>();
      if (input.image) pictures.set(input.image, await preparePicture(input.image, input.kind));
      const svg = await satori(cardLayout(input, pictures) as unknown as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts });
      // zlib level 4: the PNG encoder's CPU a card was 7.3 ms against 10.8 at sharp's default level 6, for 89
      // against 84 kB; level 9 took 2.4 times level 6's CPU for 15 % fewer bytes, and a palette (libimagequant)
      // halves the bytes for about 20 ms more. Measured on the bench corpus: bench/README.md.
      const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 4 }).toBuffer();
      // Written aside then renamed: a build stopped halfway leaves no half card under a digest.
      const partial = `${target}.${process.pid}.part`;
      await writeFile(partial, png);
      await rename(partial, target);
      return true;
    },
  };
}
