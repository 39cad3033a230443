/**
 * `npm run new -- article "Title"` (or `party "Name"`, `source "Title"`): writes a starting file that
 * passes `npm run check`, with every field present and commented. The id is the title, slugified. Never
 * overwrites: an existing file is an error.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { contentDir } from '../loader/content-dir.ts';
import { slugify } from '../core/slugify.ts';
import { scaffold, SCAFFOLD_KINDS, type ScaffoldKind } from './scaffold.ts';

const USAGE = 'usage: npm run new -- article "Title" | party "Name" | source "Title"';

function stop(message: string, code = 1): never {
  process.stderr.write(`new: ${message}\n`);
  process.exit(code);
}

/** Today in the editor's own calendar, `YYYY-MM-DD`. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

async function main() {
  const [kind, title, ...rest] = process.argv.slice(2);
  if (!kind || !SCAFFOLD_KINDS.includes(kind as ScaffoldKind) || title === undefined || rest.length > 0) stop(USAGE, 2);
  if (!slugify(title)) stop(`"${title}" has no letters or digits to make an id from; give a real title`);
  const { path: relative, text } = scaffold(kind as ScaffoldKind, title, today());
  const target = path.join(contentDir(), relative);
  await mkdir(path.dirname(target), { recursive: true });
  try {
    await writeFile(target, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') stop(`${path.relative(process.cwd(), target)} already exists; edit it, or choose another title`);
    throw error;
  }
  process.stdout.write(`Created ${path.relative(process.cwd(), target)}; fill it in, then run npm run check.\n`);
}

main().catch((error: unknown) => stop(`internal error, a bug in this command: ${error instanceof Error ? error.message : String(error)}`, 2));
