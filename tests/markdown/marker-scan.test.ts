import { readFileSync } from 'node:fs';
import path from 'node:path';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { scanMarkers } from '../../src/markdown/marker-scan.ts';
import { inspectBody, type Inspection } from '../../src/markdown/markers.ts';
import { lookup } from './lookup-fixture.ts';

const parser = unified().use(remarkParse).use(remarkDirective).freeze();
const summary = ({ findings, claims, sources, parties }: Inspection) => ({
  findings: findings.map((f) => `${f.severity} ${f.position?.start.line}:${f.position?.start.column} ${f.message}`),
  claims,
  sources,
  parties,
});

const PROSE = ['Naim said', 'at 10:30', 'a:b', 're:Invent', 'John 3:16', 'note:', 'x:y:z', 'über:straße', 'emoji 😀:x and 😀', '*em*', '_em_', '**bold**', 'brackets [a] b', 'odd ] and [', '{braces}', ':', 'word :', '[a link](https://example.org/x)', '![an image](https://example.org/i.png)', '[see :party[x]{#hamas}](https://example.org)', '[t](https://example.org/a:b[c])', '[ref][x]'];
const MARKERS = [
  ':claim[a deal]{#naim-deal}', ':claim[a deal]{#naim-dael}', ':claim[]{#naim-deal}', ':claim[ ]{#naim-deal}', ':claim{#naim-deal}', ':claim[x]', ':claim',
  ':cliam[x]{#naim-deal}', ':party[Naim]{#basem-naim}', ':party{#hamas}', ':party[x]{id=hamas}', ':party[x]{id="hamas"}', ':cite[interview]',
  ':cite[interview, un-report]', ':cite[interview un-report]', ':cite[intervew]', ':cite[]', ':cite[a:b]', ':cite', ':cite{#x}',
  ':claim[see :party[Naim]{#basem-naim} and :cite[interview]]{#naim-deal}', ':claim[[1] x]{#naim-deal}', ':claim[x]y', ':claim[x] {#naim-deal}',
  ':foo-[x]', ':foo_', ':a[x]:b[y]', ':claim[x]{#naim-deal}:cite[interview]', ':CLAIM[x]{#naim-deal}', ':clàim[x]{#a}', ':30[x]',
  ':party[**x**]{#hamas}', ':claim[*a* :party[b]{#nope}]{#council-denial}', ':note[x]',
];
/** Texts the scan gives up on: the full parse decides. */
const RARE = [
  '`code :claim[x]{#nope}`', '<b>x</b>', '[link](https://example.org/a:b[c])', '\\:claim[x]', '&amp;', '```\n:cite[x]\n```', '[ref]: https://example.org',
  '::claim[x]', ':party[x]{#hamas .cls}', ':party[x]{#hamas onclick="a"}', ':cite[*interview*]', ':claim[a\nb]{#naim-deal}', ':claim[x', ':claim[x]{#naim-deal',
  ':claim[x]{}', ':claim[x]{#a #b}', 'x :y[', 'x :y{', '    indented:x[y]', '\t:claim[x]{#naim-deal}',
];
const PREFIXES = ['', '', '', '## ', '- ', '> ', '1. ', '   '];
const JOINS = [' ', ' ', '', '\n', '\n\n'];

/** A seeded generator, so that every run checks the same texts. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function texts(count: number): string[] {
  const next = random(42);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, () => {
    let text = '';
    for (let line = 0; line < 1 + next() * 4; line++) {
      text += pick(PREFIXES);
      for (let part = 0; part < 1 + next() * 5; part++) {
        const kind = next();
        text += (kind < 0.45 ? pick(PROSE) : kind < 0.98 ? pick(MARKERS) : pick(RARE)) + pick(JOINS);
      }
      text += '\n\n';
    }
    return text;
  });
}

const firstArticle = readFileSync(path.join(import.meta.dirname, '../../content/articles/hamas-official-alleges-broken-us-promise.md'), 'utf8').split('\n---\n')[1]!;

describe('scanMarkers', () => {
  test('returns markers whose findings, places and ids are those of a full parse', () => {
    let scanned = 0;
    const all = texts(1000);
    const differ: { text: string; quick: unknown; full: unknown }[] = [];
    for (const text of all) {
      const tree = scanMarkers(text);
      if (!tree) continue;
      scanned++;
      const quick = summary(inspectBody(tree, lookup.known));
      const full = summary(inspectBody(parser.parse(text), lookup.known));
      if (JSON.stringify(quick) !== JSON.stringify(full)) differ.push({ text, quick, full });
    }
    expect(differ.slice(0, 3)).toEqual([]);
    // The comparison means something only if many texts took the quick way.
    expect(scanned).toBeGreaterThan(all.length / 8);
  }, 30_000);

  test('returns a tree for the first article, which is plain prose with markers, and for links away from markers', () => {
    expect(scanMarkers(firstArticle)).toBeDefined();
    expect(scanMarkers(`${firstArticle}\n\nSee [the report](https://example.org/report).\n`)).toBeDefined();
  });

  test('returns undefined for text where a marker could read otherwise', () => {
    for (const text of [...RARE, 'A [link :claim[x]{#naim-deal}](https://example.org).', 'A [link](https://example.org) and :party{#hamas}.', 'Line\r\nend:x[y]']) {
      expect(scanMarkers(text), JSON.stringify(text)).toBeUndefined();
    }
  });
});
