/**
 * The archive of a war or an election: 1,000 generated articles (the benchmark's generator) whose dates all
 * fall in two years, 2024 and 2025, so that each year holds about 2,000 events. Built once, it must have no
 * HTML page over 300 KB, and its timeline must show every event once: each busy year an overview of its
 * months, each month in pages. One hand-written article adds six events to 2023, a quiet year, one for each
 * precision a date can have, to check that the timeline draws each with its own marker and says it in words.
 * What the pages must hold is worked out from the generated files, not with the site's code.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
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

const ARTICLES = 1000;
const SPAN = { first: 2024, years: 2 };
const MAX_BYTES = 300 * 1024;
const PRECISIONS = path.join(import.meta.dirname, '../fixtures/timeline-precisions/articles/precisions.md');

let work: string;
let out: string;
/** Every event of the content, by id, with its date as written. */
const events = new Map<string, string>();
let parties: string[] = [];
let sources: string[] = [];

const html = (href: string) => readFileSync(path.join(out, href, 'index.html'), 'utf8');
const page = (href: string): Root => fromHtml(html(href));
const text = (node: Element | Root | undefined) => (node ? toString(node).replace(/\s+/g, ' ').trim() : '');

/** Every built HTML file under `dir`, as `/path/` hrefs, with its size in bytes. */
function pages(dir = ''): { href: string; bytes: number }[] {
  return readdirSync(path.join(out, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return { href: `/${path.relative(out, path.dirname(file)).split(path.sep).join('/')}/`.replace('//', '/'), bytes: statSync(file).size };
    });
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'claimdesk-two-years-'));
  const content = path.join(work, 'content');
  writeCorpus(content, ARTICLES, 1, SPAN);
  copyFileSync(PRECISIONS, path.join(content, 'articles', 'precisions.md'));
  for (const file of readdirSync(path.join(content, 'articles'))) {
    const yaml = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(path.join(content, 'articles', file), 'utf8'))![1]!;
    const data = load(yaml, { schema: CORE_SCHEMA }) as { events?: { id: string; date: string | number }[] };
    for (const event of data.events ?? []) events.set(event.id, String(event.date));
  }
  const ids = (dir: string) => readdirSync(path.join(content, dir)).map((f) => f.replace(/\.yaml$/, ''));
  parties = ids('parties');
  sources = ids('sources');
  out = buildSite(content);
}, 900_000);
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  if (out) rmSync(path.dirname(out), { recursive: true, force: true });
});

test('the corpus dates its events in 2024 and 2025 (and the six of 2023), busy enough to split each year', () => {
  const years = [...events.values()].map((date) => date.slice(0, 4));
  expect(new Set(years)).toEqual(new Set(['2023', '2024', '2025']));
  expect(years.filter((y) => y === '2023')).toHaveLength(6);
  expect(years.filter((y) => y === '2024').length).toBeGreaterThan(1000);
  expect(years.filter((y) => y === '2025').length).toBeGreaterThan(1000);
});

test('has no HTML page over 300 KB', () => {
  const all = pages();
  expect(all.length).toBeGreaterThan(ARTICLES);
  expect(all.filter((p) => p.bytes > MAX_BYTES).map((p) => `${p.href} ${Math.round(p.bytes / 1024)} KB`)).toEqual([]);
});

describe('the timeline', () => {
  test('shows every event once, on the pages of its year', () => {
    const seen = new Map<string, string[]>();
    for (const { href } of pages('timeline')) {
      if (href === '/timeline/') continue;
      for (const li of selectAll('main li.tl-event[id]', page(href))) {
        const id = String(li.properties.id).replace(/^event-/, '');
        seen.set(id, [...(seen.get(id) ?? []), href]);
        const year = events.get(id)?.replace(/^\.\.\//, '').slice(0, 4);
        expect(href.startsWith(`/timeline/${year}/`), `${id} (${events.get(id)}) on ${href}`).toBe(true);
      }
    }
    expect([...seen].filter(([, where]) => where.length > 1)).toEqual([]);
    expect([...seen.keys()].sort()).toEqual([...events.keys()].sort());
  });

  test('makes a busy year an overview of its months, each drawn to scale and linked to its own pages', () => {
    for (const year of ['2024', '2025']) {
      const root = page(`/timeline/${year}/`);
      expect(selectAll('main li.tl-event', root), year).toEqual([]);
      const bars = selectAll('main figure.count-bars li', root);
      const counted = new Map<string, number>();
      for (const [id, date] of events) {
        if (!date.startsWith(year)) continue;
        const part = /^\d{4}-(\d{2})/.exec(date)?.[1] ?? 'year-only';
        counted.set(part, (counted.get(part) ?? 0) + 1);
        void id;
      }
      const longest = Math.max(...counted.values());
      for (const li of bars) {
        const a = select('a', li);
        const count = Number(text(select('.visually-hidden', li)).replace(/^.*: ([\d,]+) events?$/, '$1').replace(',', ''));
        const href = a && String(a.properties.href);
        const part = href ? /\/timeline\/\d{4}\/([^/]+)\/$/.exec(href)![1]! : undefined;
        if (!part) {
          expect(count, text(li)).toBe(0);
          continue;
        }
        expect(count, `${year} ${part}`).toBe(counted.get(part));
        // The bar is drawn to scale: its height is its share of the busiest month's.
        const rect = select('svg rect', li)!;
        expect(Number(rect.properties.height), `${year} ${part}`).toBeCloseTo((100 * count) / longest, 0);
        // The part's pages hold exactly its events.
        const first = page(href!);
        expect(text(select('main h1', first)), href).toMatch(new RegExp(`^Timeline: .*${year}`));
      }
      expect(bars.filter((li) => select('a', li)).length).toBe(counted.size);
    }
  });

  test('gives events dated only to the year a place of their own in a busy year', () => {
    const yearOnly = [...events].filter(([, date]) => date === '2024').map(([id]) => id);
    expect(yearOnly.length).toBeGreaterThan(100);
    const shown = pages('timeline/2024/year-only').flatMap(({ href }) => selectAll('main li.tl-event', page(href)).map((li) => String(li.properties.id).slice('event-'.length)));
    expect(shown.sort()).toEqual(yearOnly.sort());
  });

  test('pages on a busy month, 100 events a page, linked to each other', () => {
    const may = [...events].filter(([, date]) => date.startsWith('2024-05')).length;
    expect(may).toBeGreaterThan(100);
    const hrefs = Array.from({ length: Math.ceil(may / 100) }, (_, i) => (i === 0 ? '/timeline/2024/05/' : `/timeline/2024/05/page/${i + 1}/`));
    expect(pages('timeline/2024/05').map((p) => p.href).sort()).toEqual([...hrefs].sort());
    for (const href of hrefs) {
      const root = page(href);
      expect(selectAll('main li.tl-event', root).length, href).toBeLessThanOrEqual(100);
      expect(selectAll('nav.pagination a[aria-current="page"]', root).map((a) => a.properties.href), href).toEqual([href]);
    }
  });

  test('has a year picker on every page of a year, the year marked as current', () => {
    for (const { href } of pages('timeline')) {
      if (href === '/timeline/') continue;
      const year = /^\/timeline\/(\d{4})\//.exec(href)![1];
      const picker = select('main nav.year-picker', page(href));
      expect(selectAll('a', picker!).map(text), href).toEqual(['2023', '2024', '2025']);
      expect(selectAll('a[aria-current="page"]', picker!).map(text), href).toEqual([year]);
    }
  });

  test('links each of the latest events on the overview to the page that shows it', () => {
    const links = selectAll('main .timeline a[href*="#event-"]', page('/timeline/'));
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      const [href, id] = String(a.properties.href).split('#') as [string, string];
      expect(select(`#${id}`, page(href)), String(a.properties.href)).toBeDefined();
    }
  });

  test('draws a day, a month, a year, an approximate date, an uncertain date and a range each with its own marker and words', () => {
    const root = page('/timeline/2023/');
    const groups = selectAll('main li.tl-group', root).map((li) => ({
      event: String(select('li.tl-event', li)!.properties.id),
      marker: String((select('.marker', li)!.properties.className as string[]).join(' ')),
      date: text(select('.tl-date', li)),
    }));
    expect(groups).toEqual([
      { event: 'event-precision-year', marker: 'marker marker-year', date: '2023 (known to the year only)' },
      { event: 'event-precision-month', marker: 'marker marker-month', date: 'March 2023 (known to the month, not the day)' },
      { event: 'event-precision-approximate', marker: 'marker marker-month marker-approximate', date: 'c. May 2023 (known to the month, not the day, approximate)' },
      { event: 'event-precision-day', marker: 'marker marker-day', date: '14 June 2023 (known to the day)' },
      { event: 'event-precision-uncertain', marker: 'marker marker-day marker-uncertain', date: '2 August 2023 (uncertain) (known to the day, uncertain)' },
      { event: 'event-precision-range', marker: 'marker marker-range', date: '9 October 2023 – 12 October 2023 (a range of 4 days)' },
    ]);
  });
});

describe.each([
  ['parties', () => parties],
  ['sources', () => sources],
] as const)('/%s/', (kind, ids) => {
  test('comes in pages of 100 that list each once', () => {
    const all = ids();
    const listed: string[] = [];
    const last = Math.ceil(all.length / 100);
    expect(last).toBeGreaterThan(1);
    for (let n = 1; n <= last; n++) {
      const href = n === 1 ? `/${kind}/` : `/${kind}/page/${n}/`;
      const links = selectAll('main ul.plain-list > li > a', page(href)).map((a) => String(a.properties.href).split('/')[2]!);
      expect(links.length, href).toBe(n < last ? 100 : all.length - 100 * (last - 1));
      listed.push(...links);
    }
    expect(listed.sort()).toEqual([...all].sort());
  });
});
