import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from './build-site.ts';

let dist: string;
const page = (route: string): Root => fromHtml(readFileSync(path.join(dist, route, 'index.html'), 'utf8'));
const text = (node: Element | Root | undefined) => (node ? toString(node).replace(/\s+/g, ' ').trim() : '');
const times = (root: Root | Element) => selectAll('time', root).map((t) => `${t.properties.dateTime} ${text(t)}`);

/** Where the build's attempts at the network are written (`deny-network.mjs`, preloaded into the build). */
let networkLog: string;
beforeAll(() => {
  networkLog = path.join(tmpdir(), `claimdesk-network-${process.pid}.log`);
  rmSync(networkLog, { force: true });
  const preload = pathToFileURL(path.join(import.meta.dirname, 'deny-network.mjs')).href;
  dist = buildSite('tests/fixtures/site/content', { NODE_OPTIONS: `--import=${preload}`, CLAIMDESK_NETWORK_LOG: networkLog });
});
afterAll(() => {
  rmSync(path.dirname(dist), { recursive: true, force: true });
  rmSync(networkLog, { force: true });
});

test('the build opens no network connection (Astro\'s telemetry included)', () => {
  expect(existsSync(networkLog) ? readFileSync(networkLog, 'utf8') : '').toBe('');
});

describe('the built fixture site', () => {
  test('has the home page, both articles, the timeline, the claims and a page per claim and party', () => {
    for (const route of [
      '',
      'articles/harbour-deal',
      'articles/harbour-followup',
      'timeline',
      'claims',
      'claims/vale-berths-promise',
      'claims/council-no-berths',
      'parties',
      'parties/minister-vale',
      'parties/ruritania-government',
      'parties/harbour-council',
    ]) {
      expect(existsSync(path.join(dist, route, 'index.html')), route).toBe(true);
    }
  });

  test('leads the home page with the newest article, then the next ones, and links into claims and timeline', () => {
    const home = page('');
    expect(text(select('.lead-title', home))).toBe('Harbour Council denies any deal on berths');
    expect(text(select('.lead .meta', home))).toBe('By Ana Example · 10 June 2025 · 1 claim · 2 events');
    expect(selectAll('.stories h3 a', home).map(text)).toEqual(['Minister says the harbour deal includes new berths']);
    expect(selectAll('.ways-in a', home).map((a) => a.properties.href)).toEqual(['/claims/', '/timeline/', '/about/ratings/']);
  });

  test('lists the latest status changes on the home page, with the status before and after', () => {
    const changes = selectAll('.changes li', page(''));
    expect(changes.map((li) => selectAll('.status', li).map(text))).toEqual([['Status: Unverified', 'Status: Disputed']]);
    expect(text(changes[0]!)).toContain('Dora Vale says: The harbour deal includes four new berths');
    expect(select('a', changes[0]!)?.properties.href).toBe('/claims/vale-berths-promise/#assessment-2');
  });

  test('shows an article with its byline, dates, body, claims, events and sources', () => {
    const root = page('articles/harbour-deal');
    expect(text(select('h1', root))).toBe('Minister says the harbour deal includes new berths');
    expect(text(select('main header', root))).toContain('By Ana Example, Ben Sample · Strelsau');
    expect(times(select('main header', root)!)).toEqual(['2025-06-02 2 June 2025', '2025-06-05 5 June 2025']);
    expect(text(select('.article-body', root))).toContain('Dora Vale told Strelsau Radio that the deal was done.');
    const claim = select('[data-claim-id="vale-berths-promise"]', root)!;
    // The claimant's mark is decorative (aria-hidden, the name is written beside it): its initials are not read.
    expect(select('.party-mark', claim)?.properties.ariaHidden).toBe('true');
    expect(text(select('.claim-body', claim))).toMatch(/^Status: DisputedDora Vale, said in an interview, 1 June 2025The harbour deal/);
    // The card names its claimant once, and its one link is the statement.
    expect(text(claim).split('Dora Vale')).toHaveLength(2);
    expect(selectAll('a', claim).map((a) => a.properties.href)).toEqual(['/claims/vale-berths-promise/']);
    // Events with their own precision, oldest first.
    expect(times(select('#timeline + ol', root)!)).toEqual(['1998 1998', '2025-05 c. May 2025', '2025-05-20 20 May 2025', '2025-05-22 22 May 2025']);
    expect(text(select('#sources + ol', root))).toContain('Interview with Dora Vale, Strelsau Radio, 1 June 2025 (original, archived copy)');
    expect(text(root)).toContain('5 June 2025 (correction): An earlier version misspelt the minister\'s name.');
  });

  test('puts an event written by two articles on the timeline once, linked to both', () => {
    const root = page('timeline/2025');
    const talks = selectAll('#event-harbour-talks', root);
    expect(talks).toHaveLength(1);
    expect(selectAll('a', talks[0]!).map((a) => a.properties.href)).toContain('/claims/vale-berths-promise/');
    // The articles that report the events of one date are linked once, under them.
    const group = selectAll('li.tl-group', root).find((li) => select('#event-harbour-talks', li))!;
    expect(selectAll('.tl-articles a', group).map((a) => a.properties.href).sort()).toEqual(['/articles/harbour-deal/', '/articles/harbour-followup/']);
  });

  test('splits the timeline into a page a year, each grouped by month, linked from /timeline/', () => {
    const overview = page('timeline');
    expect(selectAll('main .count-bars li a', overview).map((a) => a.properties.href)).toEqual(['/timeline/1998/', '/timeline/2025/']);
    expect(selectAll('main .count-bars li', overview).map(text)).toEqual(['1998 1 event', '2025 3 events']);
    expect(selectAll('main h2', page('timeline/1998')).map(text)).toEqual(['1998, month not known']);
    const year = page('timeline/2025');
    expect(selectAll('main h2', year).map(text)).toEqual(['May 2025', 'June 2025']);
    expect(selectAll('li.tl-event', year).map((li) => li.properties.id)).toEqual(['event-harbour-talks', 'event-storm', 'event-council-vote']);
    expect(select('a[rel="prev"]', year)?.properties.href).toBe('/timeline/1998/');
  });

  test('shows a claim page with its status history, rationale, sources and related claims', () => {
    const root = page('claims/vale-berths-promise');
    const body = text(select('main', root));
    expect(text(select('h1', root))).toBe('Dora Vale says: The harbour deal includes four new berths, promised during the May talks.');
    expect(text(select('.claim-head', root))).toBe(
      'DVDora ValePorts minister of Ruritania (a fictional state, for tests).Claim made 1 June 2025, said in an interviewStatus: DisputedSince 10 June 2025',
    );
    expect(text(select('blockquote', root))).toBe('“Four berths, signed and sealed.”');
    // How we rated it: the history newest first, and the current rationale once, not again under "Why".
    expect(selectAll('ol.history li', root).map(text)).toEqual([
      'Status: Disputed 10 June 2025The Harbour Council says no berths were agreed.',
      'Status: Unverified 2 June 2025Only the minister\'s account.',
    ]);
    expect(body.split('The Harbour Council says no berths were agreed.')).toHaveLength(2);
    expect(select('a[href="https://example.org/vale-interview"]', root)).toBeDefined();
    expect(body).toContain('This claim is contradicted by:');
    expect(select('a[href="/claims/council-no-berths/"]', root)).toBeDefined();
  });

  test('shows a party page with claims made, claims about them and affiliations both ways', () => {
    const vale = page('parties/minister-vale');
    expect(selectAll('section[aria-labelledby="made"] [data-claim-id]', vale).map((e) => e.properties.dataClaimId)).toEqual(['vale-berths-promise']);
    expect(selectAll('section[aria-labelledby="about"] [data-claim-id]', vale).map((e) => e.properties.dataClaimId)).toEqual(['council-no-berths']);
    expect(selectAll('dd', vale).map(text)).toContain('minister of ports, Government of Ruritania');
    expect(selectAll('dd', page('parties/ruritania-government')).map(text)).toContain('Dora Vale, minister of ports');
  });

  test('writes the lists of parties and sources and the ratings page in plain words: a kind in words, one count, no words run together', () => {
    const vale = selectAll('main li', page('parties')).find((li) => text(li).startsWith('Dora Vale'))!;
    expect(text(vale)).toBe('Dora Vale (person)Ports minister of Ruritania (a fictional state, for tests). 1 claim made, 1 about them.');
    expect(text(select('p.meta', vale))).toMatch(/ 1 claim made, 1 about them\.$/);
    const interview = selectAll('main li', page('sources')).find((li) => text(li).startsWith('Interview with Dora Vale'))!;
    expect(text(select('a', interview))).toBe('Interview with Dora Vale');
    expect(text(select('p.meta', interview))).toBe('Strelsau Radio · Interview · 1 June 2025 · 1 claim');
    const attributions = selectAll('main ul.plain-list li', page('about/ratings')).map(text);
    expect(attributions).toContain('Said in an interview');
    expect(attributions.filter((line) => line.startsWith('Claimed'))).toEqual([]);
  });

  test('has an index of the statuses at /claims/status/, each linked to its list when a claim has it', () => {
    const root = page('claims/status');
    expect(selectAll('main h2', root).map(text)).toEqual(['Status: Unverified', 'Status: Disputed', 'Status: Denied', 'Status: Corroborated', 'Status: Confirmed', 'Status: False']);
    expect(selectAll('main li a', root).map((a) => a.properties.href)).toContain('/claims/status/disputed/');
  });

  test('links only to pages that exist', () => {
    const files = readdirSync(dist, { recursive: true }).map(String).filter((f) => f.endsWith('.html'));
    const broken: string[] = [];
    for (const file of files) {
      for (const a of selectAll('a[href^="/"]', fromHtml(readFileSync(path.join(dist, file), 'utf8')))) {
        const href = String(a.properties.href).split('#')[0]!;
        const target = path.join(dist, href, href.endsWith('/') ? 'index.html' : '');
        if (!existsSync(target)) broken.push(`${file} -> ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
