/**
 * Builds a small synthetic corpus (the benchmark's generator) and checks the long lists of party and
 * source pages: a page shows the first 10 of each list and links to "All N ..." when there are more, the
 * full list comes in pages of 100 that link to each other and together hold every item once, and a list
 * of 10 or fewer has neither a link nor a page of its own. The expected lists are worked out here from
 * the generated files themselves, not with the site's code.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { CORE_SCHEMA, load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeCorpus } from '../../bench/generate.ts';
import { buildSite } from './build-site.ts';

/**
 * 67 articles, seed 37: the smallest corpus of the generator (60 to 150 articles, seeds 1 to 50) with a
 * party list longer than 100 (party-0's 103 events, so a `page/2/`) and a source list longer than 10
 * (source-6's 12 events); it has lists of exactly 10 too. The test checks below that the corpus still has
 * such lists.
 */
const ARTICLES = 67;
const SEED = 37;
const PREVIEW = 10;
const PAGE = 100;
/** Texts the thread rendering them may be ahead of the article pages, far fewer than the articles. */
const LOOK_AHEAD = 4;

type Kind = 'claims' | 'events' | 'articles';
/** A list as a page shows it: the folder of its full list, the section it is in, its "All N ..." words. */
interface ListSpec {
  list: string;
  section: string;
  kind: Kind;
  what: string;
}
const PARTY_LISTS: ListSpec[] = [
  { list: 'claims-made', section: 'made', kind: 'claims', what: 'claims made' },
  { list: 'claims-about', section: 'about', kind: 'claims', what: 'claims about them' },
  { list: 'events', section: 'events', kind: 'events', what: 'events' },
  { list: 'articles', section: 'articles', kind: 'articles', what: 'articles' },
];
const SOURCE_LISTS: ListSpec[] = [
  { list: 'claims', section: 'claims', kind: 'claims', what: 'claims that cite it' },
  { list: 'events', section: 'events', kind: 'events', what: 'events it dates' },
  { list: 'articles', section: 'articles', kind: 'articles', what: 'articles that rely on it' },
];
type Owner = 'parties' | 'sources';
const SPECS: Record<Owner, ListSpec[]> = { parties: PARTY_LISTS, sources: SOURCE_LISTS };

let work: string;
let out: string;
/** owner kind → owner id → list → the ids it must hold. */
const expected: Record<Owner, Map<string, Map<string, Set<string>>>> = { parties: new Map(), sources: new Map() };

interface Frontmatter {
  parties?: string[];
  sources?: string[];
  claims?: { id: string; claimant: string; about?: string[]; sources?: string[] }[];
  events?: { id: string; parties?: string[]; sources?: string[] }[];
}

/** Reads the generated files back and works out every party's and source's lists from them. */
function expectedLists(content: string) {
  const ids = (dir: string) => readdirSync(path.join(content, dir)).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length));
  for (const [owner, specs] of Object.entries(SPECS) as [Owner, ListSpec[]][]) {
    for (const id of ids(owner)) expected[owner].set(id, new Map(specs.map((s) => [s.list, new Set<string>()])));
  }
  const add = (owner: Owner, id: string, list: string, item: string) => {
    const lists = expected[owner].get(id);
    if (!lists) throw new Error(`the corpus names ${owner} "${id}", which has no file`);
    lists.get(list)!.add(item);
  };
  for (const file of readdirSync(path.join(content, 'articles')).filter((f) => f.endsWith('.md'))) {
    const article = file.slice(0, -'.md'.length);
    const text = readFileSync(path.join(content, 'articles', file), 'utf8');
    const yaml = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1];
    if (yaml === undefined) throw new Error(`${file} has no frontmatter`);
    const data = load(yaml, { schema: CORE_SCHEMA }) as Frontmatter;
    // An article involves every party and relies on every source it, its claims or its events name.
    const party = (id: string) => add('parties', id, 'articles', article);
    const source = (id: string) => add('sources', id, 'articles', article);
    for (const id of data.parties ?? []) party(id);
    for (const id of data.sources ?? []) source(id);
    for (const claim of data.claims ?? []) {
      add('parties', claim.claimant, 'claims-made', claim.id);
      party(claim.claimant);
      for (const id of claim.about ?? []) (add('parties', id, 'claims-about', claim.id), party(id));
      for (const id of claim.sources ?? []) (add('sources', id, 'claims', claim.id), source(id));
    }
    // An event several articles write is one event, with the parties and sources of all of them.
    for (const event of data.events ?? []) {
      for (const id of event.parties ?? []) (add('parties', id, 'events', event.id), party(id));
      for (const id of event.sources ?? []) (add('sources', id, 'events', event.id), source(id));
    }
  }
}

/** Every list of every party or source, with its expected items. */
function lists(owner: Owner) {
  return [...expected[owner]].flatMap(([id, byList]) => SPECS[owner].map((spec) => ({ id, spec, items: byList.get(spec.list)! })));
}

const file = (href: string) => path.join(out, href, 'index.html');
const page = (href: string): Root => fromHtml(readFileSync(file(href), 'utf8'));
const text = (node: Element | Root) => toString(node).replace(/\s+/g, ' ').trim();

/** The ids of the claims, events or articles listed in `root`. */
function entries(root: Element | Root, kind: Kind): string[] {
  switch (kind) {
    case 'claims':
      return selectAll('article.claim-summary', root).map((e) => String(e.properties.dataClaimId));
    case 'events':
      return selectAll('ol.event-list > li.event', root).map((e) => String(e.properties.id).replace(/^event-/, ''));
    case 'articles':
      return selectAll('ul.plain-list > li > a', root).map((a) => {
        const href = String(a.properties.href);
        const id = /^\/articles\/([^/]+)\/$/.exec(href)?.[1];
        if (!id) throw new Error(`an article list links to ${href}`);
        return id;
      });
  }
}

/** The links of a section whose text starts with "All". */
const allLinks = (section: Element) => selectAll('a', section).filter((a) => /^All\b/.test(text(a)));

const sorted = (items: Iterable<string>) => [...items].sort();
const fullListHref = (owner: Owner, id: string, list: string, n = 1) => `/${owner}/${id}/${list}/${n === 1 ? '' : `page/${n}/`}`;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'claimdesk-long-lists-'));
  const content = path.join(work, 'content');
  writeCorpus(content, ARTICLES, SEED);
  expectedLists(content);
  // No share cards: the lists are what this test checks, and 67 articles' cards would only slow it. A
  // look-ahead of 4 texts: the thread rendering them waits on the pages 63 times (src/build/article-bodies.ts).
  out = buildSite(content, { CLAIMDESK_CARDS: 'none', CLAIMDESK_LOOK_AHEAD: String(LOOK_AHEAD) });
}, 180_000);
afterAll(() => {
  if (out) rmSync(path.dirname(out), { recursive: true, force: true });
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the article pages', () => {
  test(`each have their own text, ${ARTICLES} articles through a look-ahead of ${LOOK_AHEAD} texts`, () => {
    const articles = readdirSync(path.join(work, 'content/articles'));
    expect(articles).toHaveLength(ARTICLES);
    for (const name of articles) {
      // The generator writes one subheading a text, a random sentence: the page shows that one.
      const heading = /^## (.+)$/m.exec(readFileSync(path.join(work, 'content/articles', name), 'utf8'))![1]!;
      const body = select('.article-body', page(`/articles/${name.replace(/\.md$/, '')}/`));
      expect(body && selectAll('h2', body).map(text), name).toContain(heading);
    }
  });
});

describe('the synthetic corpus', () => {
  test('has long and short lists of both kinds, lists of exactly 10, and a party list of more than one page', () => {
    const parties = lists('parties').map((l) => l.items.size);
    const sources = lists('sources').map((l) => l.items.size);
    expect(parties.some((n) => n > PAGE)).toBe(true);
    expect(parties.some((n) => n > PREVIEW && n <= PAGE)).toBe(true);
    expect(parties.some((n) => n > 0 && n < PREVIEW)).toBe(true);
    expect(parties.some((n) => n === PREVIEW)).toBe(true);
    expect(sources.some((n) => n > PREVIEW)).toBe(true);
    expect(sources.some((n) => n > 0 && n < PREVIEW)).toBe(true);
    expect(sources.some((n) => n === PREVIEW)).toBe(true);
  });
});

describe.each(['parties', 'sources'] as const)('the %s', (owner) => {
  test('page shows the first 10 of a long list and links to all of it with its real length', () => {
    const long = lists(owner).filter((l) => l.items.size > PREVIEW);
    expect(long.length).toBeGreaterThan(0);
    for (const { id, spec, items } of long) {
      const where = `${owner}/${id} ${spec.list}`;
      const section = select(`main section[aria-labelledby="${spec.section}"]`, page(`/${owner}/${id}/`));
      expect(section, where).toBeDefined();
      const shown = entries(section!, spec.kind);
      expect(shown, where).toHaveLength(PREVIEW);
      expect(new Set(shown).size, where).toBe(PREVIEW);
      for (const item of shown) expect(items.has(item), `${where}: ${item}`).toBe(true);
      // The first 10 of the list: the same as the start of its full list.
      expect(shown, where).toEqual(entries(page(fullListHref(owner, id, spec.list)), spec.kind).slice(0, PREVIEW));
      const links = allLinks(section!);
      expect(links.map(text), where).toEqual([`All ${items.size} ${spec.what}`]);
      expect(links[0]!.properties.href, where).toBe(fullListHref(owner, id, spec.list));
    }
  });

  test('full lists hold every item once, in pages of at most 100 that link to each other', () => {
    const long = lists(owner).filter((l) => l.items.size > PREVIEW);
    expect(long.length).toBeGreaterThan(0);
    for (const { id, spec, items } of long) {
      const where = `${owner}/${id} ${spec.list}`;
      const last = Math.ceil(items.size / PAGE);
      const hrefs = Array.from({ length: last }, (_, i) => fullListHref(owner, id, spec.list, i + 1));
      // The pages there are: page 1 and page/2/ to page/<last>/, no more.
      const pagesDir = path.join(out, owner, id, spec.list, 'page');
      if (last === 1) expect(existsSync(pagesDir), where).toBe(false);
      else expect(readdirSync(pagesDir).sort(), where).toEqual(Array.from({ length: last - 1 }, (_, i) => String(i + 2)).sort());
      const all: string[] = [];
      hrefs.forEach((href, i) => {
        const number = i + 1;
        expect(existsSync(file(href)), href).toBe(true);
        const root = page(href);
        const main = select('main', root)!;
        const shown = entries(main, spec.kind);
        expect(shown.length, href).toBeLessThanOrEqual(PAGE);
        expect(shown.length, href).toBe(number < last ? PAGE : items.size - PAGE * (last - 1));
        all.push(...shown);
        if (last > 1) expect(text(select('h1', main)!), href).toContain(`, page ${number} of ${last}`);
        expect(text(main), href).toContain(`${PAGE * i + 1}–${PAGE * i + shown.length} of ${items.size}`);
        const nav = select('nav.pagination', main);
        if (last === 1) {
          expect(nav, href).toBeUndefined();
          return;
        }
        expect(nav, href).toBeDefined();
        const links = selectAll('a', nav!);
        for (const a of links) expect(hrefs, `${href} links to ${String(a.properties.href)}`).toContain(a.properties.href);
        const current = links.filter((a) => a.properties.ariaCurrent === 'page').map((a) => a.properties.href);
        expect(current, href).toEqual([href]);
        const rel = (name: string) => links.filter((a) => String(a.properties.rel) === name).map((a) => a.properties.href);
        expect(rel('prev'), href).toEqual(number > 1 ? [hrefs[i - 1]] : []);
        expect(rel('next'), href).toEqual(number < last ? [hrefs[i + 1]] : []);
        // With so few pages, each page links to every other one by number.
        if (last <= 5) expect(new Set(links.filter((a) => !a.properties.rel).map((a) => a.properties.href)), href).toEqual(new Set(hrefs));
      });
      expect(all.length, where).toBe(items.size);
      expect(sorted(all), where).toEqual(sorted(items));
    }
  });

  test('page shows the whole of a list of 10 or fewer, with no "All" link and no full-list page', () => {
    const short = lists(owner).filter((l) => l.items.size <= PREVIEW);
    expect(short.length).toBeGreaterThan(0);
    for (const { id, spec, items } of short) {
      const where = `${owner}/${id} ${spec.list}`;
      expect(existsSync(path.join(out, owner, id, spec.list)), where).toBe(false);
      const section = select(`main section[aria-labelledby="${spec.section}"]`, page(`/${owner}/${id}/`));
      // A source that dates no event has no events section at all.
      if (!section && owner === 'sources' && spec.list === 'events' && items.size === 0) continue;
      expect(section, where).toBeDefined();
      expect(sorted(entries(section!, spec.kind)), where).toEqual(sorted(items));
      expect(allLinks(section!), where).toEqual([]);
      expect(select('.more', section!), where).toBeUndefined();
    }
  });

  test('have a full-list folder for each long list and for nothing else', () => {
    for (const [id, byList] of expected[owner]) {
      const dir = path.join(out, owner, id);
      const folders = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
      const long = [...byList].filter(([, items]) => items.size > PREVIEW).map(([list]) => list);
      expect(sorted(folders), `${owner}/${id}`).toEqual(sorted(long));
    }
  });
});

describe('/sources/', () => {
  test('comes in pages of 100, A to Z, that together list every source once', () => {
    const ids = [...expected.sources.keys()];
    expect(ids.length).toBeGreaterThan(PAGE);
    const last = Math.ceil(ids.length / PAGE);
    const listed: string[] = [];
    for (let n = 1; n <= last; n++) {
      const href = n === 1 ? '/sources/' : `/sources/page/${n}/`;
      const main = select('main', page(href))!;
      const shown = selectAll('ul.plain-list > li > a', main).map((a) => String(a.properties.href).replace(/^\/sources\/|\/$/g, ''));
      expect(shown.length, href).toBe(n < last ? PAGE : ids.length - PAGE * (last - 1));
      listed.push(...shown);
      expect(selectAll('nav.pagination a[aria-current="page"]', main).map((a) => a.properties.href), href).toEqual([href]);
    }
    expect(existsSync(file(`/sources/page/${last + 1}/`))).toBe(false);
    expect(sorted(listed)).toEqual(sorted(ids));
  });
});
