import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { renderBodies, type ArticleJob } from '../../src/build/article-bodies.ts';
import { articleSearchFields } from '../../src/formats/search-records.ts';
import type { ContentGraph } from '../../src/graph/graph.ts';
import { loadContent } from '../../src/loader/load-content.ts';
import { createLookup } from '../../src/markdown/lookup.ts';
import { lookupFacts } from '../../src/graph/lookup-facts.ts';
import { bodyRenderer } from '../../src/query/render-article.ts';

/** The records of a Pagefind index, read back from its fragments. */
async function fragments(folder: string): Promise<{ url: string; content: string }[]> {
  const names = await readdir(path.join(folder, 'fragment'));
  const read = async (name: string) => JSON.parse(gunzipSync(await readFile(path.join(folder, 'fragment', name))).toString('utf8').replace(/^pagefind_dcd/, ''));
  return Promise.all(names.map(read));
}
const fragmentUrls = async (folder: string) => (await fragments(folder)).map(({ url }) => url).sort();

const root = path.resolve(import.meta.dirname, '../..');
let graph: ContentGraph;
let articles: ArticleJob[];
beforeAll(async () => {
  ({ graph } = await loadContent(path.join(root, 'tests/fixtures/site/content'), root));
  articles = [...graph.articles.values()].map(({ id, file }) => ({ id, file: file!, absolute: path.join(root, file!) }));
});

describe('renderBodies', () => {
  test('stops, naming the file, on a text that takes longer than the budget to render', async () => {
    // 4,000 separate block quotes with inline code: tens of seconds in micromark (micromark/micromark#169).
    const dir = await mkdtemp(path.join(os.tmpdir(), 'claimdesk-slow-'));
    const absolute = path.join(dir, 'slow.md');
    await writeFile(absolute, `---\ntitle: Slow\n---\n\n${'> `code`\n\n'.repeat(4000)}`);
    const slow = { id: 'slow', file: 'content/articles/slow.md', absolute };
    const bodies = renderBodies({ articles: [slow, { ...articles[0]!, id: 'after' }], facts: lookupFacts(graph), base: '/', budget: 500 });
    try {
      await expect(bodies.take('slow')).rejects.toThrow(/^content\/articles\/slow\.md: the text took more than 0\.5 s to render, and the build stopped/);
      await expect(bodies.take('after')).rejects.toThrow('content/articles/slow.md');
      await bodies.done;
    } finally {
      await bodies.close();
    }
    // The thread's start and the slow text's half second, on a loaded machine: more than the default 5 s.
  }, 30_000);

  test('stops, saying why, when pages wait on the thread without progress for longer than `stall`', async () => {
    // Look-ahead 1: once "a" is taken, a page that asks for the last text before the others waits on a
    // thread that waits for the pages.
    const copies = ['a', 'b', 'c', 'd'].map((id) => ({ ...articles[0]!, id }));
    const bodies = renderBodies({ articles: copies, facts: lookupFacts(graph), base: '/', ahead: 1, stall: 2000 });
    try {
      await bodies.take('a');
      await expect(bodies.take('d')).rejects.toThrow(
        /^The thread rendering the article texts made no progress for 2 s while pages waited for "d", and the build stopped: it had rendered \d text\(s\) and may be 1 ahead of the 2 the pages asked for \(CLAIMDESK_LOOK_AHEAD\)\. Either Astro rendered the article pages in another order than their texts \(src\/build\/route-order\.ts/,
      );
      await bodies.done;
    } finally {
      await bodies.close();
    }
    // The thread's start and two texts, on a loaded machine: more than the default 5 s.
  }, 30_000);

  test('renders no more than `ahead` texts before they are taken, and the rest as they are', async () => {
    // Four texts, from the fixture's first article.
    const copies = ['a', 'b', 'c', 'd'].map((id) => ({ ...articles[0]!, id }));
    const bodies = renderBodies({ articles: copies, facts: lookupFacts(graph), base: '/', ahead: 1 });
    let done = false;
    void bodies.done.then(() => (done = true));
    try {
      await bodies.take('a');
      // One taken: the thread may render the second text, not the third.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(done).toBe(false);
      for (const id of ['b', 'c', 'd']) await bodies.take(id);
      await bodies.done;
      expect(done).toBe(true);
    } finally {
      await bodies.close();
    }
  });

  test('returns each article\'s HTML and marks as this thread renders them, once', async () => {
    const bodies = renderBodies({ articles, facts: lookupFacts(graph), base: '/pr-12/' });
    try {
      const render = bodyRenderer({ lookup: createLookup(lookupFacts(graph)), base: '/pr-12/' });
      for (const { id, absolute, file } of articles) {
        const { html, marks } = await render(await readFile(absolute, 'utf8'), file);
        expect(await bodies.take(id)).toEqual({ html, marks });
      }
      await bodies.done;
      await expect(bodies.indexed).resolves.toBe(0);
      await expect(bodies.take(articles[0]!.id)).rejects.toThrow('was taken already');
    } finally {
      await bodies.close();
    }
  });

  test('feeds each rendered text, and the records given, to the search index, and counts them once it is written', async () => {
    const folder = path.join(await mkdtemp(path.join(os.tmpdir(), 'claimdesk-bodies-')), 'pagefind');
    const claim = { url: '/claims/c1/', content: 'A claim about the harbour.', language: 'en', meta: { title: 'Claim' }, filters: { kind: ['Claim'] } };
    const jobs = articles.map((job) => ({ ...job, search: { part: 0, fields: articleSearchFields(graph.articles.get(job.id)!) } }));
    const bodies = renderBodies({ articles: jobs, facts: lookupFacts(graph), base: '/', search: { folder, parts: [{ part: 0, size: jobs.length + 1 }], records: [{ part: 0, record: claim }] } });
    try {
      await expect(bodies.indexed).resolves.toBe(jobs.length + 1);
      const render = bodyRenderer({ lookup: createLookup(lookupFacts(graph)), base: '/' });
      const { text } = await render(await readFile(articles[0]!.absolute, 'utf8'), articles[0]!.file);
      const urls = await fragmentUrls(path.join(folder, '0'));
      expect(urls).toEqual(['/claims/c1/', ...articles.map(({ id }) => `/articles/${id}/`)].sort());
      // The article's record holds its rendered words, not its Markdown.
      const first = (await fragments(path.join(folder, '0'))).find((fragment) => fragment.url === `/articles/${articles[0]!.id}/`)!;
      expect(first.content).toContain(text.split(/\s+/).slice(0, 6).join(' '));
    } finally {
      await bodies.close();
    }
  });

  test("takes the cached words of a text whose page is kept, and writes back this job's words and those of the parts kept", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'claimdesk-bodies-'));
    const texts = path.join(dir, 'search-texts.json');
    const [kept, other] = articles;
    // `kept`: its page is kept, its words cached under its digest; `other`: in a part kept; `gone`: no longer an article.
    await writeFile(texts, JSON.stringify({ [kept!.id]: ['d1', 'cached words'], [other!.id]: ['d2', 'words of a kept part'], gone: ['d3', 'old'] }));
    const job = { ...kept!, page: false, digest: 'd1', search: { part: 1, fields: articleSearchFields(graph.articles.get(kept!.id)!) } };
    const folder = path.join(dir, 'pagefind');
    const bodies = renderBodies({ articles: [job], facts: lookupFacts(graph), base: '/', search: { folder, parts: [{ part: 1, size: 1 }], records: [], texts, keep: [other!.id] } });
    try {
      await expect(bodies.indexed).resolves.toBe(1);
      expect((await fragments(path.join(folder, '1')))[0]!.content).toContain('cached words');
      // Written before the index is.
      expect(JSON.parse(await readFile(texts, 'utf8'))).toEqual({ [kept!.id]: ['d1', 'cached words'], [other!.id]: ['d2', 'words of a kept part'] });
    } finally {
      await bodies.close();
    }
  }, 30_000);

  test('rejects the text of an article that cannot be rendered, with its place, and renders the others', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'claimdesk-bodies-'));
    const broken = path.join(dir, 'broken.md');
    await writeFile(broken, '---\ntitle: A\n---\n\nSee :claim[this]{#no-such-claim}.\n');
    const jobs = [{ id: 'broken', file: 'content/articles/broken.md', absolute: broken }, articles[0]!];
    const search = { part: 0, fields: { id: 'broken', title: 'A', dek: 'B', byline: ['C'], corrections: [] } };
    const bodies = renderBodies({ articles: [{ ...jobs[0]!, search }, jobs[1]!], facts: lookupFacts(graph), base: '/', search: { folder: path.join(dir, 'pagefind'), parts: [{ part: 0, size: 1 }], records: [] } });
    try {
      await expect(bodies.take('broken')).rejects.toThrow('content/articles/broken.md:5:5 error unknown claim `no-such-claim`');
      await expect(bodies.take(articles[0]!.id)).resolves.toHaveProperty('html');
      // The index misses a text: it is not written, and says why.
      await expect(bodies.indexed).rejects.toThrow('1 article text(s) could not be rendered');
    } finally {
      await bodies.close();
    }
  });
});
