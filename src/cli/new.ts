/**
 * `npm run new -- article "Title"` (or `party "Name" --kind <kind>`, `source "Title"`): writes a starting
 * file with every field present and commented. The id is the title, slugified. Never overwrites: an existing
 * file is an error. The texts only the editor can write are placeholders the check warns about; a party
 * without `--kind` gets a kind the check refuses until one is chosen.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../loader/content-dir.ts';
import { slugify } from '../core/slugify.ts';
import { PARTY_KINDS, type PartyKind } from '../schemas/party.ts';
import { scaffold, SCAFFOLD_KINDS, type ScaffoldKind } from './scaffold.ts';

const USAGE = `usage: npm run new -- article "Title" | party "Name" --kind <${PARTY_KINDS.join('|')}> | source "Title"`;

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
  let parsed: { values: { kind?: string }; positionals: string[] };
  try {
    parsed = parseArgs({ options: { kind: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    stop(`${(error as Error).message}\n${USAGE}`, 2);
  }
  const [kind, title, ...rest] = parsed.positionals;
  const partyKind = parsed.values.kind;
  if (!kind || !SCAFFOLD_KINDS.includes(kind as ScaffoldKind) || title === undefined || rest.length > 0) stop(USAGE, 2);
  if (partyKind !== undefined && kind !== 'party') stop(`--kind is the kind of a party; leave it out for ${kind === 'article' ? 'an article' : 'a source'}`, 2);
  if (partyKind !== undefined && !PARTY_KINDS.includes(partyKind as PartyKind)) stop(`--kind "${partyKind}" is not a kind of party; use one of ${PARTY_KINDS.join(', ')}`, 2);
  if (!slugify(title)) stop(`"${title}" has no letters or digits to make an id from; give a real title`);
  const { path: relative, text } = scaffold(kind as ScaffoldKind, title, today(), partyKind as PartyKind | undefined);
  const target = path.join(contentDir(), relative);
  await mkdir(path.dirname(target), { recursive: true });
  try {
    await writeFile(target, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') stop(`${path.relative(process.cwd(), target)} already exists; edit it, or choose another title`);
    throw error;
  }
  const choose = kind === 'party' && partyKind === undefined ? ` Choose its kind (one of ${PARTY_KINDS.join(', ')}): the check refuses it until then.` : '';
  process.stdout.write(`Created ${path.relative(process.cwd(), target)}; fill it in, then run npm run check.${choose}\n`);
}

main().catch((error: unknown) => stop(`internal error, a bug in this command: ${error instanceof Error ? error.message : String(error)}`, 2));
