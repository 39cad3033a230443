import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/loader/load-content.ts';
import { formatProblem } from '../../src/core/problem-format.ts';

const FIXTURES = path.resolve('tests/fixtures/check');
const cases = readdirSync(FIXTURES).sort();

describe('loadContent', () => {
  test.each(cases)('reports exactly the expected problems for %s', async (name) => {
    const dir = path.join(FIXTURES, name);
    const expected = readFileSync(path.join(dir, 'expected.txt'), 'utf8').trimEnd().split('\n');
    const { problems } = await loadContent(dir, dir);
    expect(problems.map((problem) => formatProblem(problem))).toEqual(expected);
  });

  test('returns problems that each name a file and a line, and a field wherever the file could be read', async () => {
    for (const name of cases) {
      const dir = path.join(FIXTURES, name);
      const { problems } = await loadContent(dir, dir);
      expect(problems.length, name).toBeGreaterThan(0);
      for (const problem of problems) {
        if (problem.message.startsWith('no articles:')) {
          // About the folder, which has no line.
          expect(problem).toMatchObject({ file: 'articles/', line: 0, severity: 'warning' });
          continue;
        }
        expect(problem.file, name).toMatch(/^(articles|parties|sources)\/[^/]+(\.(md|yaml)|(\/[^/]+)+\.md)?$/);
        expect(problem.line, name).toBeGreaterThanOrEqual(1);
        const unreadable = /^the file (is empty|has no frontmatter|name is its id|starts with two byte-order marks|is not valid UTF-8 text)|^no article refers to|^is (in a sub-folder|a link|not read)|^text: |^the (image|text contains)|^a link to/.test(problem.message);
        if (!unreadable) expect(problem.path.length, `${name}: ${problem.message}`).toBeGreaterThan(0);
      }
    }
  });

  test('returns the first article with no error', async () => {
    const { problems, graph } = await loadContent(path.resolve('content'));
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(graph.articles.has('hamas-official-alleges-broken-us-promise')).toBe(true);
  });

  test('returns file paths relative to the working directory', async () => {
    const dir = path.join(FIXTURES, 'yaml-tab');
    const { problems } = await loadContent(dir);
    expect(problems[0]!.file).toBe('tests/fixtures/check/yaml-tab/articles/tab.md');
  });

  test('returns the article bodies only when asked for', async () => {
    const article = 'content/articles/hamas-official-alleges-broken-us-promise.md';
    const without = await loadContent(path.resolve('content'));
    expect(without.files.get(article)?.bodyStartLine).toBeGreaterThan(1);
    expect(without.files.get(article)?.body).toBeUndefined();
    const { files } = await loadContent(path.resolve('content'), undefined, { bodies: true });
    expect(files.get(article)?.body).toBe(readFileSync(article, 'utf8').split(/^---$/m).slice(2).join('---').replace(/^\n/, ''));
  });

  test('keeps the valid claims of an article with schema errors in the graph', async () => {
    const dir = path.join(FIXTURES, 'partial-article');
    const { graph } = await loadContent(dir, dir);
    expect([...graph.claims.keys()]).toEqual(['witkoff-deal']);
  });

  test('returns an empty graph and the one warning "no articles" for a folder without content', async () => {
    const dir = path.join(FIXTURES, 'does-not-exist');
    const { problems, fileCount } = await loadContent(dir, dir);
    expect(problems.map((problem) => formatProblem(problem))).toEqual([
      'articles/ warning no articles: the site would have no article, claim or event; add articles as .md files here (npm run new -- article "Title"), or check the content folder',
    ]);
    expect(fileCount).toBe(0);
  });

  test('reads a link to a file inside the content folder as the file, under the link\'s name', async () => {
    const dir = path.join(FIXTURES, 'symlinks');
    const { graph } = await loadContent(dir, dir);
    expect([...graph.articles.keys()].sort()).toEqual(['alias', 'real']);
    expect([...graph.parties.keys()]).toEqual([]);
  });
});
