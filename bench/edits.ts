/**
 * Edits of a generated corpus (bench/generate.ts), one of each kind an editor makes, for the edit-build test
 * (tests/site/edit-builds.test.ts, `npm run test:edits`) and the benchmark (`npm run bench -- --edits`). Each
 * edit is drawn from a seeded random sequence, changes the content folder in place, and leaves content that
 * passes the check: an edit that would not (a removed claim another claim still relates to) is drawn again.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { loadContent } from '../src/loader/load-content.ts';
import { STATUS_IDS } from '../src/schemas/status.ts';

export const EDIT_KINDS = [
  'body-typo',
  'title',
  'assessment',
  'new-claim',
  'removed-claim',
  'new-article',
  'removed-article',
  'published',
  'party-renamed',
  'source-url',
  'event-redated',
  'new-party',
] as const;

export type EditKind = (typeof EDIT_KINDS)[number];

/** The seeded random sequence edits are drawn from (bench/generate.ts). */
export { random as editRandom } from './generate.ts';

type Data = Record<string, unknown>;
interface Claim extends Data {
  id: string;
  assessment: { date: string; status: string; rationale: string }[];
  relations?: { type: string; claim: string }[];
}
interface Event extends Data {
  id: string;
  date: string;
}
interface Article {
  file: string;
  data: Data & { claims: Claim[]; events: Event[]; parties: string[]; published: string; title: string };
  body: string;
}

const files = (dir: string, kind: string) =>
  readdirSync(path.join(dir, kind))
    .filter((name) => /\.(md|ya?ml)$/.test(name))
    .sort()
    .map((name) => path.join(dir, kind, name));

function readArticle(file: string): Article {
  const text = readFileSync(file, 'utf8');
  const end = text.indexOf('\n---\n', 4);
  return { file, data: parse(text.slice(4, end)) as Article['data'], body: text.slice(end + 5) };
}

function writeArticle({ file, data, body }: Article): void {
  writeFileSync(file, `---\n${stringify(data, { lineWidth: 0 })}---\n${body}`);
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** A day after `date` (`YYYY-MM-DD`), in the same form. */
function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** Ids some claim relates to: such a claim cannot go. */
function relatedClaims(articles: Article[]): Set<string> {
  return new Set(articles.flatMap((article) => article.data.claims.flatMap((claim) => (claim.relations ?? []).map((relation) => relation.claim))));
}

let made = 0;

/** Applies one edit of `kind` to the corpus in `dir`; returns what it did, in words. */
function applyOnce(dir: string, kind: EditKind, random: () => number): string {
  const articleFiles = files(dir, 'articles');
  const article = readArticle(pick(random, articleFiles));
  const name = path.basename(article.file);
  const tag = `${Date.now().toString(36)}${made++}`;
  switch (kind) {
    case 'body-typo': {
      article.body = article.body.replace(/(\w)(\w)(\w*)\.(\s*)$/, '$2$1$3.$4');
      writeArticle(article);
      return `a typo at the end of ${name}`;
    }
    case 'title': {
      article.data.title = `${article.data.title} revised`;
      writeArticle(article);
      return `the title of ${name}`;
    }
    case 'assessment': {
      const claim = pick(random, article.data.claims);
      const last = claim.assessment.at(-1)!;
      const status = pick(random, STATUS_IDS.filter((id) => id !== last.status));
      claim.assessment.push({ date: dayAfter(String(last.date)), status, rationale: `New evidence: ${tag}.` });
      writeArticle(article);
      return `claim ${claim.id} of ${name} now ${status}`;
    }
    case 'new-claim': {
      const model = article.data.claims[0]!;
      const id = `claim-new-${tag}`;
      const { relations: _, ...rest } = model;
      article.data.claims.push({ ...rest, id, statement: `A new claim ${tag} about the talks.` });
      article.body = `${article.body.trimEnd()}\n\nLater :claim[a new claim about the talks]{#${id}} was made.\n`;
      writeArticle(article);
      return `claim ${id} added to ${name}`;
    }
    case 'removed-claim': {
      const related = relatedClaims(articleFiles.map(readArticle));
      const claim = article.data.claims.find((each) => !related.has(each.id));
      if (!claim || article.data.claims.length < 2) throw new Retry();
      article.data.claims = article.data.claims.filter((each) => each !== claim);
      article.body = article.body.replace(new RegExp(`:claim\\[([^\\]]*)\\]\\{#${claim.id}\\}`, 'g'), '$1');
      writeArticle(article);
      return `claim ${claim.id} removed from ${name}`;
    }
    case 'new-article': {
      const id = `new-${tag}`;
      const rename = (text: string) => text.replace(/\b(claim|event)-\d+-(\d+)\b/g, `$1-${id}-$2`);
      const copy = readArticle(article.file);
      const data = parse(rename(stringify(copy.data, { lineWidth: 0 }))) as Article['data'];
      for (const claim of data.claims) delete claim.relations;
      data.title = `A new article ${tag}`;
      writeArticle({ file: path.join(dir, 'articles', `article-${id}.md`), data, body: rename(copy.body) });
      return `article-${id}.md added, after ${name}`;
    }
    case 'removed-article': {
      const related = relatedClaims(articleFiles.map(readArticle));
      if (article.data.claims.some((claim) => related.has(claim.id))) throw new Retry();
      rmSync(article.file);
      return `${name} removed`;
    }
    case 'published': {
      const other = readArticle(pick(random, articleFiles));
      const published = String(other.data.published);
      const first = article.data.claims.flatMap((claim) => claim.assessment.map((step) => String(step.date))).sort()[0];
      // The first assessment was made on publication: it moves with it.
      for (const claim of article.data.claims) for (const step of claim.assessment) if (String(step.date) === first) step.date = published;
      article.data.published = published;
      writeArticle(article);
      return `${name} now published ${published}`;
    }
    case 'party-renamed': {
      const file = pick(random, files(dir, 'parties'));
      const party = parse(readFileSync(file, 'utf8')) as Data;
      party.name = `${String(party.name)} renamed`;
      writeFileSync(file, stringify(party));
      return `${path.basename(file)} renamed`;
    }
    case 'source-url': {
      const file = pick(random, files(dir, 'sources'));
      const source = parse(readFileSync(file, 'utf8')) as Data;
      source.url = `${String(source.url)}?moved=${tag}`;
      writeFileSync(file, stringify(source));
      return `the URL of ${path.basename(file)}`;
    }
    case 'event-redated': {
      const event = pick(
        random,
        article.data.events.filter((each) => /^\d{4}/.test(String(each.date)) && !String(each.id).startsWith('event-shared-')),
      );
      if (!event) throw new Retry();
      event.date = String(event.date).replace(/^\d{4}/, (year) => String(Number(year) - 1));
      writeArticle(article);
      return `event ${event.id} of ${name} a year earlier`;
    }
    case 'new-party': {
      const id = `party-new-${tag}`;
      writeFileSync(path.join(dir, 'parties', `${id}.yaml`), stringify({ name: `New party ${tag}`, kind: 'organisation', description: 'A party added by an edit.' }));
      article.data.parties.push(id);
      writeArticle(article);
      return `${id}.yaml added, named by ${name}`;
    }
  }
}

class Retry extends Error {}

/** Snapshot of the files an edit may touch, to put back when the edit is drawn again. */
function snapshot(dir: string): Map<string, string> {
  return new Map(['articles', 'parties', 'sources'].flatMap((kind) => files(dir, kind).map((file) => [file, readFileSync(file, 'utf8')] as const)));
}

function restore(dir: string, before: Map<string, string>): void {
  for (const kind of ['articles', 'parties', 'sources']) for (const file of files(dir, kind)) if (!before.has(file)) rmSync(file);
  for (const [file, text] of before) if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
}

/**
 * Applies an edit of `kind` to the corpus in `dir`, drawn from `random`, that leaves the content without
 * errors; returns what it did.
 */
export async function applyEdit(dir: string, kind: EditKind, random: () => number): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const before = snapshot(dir);
    let done: string;
    try {
      done = applyOnce(dir, kind, random);
    } catch (error) {
      if (error instanceof Retry) continue;
      throw error;
    }
    const { problems } = await loadContent(dir);
    const errors = problems.filter((problem) => problem.severity === 'error');
    if (errors.length === 0) return done;
    restore(dir, before);
  }
  throw new Error(`no edit of kind ${kind} left the content in ${dir} without errors in 20 draws`);
}
