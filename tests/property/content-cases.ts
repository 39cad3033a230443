/**
 * Content folders for the property tests, as a hostile or careless contributor would write them: the fixture
 * site's files (tests/fixtures/site/content) with one to three mutations each, drawn by fast-check from a
 * seed. Mutations: a field's value replaced (bad dates, EDTF without a point, escapes of control characters and
 * half characters, markup, YAML booleans and nulls, unknown ids, long text), a file renamed (names that are
 * not ids, reserved words), a line deleted or doubled, a snippet added to an article's text (remote images,
 * script links, unknown markers, raw HTML, block quotes), byte-order marks and control bytes before a file,
 * a file removed, a file moved into a sub-folder.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';

const BASE = path.resolve(import.meta.dirname, '../fixtures/site/content');

/** The base content: path in the content folder to text. */
export function baseContent(): Map<string, string> {
  const files = new Map<string, string>();
  for (const folder of ['articles', 'parties', 'sources']) {
    for (const name of readdirSync(path.join(BASE, folder)).sort()) files.set(`${folder}/${name}`, readFileSync(path.join(BASE, folder, name), 'utf8'));
  }
  return files;
}

const VALUES = [
  '../..', '/', '../2024', '2024/..', '2025-02-30', '2024', '2025-05~', '2025-06-01', '9999-12-31', '0001-01-01', '"2025-05-20/2025-05-22"',
  '"\\uD800"', '"a\\u0007b"', '"\\e[31mred"', '"\\0"', '"<img src=x onerror=alert(1)>"', '"</script><script>alert(1)</script>"',
  'false', 'true', '0', '-1', '~', 'null', '[]', '{}', "''", '"   "', '"a: b"', '[a, a]', '|', '>-',
  'javascript:alert(1)', 'https://example.org/x', '"Ünïcode \u202E text"', 'unverified', 'disputed', 'false-claim',
  'minister-vale', 'harbour-council', 'no-such-party', 'vale-berths-promise', 'page', 'x'.repeat(400),
];
const NAMES = ['what?', 'a#b', 'x%2e%2e', 'a b', 'UPPER', 'Ünïcode', 'dots..x', 'page', 'status', 'index', '404', 'rss', 'a'.repeat(90), 'ok-name', '-lead'];
const SNIPPETS = [
  '![p](https://t.example/p.gif)', '![p](//t.example/p.gif)', '[x](javascript:alert(1))', '[x](data:text/html,x)', ':claim[x]{#nope}',
  ':claim[x]{#vale-berths-promise}', ':party[x]{#minister-vale}', ':party[x]{#nobody}', ':cite[x]{#vale-interview}', '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>', '> `c`\n\n'.repeat(40), '::leaf', '# Heading', '---', '\u2028', '```\ncode\n```', '[^1]\n\n[^1]: note', '| a |\n| - |\n| b |',
];
const PREFIXES = ['\uFEFF', '\uFEFF\uFEFF', '\x07', '\0', ' ', '\n'];

export type Mutation =
  | { kind: 'value'; file: number; line: number; value: string }
  | { kind: 'rename'; file: number; name: string }
  | { kind: 'delete-line' | 'double-line'; file: number; line: number }
  | { kind: 'snippet'; file: number; snippet: string }
  | { kind: 'prefix'; file: number; prefix: string }
  | { kind: 'remove' | 'nest'; file: number };

const index = fc.nat({ max: 1000 });
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('value' as const), file: index, line: index, value: fc.constantFrom(...VALUES) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rename' as const), file: index, name: fc.constantFrom(...NAMES) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('delete-line' as const, 'double-line' as const), file: index, line: index }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('snippet' as const), file: index, snippet: fc.constantFrom(...SNIPPETS) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('prefix' as const), file: index, prefix: fc.constantFrom(...PREFIXES) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('remove' as const, 'nest' as const), file: index }) },
);
export const mutations = fc.array(mutation, { minLength: 1, maxLength: 3 });

const FIELD = /^(\s*(?:- )?[A-Za-z]+:)[ \t]*(.*)$/;

/** The content with the mutations applied, in order. */
export function mutate(base: ReadonlyMap<string, string>, list: readonly Mutation[]): Map<string, string> {
  const files = new Map(base);
  for (const m of list) {
    const names = [...files.keys()];
    if (names.length === 0) break;
    const name = names[m.file % names.length]!;
    const text = files.get(name)!;
    const lines = text.split('\n');
    switch (m.kind) {
      case 'value': {
        const fields = lines.flatMap((line, i) => (FIELD.test(line) ? [i] : []));
        if (fields.length === 0) break;
        const at = fields[m.line % fields.length]!;
        lines[at] = lines[at]!.replace(FIELD, (_, key: string) => `${key} ${m.value}`);
        files.set(name, lines.join('\n'));
        break;
      }
      case 'rename': {
        const ext = path.extname(name);
        files.delete(name);
        files.set(`${path.dirname(name)}/${m.name}${ext}`, text);
        break;
      }
      case 'delete-line':
      case 'double-line': {
        const at = m.line % lines.length;
        lines.splice(at, m.kind === 'delete-line' ? 1 : 0, ...(m.kind === 'double-line' ? [lines[at]!] : []));
        files.set(name, lines.join('\n'));
        break;
      }
      case 'snippet':
        if (name.endsWith('.md')) files.set(name, `${text}\n${m.snippet}\n`);
        break;
      case 'prefix':
        files.set(name, m.prefix + text);
        break;
      case 'remove':
        files.delete(name);
        break;
      case 'nest':
        files.delete(name);
        files.set(`${path.dirname(name)}/sub/${path.basename(name)}`, text);
        break;
    }
  }
  return files;
}

/** Writes the content into `dir` (a fresh folder). */
export function writeContent(dir: string, files: ReadonlyMap<string, string>): void {
  for (const folder of ['articles', 'parties', 'sources']) mkdirSync(path.join(dir, folder), { recursive: true });
  for (const [name, text] of files) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
}
