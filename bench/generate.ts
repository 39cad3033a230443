/**
 * A seeded synthetic corpus in the real content format, for the benchmark: a shared registry of parties and
 * sources sized like a real archive, and per article about 6 parties, 4 sources, 5 claims, 5 events and a
 * 600-word body with inline markers (`:claim[passage]{#claim-id}`, `:cite[source-id]`, `:party[text]{#party-id}`).
 * The same seed and size always give the same files. Every id a file names exists, so the corpus checks clean.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';

/** mulberry32: a small, fast, seeded PRNG; returns floats in [0, 1). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'government minister talks ceasefire border aid convoy officials said statement report village city council ' +
  'election vote budget court ruling appeal agreement negotiators envoy delegation security forces strike ' +
  'attack casualties hospital water electricity shortage prices market exports fuel harbour crossing refugees ' +
  'camp winter spring summer autumn spokesperson denied confirmed reported according witnesses residents ' +
  'journalists investigation documents letter meeting summit capital province region north south east west ' +
  'military police protest march rally union workers farmers teachers students doctors engineers commission ' +
  'inquiry evidence satellite images footage interview briefing parliament senate opposition coalition party ' +
  'leader president prime deputy ambassador embassy mediators proposal draft clause deadline extension release ' +
  'prisoners hostages exchange talks collapsed resumed paused weekend morning evening overnight'
).split(' ');

const FIRST = ['Amal', 'Bilal', 'Carmen', 'Dmitri', 'Esther', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kemal', 'Leila', 'Marek', 'Nadia', 'Omar', 'Petra', 'Rania', 'Samir', 'Tamar', 'Yusuf'];
const LAST = ['Haddad', 'Novak', 'Okafor', 'Lindqvist', 'Mansour', 'Petrov', 'Quispe', 'Rahman', 'Sato', 'Teller', 'Umarov', 'Varga', 'Weiss', 'Yilmaz', 'Zaki'];
const ORGS = ['Ministry of', 'Council for', 'Union of', 'Committee on', 'Agency for', 'Front for', 'Office of', 'League of'];
const PARTY_KINDS = ['person', 'person', 'person', 'organisation', 'government', 'state', 'armed-group', 'military', 'media-outlet', 'international-body'] as const;
const SOURCE_KINDS = ['interview', 'official-statement', 'news-report', 'press-conference', 'speech', 'document', 'social-post', 'dataset'] as const;
const ATTRIBUTIONS = ['interview', 'official-statement', 'press-conference', 'speech', 'social-post', 'document', 'reported-by'] as const;
const STATUSES = ['unverified', 'disputed', 'denied', 'corroborated', 'confirmed', 'false'] as const;
const RELATIONS = ['echoes', 'contradicts', 'responds-to', 'supports'] as const;
const ARTICLE_KINDS = ['report', 'analysis', 'explainer', 'interview', 'fact-check'] as const;

/** The years the corpus spreads its articles over by default: 26, from 2000; events and claims may be older. */
const DEFAULT_SPAN: DateSpan = { first: 2000, years: 26 };

/**
 * The years a corpus is dated in: `first` and the `years - 1` after it. Articles spread evenly over them.
 * Given explicitly, it holds every date of the corpus (events, claims, assessments and sources too), as the
 * archive of a war or an election does: `{ first: 2024, years: 2 }` dates everything in 2024 and 2025.
 */
export interface DateSpan {
  first: number;
  years: number;
}

/** Reads a span written `2024-2025` (both years included) or `2024` (one year). */
export function parseSpan(text: string): DateSpan {
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(text);
  const first = Number(match?.[1]);
  const last = match?.[2] === undefined ? first : Number(match[2]);
  if (!match || last < first) throw new Error(`a date span is written \`2024-2025\` (first and last year) or \`2024\`, not \`${text}\``);
  return { first, years: last - first + 1 };
}

export interface CorpusSize {
  articles: number;
  parties: number;
  sources: number;
  /** Events written identically by several articles. */
  sharedEvents: number;
}

/** Registry sizes for an archive of `articles`: parties recur across stories, most sources belong to one. */
export function corpusSize(articles: number): CorpusSize {
  return {
    articles,
    parties: 40 + Math.round(articles * 0.3),
    sources: 20 + articles * 2,
    sharedEvents: 10 + Math.round(articles / 5),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

interface Rng {
  next: () => number;
  int: (max: number) => number;
  pick: <T>(list: readonly T[]) => T;
  words: (n: number) => string;
  sentence: (n: number) => string;
}

function rng(seed: number): Rng {
  const next = random(seed);
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(list: readonly T[]) => list[int(list.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const sentence = (n: number) => {
    const text = words(n);
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  return { next, int, pick, words, sentence };
}

/** Zipf-like picker over `n` ranks: rank 0 is picked most, so a few parties are in most stories. */
function zipf(n: number, r: Rng): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < n; i++) cumulative.push((total += 1 / (i + 1)));
  return () => {
    const x = r.next() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function distinct(count: number, draw: () => number): number[] {
  const out = new Set<number>();
  for (let tries = 0; out.size < count && tries < count * 20; tries++) out.add(draw());
  return [...out];
}

function day(r: Rng, year: number): string {
  const month = 1 + r.int(12);
  return `${year}-${pad(month)}-${pad(1 + r.int(28))}`;
}

/** An EDTF date near `year`, as precise as a source might allow: mostly days, some months, years, approximations. */
function edtf(r: Rng, year: number): string {
  const x = r.next();
  const month = 1 + r.int(12);
  if (x < 0.6) return `${year}-${pad(month)}-${pad(1 + r.int(28))}`;
  if (x < 0.8) return `${year}-${pad(month)}`;
  if (x < 0.9) return String(year);
  if (x < 0.95) return `${year}-${pad(month)}~`;
  const start = 1 + r.int(20);
  return `${year}-${pad(month)}-${pad(start)}/${year}-${pad(month)}-${pad(start + 1 + r.int(7))}`;
}

export interface GeneratedFile {
  /** Path inside the content folder: `articles/a-1.md`, `parties/p-3.yaml`. */
  path: string;
  text: string;
}

/**
 * Yields every file of the corpus, one at a time, so 20,000 articles never sit in memory at once. Without a
 * `span`, the corpus of earlier versions, file for file.
 */
export function* generateCorpus(articles: number, seed = 1, span?: DateSpan): Generator<GeneratedFile> {
  const size = corpusSize(articles);
  const r = rng(seed);
  const { first: FIRST_YEAR, years: YEARS } = span ?? DEFAULT_SPAN;
  const lastYear = FIRST_YEAR + YEARS - 1;
  /** A year kept inside an explicit span; any year without one. */
  const within = (year: number) => (span ? Math.min(lastYear, Math.max(FIRST_YEAR, year)) : year);
  /**
   * The year of an article's own event, `back` (0 or 1) years before the year before the article's; inside a
   * span, the article's year or the one before, so that a span's last year has its events too.
   */
  const eventYear = (year: number, back: number) => (span ? within(year - back) : year - 1 - back);
  const partyNames: string[] = [];
  for (let i = 0; i < size.parties; i++) {
    const kind = PARTY_KINDS[i % PARTY_KINDS.length]!;
    const name = kind === 'person' ? `${r.pick(FIRST)} ${r.pick(LAST)} ${i}` : `${r.pick(ORGS)} ${r.words(2)} ${i}`;
    partyNames.push(name);
    const party: Record<string, unknown> = { name, kind, description: r.sentence(10) };
    if (i > 0 && r.next() < 0.3) party.affiliations = [{ party: `party-${r.int(i)}`, role: r.words(3) }];
    if (r.next() < 0.3) party.aliases = [r.words(2)];
    yield { path: `parties/party-${i}.yaml`, text: stringify(party) };
  }
  for (let i = 0; i < size.sources; i++) {
    const year = FIRST_YEAR + Math.floor((i / size.sources) * YEARS);
    yield {
      path: `sources/source-${i}.yaml`,
      text: stringify({
        title: r.sentence(6).slice(0, -1),
        publisher: `${r.pick(ORGS)} ${r.words(1)}`,
        kind: r.pick(SOURCE_KINDS),
        url: `https://example.org/${year}/source-${i}`,
        archived: `https://web.archive.org/web/${year}/https://example.org/${year}/source-${i}`,
        published: day(r, year),
      }),
    };
  }
  const sharedEvent = (i: number) => {
    const e = rng(seed * 7919 + i);
    // A year before the articles that write it, so that no event is dated after its article.
    const year = within(FIRST_YEAR - 1 + Math.floor((i / size.sharedEvents) * YEARS));
    return { id: `event-shared-${i}`, date: edtf(e, year), title: e.sentence(8).slice(0, -1), description: e.sentence(20) };
  };
  const pickParty = zipf(size.parties, r);
  for (let n = 0; n < articles; n++) {
    const year = FIRST_YEAR + Math.floor((n / articles) * YEARS);
    const published = day(r, year);
    const parties = distinct(6, pickParty).map((i) => `party-${i}`);
    // Sources: mostly the article's own (near its date in the registry), now and then an older one.
    const sourceBase = Math.min(size.sources - 8, Math.floor((n / articles) * size.sources));
    const sources = distinct(4, () => (r.next() < 0.8 ? sourceBase + r.int(8) : r.int(sourceBase + 1))).map((i) => `source-${i}`);
    const claimIds = Array.from({ length: 5 }, (_, k) => `claim-${n}-${k}`);
    const eventIds = [...Array.from({ length: 4 }, (_, k) => `event-${n}-${k}`)];
    const shared = sharedEvent(Math.max(0, Math.floor((n / articles) * size.sharedEvents) - r.int(3)));
    const events = [
      ...eventIds.map((id) => ({
        id,
        date: edtf(r, eventYear(year, r.int(2))),
        title: r.sentence(8).slice(0, -1),
        ...(r.next() < 0.5 ? { description: r.sentence(20) } : {}),
        parties: distinct(2, () => r.int(parties.length)).map((i) => parties[i]!),
        sources: [r.pick(sources)],
      })),
      { ...shared, parties: [parties[0]!], sources: [] as string[] },
    ];
    const claims = claimIds.map((id, k) => {
      const assessment = [{ date: published, status: 'unverified', rationale: r.sentence(18) }];
      if (r.next() < 0.4) assessment.push({ date: within(year + 1) > year ? `${year + 1}-01-15` : `${year}-12-31`, status: r.pick(STATUSES), rationale: r.sentence(18) });
      const claim: Record<string, unknown> = {
        id,
        claimant: parties[k % parties.length],
        statement: r.sentence(28),
        ...(r.next() < 0.5 ? { quote: r.sentence(12) } : {}),
        date: edtf(r, year),
        sources: [sources[k % sources.length]],
        attribution: r.pick(ATTRIBUTIONS),
        about: [parties[(k + 1) % parties.length], parties[(k + 2) % parties.length]],
        events: [eventIds[k % eventIds.length]],
        assessment,
      };
      if (n > 0 && r.next() < 0.2) claim.relations = [{ type: r.pick(RELATIONS), claim: `claim-${r.int(n)}-${r.int(5)}` }];
      return claim;
    });
    const frontmatter = {
      title: r.sentence(9).slice(0, -1),
      dek: r.sentence(30),
      kind: r.pick(ARTICLE_KINDS),
      published,
      byline: [`${r.pick(FIRST)} ${r.pick(LAST)}`],
      dateline: `${r.pick(ORGS).split(' ')[0]} city`,
      language: 'en',
      tags: [r.words(1), r.words(1)],
      parties,
      sources,
      claims,
      events,
    };
    yield { path: `articles/article-${n}.md`, text: `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body(r, parties, partyNames, sources, claimIds)}` };
  }
}

/** About 600 words in 6 paragraphs and a subheading, with a claim, party and citation marker in most. */
function body(r: Rng, parties: string[], names: string[], sources: string[], claims: string[]): string {
  const paragraphs: string[] = [];
  for (let p = 0; p < 6; p++) {
    const party = parties[p % parties.length]!;
    const name = names[Number(party.slice('party-'.length))]!;
    const parts = [
      `${r.sentence(18)} :party[${name}]{#${party}} ${r.sentence(14)}`,
      p < claims.length ? `:claim[${r.words(16)}]{#${claims[p]}} :cite[${sources[p % sources.length]}]` : r.sentence(16),
      r.sentence(22),
      `${r.sentence(20)} :cite[${r.pick(sources)}]`,
      r.sentence(12),
    ];
    paragraphs.push(parts.join(' '));
    if (p === 2) paragraphs.push(`## ${r.sentence(5).slice(0, -1)}`);
  }
  return `${paragraphs.join('\n\n')}\n`;
}

/** Writes the corpus into `dir` (emptied first): `dir/articles`, `dir/parties`, `dir/sources`. See {@link generateCorpus}. */
export function writeCorpus(dir: string, articles: number, seed = 1, span?: DateSpan): number {
  rmSync(dir, { recursive: true, force: true });
  for (const sub of ['articles', 'parties', 'sources']) mkdirSync(path.join(dir, sub), { recursive: true });
  let files = 0;
  for (const file of generateCorpus(articles, seed, span)) {
    writeFileSync(path.join(dir, file.path), file.text);
    files++;
  }
  return files;
}
