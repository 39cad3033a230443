import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { renderBodies, type ArticleJob } from '../../src/build/article-bodies.ts';
import type { ContentGraph } from '../../src/lib/graph.ts';
import { loadContent } from '../../src/lib/loader/load-content.ts';
import { createLookup, lookupFacts } from '../../src/markdown/lookup.ts';
import { bodyRenderer } from '../../src/markdown/render-article.ts';

const root = path.resolve(import.meta.dirname, '../..');
let graph: ContentGraph;
let articles: ArticleJob[];
beforeAll(async () => {
  ({ graph } = await loadContent(path.join(root, 'tests/fixtures/site/content'), root));
  articles = [...graph.articles.values()].map(({ id, file }) => ({ id, file: file!, absolute: path.join(root, file!) }));
});

describe('renderBodies', () => {
  test('returns each article\'s HTML and marks as this thread renders them, once, and its words to onBody', async () => {
    const seen: string[] = [];
    const bodies = renderBodies({ articles, facts: lookupFacts(graph), base: '/pr-12/' }, (id, { text }) => seen.push(`${id}: ${text.length > 0 && !text.includes('<')}`));
    try {
      const render = bodyRenderer({ lookup: createLookup(graph), base: '/pr-12/' });
      for (const { id, absolute, file } of articles) {
        const { html, marks } = await render(await readFile(absolute, 'utf8'), file);
        expect(await bodies.take(id)).toEqual({ html, marks });
      }
      await bodies.done;
      expect(seen).toEqual(articles.map(({ id }) => `${id}: true`));
      await expect(bodies.take(articles[0]!.id)).rejects.toThrow('was taken already');
    } finally {
      await bodies.close();
    }
  });

  test('rejects the text of an article that cannot be rendered, with its place, and renders the others', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'claimdesk-bodies-'));
    const broken = path.join(dir, 'broken.md');
    await writeFile(broken, '---\ntitle: A\n---\n\nSee :claim[this]{#no-such-claim}.\n');
    const jobs = [{ id: 'broken', file: 'content/articles/broken.md', absolute: broken }, articles[0]!];
    const bodies = renderBodies({ articles: jobs, facts: lookupFacts(graph), base: '/' });
    try {
      await expect(bodies.take('broken')).rejects.toThrow('content/articles/broken.md:5:5 error unknown claim `no-such-claim`');
      await expect(bodies.take(articles[0]!.id)).resolves.toHaveProperty('html');
    } finally {
      await bodies.close();
    }
  });
});
