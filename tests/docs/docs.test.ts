/**
 * The docs name only what exists: every `npm run` script, every option passed to a script, every path in
 * the repository and every link between the docs (with its #heading).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const DOCS = ['README.md', 'bench/README.md', ...readdirSync('docs').filter((file) => file.endsWith('.md')).map((file) => `docs/${file}`)].sort();
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
const read = (file: string) => readFileSync(file, 'utf8');

/** Text in backticks, single or in a fenced block, line by line: where commands and paths are written. */
function codeSpans(text: string): string[] {
  const fenced = [...text.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].flatMap((match) => match[1]!.split('\n'));
  const inline = [...text.replace(/^```[^\n]*\n[\s\S]*?^```/gm, '').matchAll(/`([^`\n]+)`/g)].map((match) => match[1]!);
  return [...fenced, ...inline];
}

/** `npm run check -- --strict` gives `{ script: 'check', options: ['--strict'] }`; `npm test` gives `test`. */
function npmCommands(text: string): { script: string; options: string[] }[] {
  return codeSpans(text).flatMap((span) =>
    [...span.replace(/#.*$/, '').matchAll(/\bnpm\s+(?:run\s+(?:--silent\s+)?([\w:.-]+)|(test)\b)(?:\s+--\s+([^;&|]*))?/g)].map((match) => ({
      script: match[1] ?? match[2]!,
      options: [...(match[3] ?? '').matchAll(/(?:^|\s)(--[a-z][\w-]*)/g)].map((option) => option[1]!),
    })),
  );
}

/** The folders and files at the top of the repository, as git would hold them (no dist/, no node_modules/). */
const TOP = new Set(readdirSync('.').filter((name) => !['node_modules', 'dist', '.git', 'test-results', 'playwright-report'].includes(name) && !name.startsWith('dist')));

/**
 * Paths in backticks that start at a top-level folder or file, without placeholders (`<slug>`, `…`, `*`)
 * and without the example problems the check prints (`content/articles/gaza-deal.md:14:5 error …`).
 */
function repositoryPaths(text: string): string[] {
  return codeSpans(text)
    .flatMap((span) => span.split(/\s+/).filter((word) => !/:\d+:\d+$/.test(word)))
    .flatMap((word) => word.split(/[(),:=]+/))
    .map((word) => word.replace(/^[`'"]+|[`'".;]+$/g, ''))
    .filter((word) => /^\.?[\w.-]+(?:\/[\w.@-]*)*$/.test(word) && !/^\d/.test(word))
    .filter((word) => TOP.has(word.split('/')[0]!) && (word.includes('/') || word.includes('.')));
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchors(text: string): Set<string> {
  const withoutCode = text.replace(/^```[^\n]*\n[\s\S]*?^```/gm, '');
  return new Set([...withoutCode.matchAll(/^#{1,6}\s+(.+)$/gm)].map((match) => match[1]!.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-')));
}

function links(text: string): string[] {
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!).filter((target) => !/^[a-z]+:/.test(target));
}

describe('docs', () => {
  test('README.md is at most 4 KB and opens with the install-and-build and the test commands', () => {
    const readme = read('README.md');
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(4096);
    const firstBlock = readme.match(/^```sh\n([\s\S]*?)^```/m)![1]!;
    expect(readme.indexOf('```sh')).toBeLessThan(readme.indexOf('\n## '));
    expect(firstBlock).toMatch(/^npm ci && npm run build && npm run preview\b/);
    expect(firstBlock).toMatch(/^npm test\b/m);
  });

  test('README.md offers the editor\'s loop: dev, new and check', () => {
    const scriptsNamed = npmCommands(read('README.md')).map((command) => command.script);
    expect(scriptsNamed).toEqual(expect.arrayContaining(['dev', 'new', 'check']));
  });

  test.each(DOCS)('%s names only npm scripts that package.json defines', (file) => {
    for (const { script } of npmCommands(read(file))) expect(Object.keys(scripts), `npm run ${script} in ${file}`).toContain(script);
  });

  test.each(DOCS)('%s passes only options that the script reads', (file) => {
    for (const { script, options } of npmCommands(read(file))) {
      const entry = scripts[script]?.match(/^node\s+(\S+)/)?.[1];
      if (!entry || options.length === 0) continue;
      const source = read(entry);
      for (const option of options) expect(source, `npm run ${script} -- ${option} in ${file}`).toMatch(new RegExp(`\\b${option.slice(2)}\\b`));
    }
  });

  test.each(DOCS)('%s names only paths that exist in the repository', (file) => {
    const named = repositoryPaths(read(file));
    for (const name of named) expect(existsSync(name), `${name} in ${file}`).toBe(true);
  });

  test.each(DOCS)('%s links only to files and headings that exist', (file) => {
    for (const link of links(read(file))) {
      const [target, fragment] = link.split('#') as [string, string | undefined];
      const resolved = target === '' ? file : path.join(path.dirname(file), target);
      expect(existsSync(resolved), `${link} in ${file}`).toBe(true);
      if (fragment) expect([...anchors(read(resolved))], `${link} in ${file}`).toContain(fragment);
    }
  });

  test('the checks find what they look for', () => {
    expect(npmCommands('`npm run check -- --format github --strict` and `npm test`')).toEqual([
      { script: 'check', options: ['--format', '--strict'] },
      { script: 'test', options: [] },
    ]);
    expect(repositoryPaths('see `src/cli/check.ts`, `content/articles/<slug>.md`, `dist/`, `content/x.md:1:2` and `.nvmrc`')).toEqual(['src/cli/check.ts', '.nvmrc']);
    expect([...anchors('# A title\n## What a change does to the content\n```\n# not a heading\n```')]).toEqual(['a-title', 'what-a-change-does-to-the-content']);
  });
});
