import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../../src/lib/loader/frontmatter.ts';
import { parseSimpleYaml } from '../../../src/lib/loader/simple-yaml.ts';

const root = path.resolve(import.meta.dirname, '../../..');

/** What js-yaml reads, or the error it throws. */
function jsYaml(text: string): { data: unknown } | { error: string } {
  try {
    return { data: load(text, { schema: CORE_SCHEMA }) };
  } catch (error) {
    return { error: String(error) };
  }
}

/** The property under test: the fast reading is js-yaml's, or it gives up. */
function expectAgreement(text: string) {
  const fast = parseSimpleYaml(text);
  if (fast === undefined) return false;
  expect({ text, ...jsYaml(text) }).toEqual({ text, data: fast });
  return true;
}

/** A small seeded generator (mulberry32), so that a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return { next, pick };
}

const PLAIN = ['talks', 'Hamas', 'x', 'ceasefire', 'party-1', 'Officials', 'said', '2025-05-17', '2024', 'é'];
const WORDS = ['talks', 'Hamas', 'x', 'null', 'Null', '~', 'true', 'FALSE', '12', '-3', '0x1F', '0o17', '1e3', '.5', '.inf', '.NaN', '2025-05-17', '2024', '1_000', '+1', 'é', 'a\u00a0b', 'https://x.org/a#b', 'a:b', 'a,b', '[x]', '{y}', '"q"', "it's", 'c#', '%', '@at', '`t`', '- x', '? q', ': c'];
const KEYS = ['title', 'kind', 'id', 'date', 'sources', 'claims', 'Null', 'true', 'on', 'a_b', 'k-2', 'title', '"quoted"', '1', 'a b', '__proto__', '? x'];
const VALUES = [
  () => 'plain',
  () => `"${'abc'}"`,
  () => "'it''s'",
  () => '"a\\"b"',
  () => '[a, b]',
  () => '[]',
  () => '[ ]',
  () => '[a, ]',
  () => '[a,,b]',
  () => '{}',
  () => '{a: 1}',
  () => '&anchor x',
  () => '*alias',
  () => '!tag x',
  () => '|',
  () => '>-',
  () => '|+',
  () => '>2',
  () => '| # note',
  () => 'a # comment',
  () => 'a: b',
];

/** A YAML-ish text: mostly what content files hold, with the corners of YAML mixed in. */
function generate(seed: number): string {
  const { next, pick } = random(seed);
  const lines: string[] = [];
  const value = (): string => {
    const roll = next();
    if (roll < 0.6) return Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(PLAIN)).join(' ');
    if (roll < 0.8) return Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(WORDS)).join(pick([' ', ' ', '  ', ': ', ', ']));
    return pick(VALUES)();
  };
  const block = (indent: number, depth: number) => {
    const pad = ' '.repeat(indent);
    const entries = 1 + Math.floor(next() * 4);
    for (let e = 0; e < entries; e++) {
      const key = next() < 0.95 ? pick(KEYS.slice(0, 11)) : pick(KEYS);
      const roll = next();
      if (depth < 3 && roll < 0.2) {
        lines.push(`${pad}${key}:`);
        block(indent + pick([1, 2, 2, 4]), depth + 1);
      } else if (depth < 3 && roll < 0.45) {
        lines.push(`${pad}${key}:${pick(['', ' ', '  '])}`);
        const dash = indent + pick([0, 2, 2, 3]);
        for (let i = 0, n = 1 + Math.floor(next() * 3); i < n; i++) {
          if (next() < 0.4) {
            lines.push(`${' '.repeat(dash)}-${pick([' ', ' ', '   '])}${pick(KEYS.slice(0, 5))}: ${value()}`);
            for (let k = 0, m = Math.floor(next() * 3); k < m; k++) lines.push(`${' '.repeat(dash + pick([2, 2, 3, 1]))}${pick(KEYS.slice(0, 6))}: ${value()}`);
          } else {
            lines.push(`${' '.repeat(dash)}-${pick([' ', ' ', '', '  '])}${value()}`);
          }
        }
      } else {
        const first = value();
        lines.push(`${pad}${key}: ${first}`);
        // A value wrapped over lines, as a YAML writer wraps long text, or the lines of a block scalar.
        const more = /^[|>]/.test(first) ? 0.8 : 0.25;
        while (next() < more) lines.push(next() < 0.15 ? pick(['', ' ', '     ']) : `${' '.repeat(Math.max(0, indent + pick([-1, 0, 1, 2, 2, 3, 4])))}${value()}`);
      }
      if (next() < 0.05) lines.push(pick(['', '  ', '# note', '  # note', '---', '...', '%YAML 1.2', '\t', 'x']));
    }
  };
  block(next() < 0.95 ? 0 : 1, 0);
  let text = lines.join('\n') + pick(['', '\n', '\n\n']);
  // Now and then a stray character anywhere: a tab, CR, NUL, a control or a lone surrogate among them.
  if (next() < 0.1) {
    const at = Math.floor(next() * text.length);
    text = text.slice(0, at) + pick(['\t', '\r', '\0', '\x07', '\x85', '\uFEFF', '\uD800', ' ', ':', '#', '-', '\n', '"', "'"]) + text.slice(at);
  }
  return text;
}

describe('parseSimpleYaml', () => {
  test('returns the data js-yaml reads for the first article', () => {
    const text = readFileSync(path.join(root, 'content/articles/hamas-official-alleges-broken-us-promise.md'), 'utf8');
    const { yaml } = splitFrontmatter(text)!;
    expect(expectAgreement(yaml)).toBe(true);
  });

  test('returns the data js-yaml reads, or undefined, for every content file of the project and its fixtures', () => {
    let read = 0;
    for (const folder of ['content', 'tests/fixtures']) {
      for (const name of readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })) {
        if (!/\.(md|ya?ml)$/.test(name) || name.includes('node_modules')) continue;
        const text = readFileSync(path.join(root, folder, name), 'utf8');
        const yaml = name.endsWith('.md') ? splitFrontmatter(text)?.yaml : text;
        if (yaml !== undefined && expectAgreement(yaml)) read++;
      }
    }
    expect(read).toBeGreaterThan(50);
  });

  test('returns the data js-yaml reads, or undefined, for the first article with a character changed', () => {
    const text = readFileSync(path.join(root, 'content/articles/hamas-official-alleges-broken-us-promise.md'), 'utf8');
    const { yaml } = splitFrontmatter(text)!;
    const { next, pick } = random(7);
    let read = 0;
    for (let i = 0; i < 1500; i++) {
      const at = Math.floor(next() * yaml.length);
      const edit = pick(['', ' ', '\n', '-', ':', '#', '"', "'", '[', ']', ',', '>', '|', '~', '1', 'x', '\t', '  ', '\n  ', '\n- ']);
      if (expectAgreement(yaml.slice(0, at) + edit + yaml.slice(at + (next() < 0.5 ? 1 : 0)))) read++;
    }
    expect(read).toBeGreaterThan(500);
  });

  test('returns data for plain content, with wrapped text, lists of both kinds, quotes and typed values', () => {
    const yaml = [
      'title: Officials deny the deal',
      'description: A long line that a writer wrapped',
      '  over two lines',
      '',
      '  and a paragraph',
      'tags: [talks, gaza]',
      'empty: []',
      'published: 2025-05-17',
      'year: "2024"',
      "quote: 'it''s a deal'",
      'count: 12',
      'nothing: ~',
      'flag: True',
      'claims:',
      '  - id: claim-1',
      '    sources:',
      '    - source-1',
      '    about:',
      '      - party-1',
      '  -   id: claim-2',
      '      date: 2025',
      'byline:',
      '- Jane Doe',
      'blank:',
    ].join('\n');
    const expected = {
      title: 'Officials deny the deal',
      description: 'A long line that a writer wrapped over two lines\nand a paragraph',
      tags: ['talks', 'gaza'],
      empty: [],
      published: '2025-05-17',
      year: '2024',
      quote: "it's a deal",
      count: 12,
      nothing: null,
      flag: true,
      claims: [
        { id: 'claim-1', sources: ['source-1'], about: ['party-1'] },
        { id: 'claim-2', date: 2025 },
      ],
      byline: ['Jane Doe'],
      blank: null,
    };
    expect(parseSimpleYaml(yaml)).toEqual(expected);
    expect(jsYaml(yaml)).toEqual({ data: expected });
  });

  test('returns undefined where js-yaml reports an error or reads what this does not', () => {
    for (const yaml of [
      'title: a\ntitle: b',
      'title: a\n  b: c',
      'title: a # comment',
      'title:\ta',
      'title: a\r\nkind: b',
      'list:\n  - a\n - b',
      'list:\n  - - a',
      'title: "a\\"b"',
      'title: "a\n  b"',
      'tags: [a,, b]',
      'tags: [a, b,]',
      'tags: [a',
      'map: {a: 1}',
      'ref: *x',
      'text: |2\n  a',
      '"title": a',
      '---\ntitle: a',
      '  title: a',
      'just text',
      '',
    ]) {
      expect({ yaml, data: parseSimpleYaml(yaml) }).toEqual({ yaml, data: undefined });
    }
  });

  test('returns the data js-yaml reads, or undefined, for thousands of generated texts', () => {
    let read = 0;
    const count = 8000;
    for (let seed = 1; seed <= count; seed++) if (expectAgreement(generate(seed))) read++;
    // Many generated texts hold something only js-yaml reads; enough of them must be read here in full.
    expect(read).toBeGreaterThan(count / 8);
  });
});
