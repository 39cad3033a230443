import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, test } from 'vitest';
import type { CheckedContent } from '../../src/loader/load-content.ts';
import { buildArticleTexts, buildContent, shareArticleBodies, shareContent, sharedContent, sharedSearchParts, shareSearchParts, type ArticleTexts } from '../../src/query/shared-content.ts';

const content = { graph: {}, problems: [], fileCount: 0 } as unknown as CheckedContent;
const texts: ArticleTexts = { take: async () => ({ html: '', marks: {} as never }) };
const nothing = undefined as never;

afterEach(() => {
  shareContent(nothing);
  shareArticleBodies(nothing);
  shareSearchParts(nothing);
});

/** Runs `call` of shared-content.ts in a new thread of this process, as a page rendered by a parallel prerenderer would. */
function inAnotherThread(call: 'buildContent' | 'buildArticleTexts'): Promise<string> {
  const module = new URL('../../src/query/shared-content.ts', import.meta.url).href;
  const code = `const { parentPort } = require('node:worker_threads');
    import(${JSON.stringify(module)}).then((m) => { try { m.${call}(); parentPort.postMessage('no error'); } catch (error) { parentPort.postMessage(error.message); } });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true });
    worker.once('message', (message: string) => {
      resolve(message);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

describe('buildContent', () => {
  test('returns the content shared in this thread', () => {
    shareContent(content);
    expect(buildContent()).toBe(content);
    expect(sharedContent()).toBe(content);
  });

  test('throws, naming the cause, when nothing was shared', () => {
    expect(() => buildContent()).toThrow(/^The build's content was not handed over by `claimdesk\(\)` in this thread \(process \d+\)\. Either astro\.config\.ts does not call `claimdesk\(\)`, or Astro rendered this page in another thread or process/);
  });

  test('throws in a page rendered in another thread, though this thread shared the content', async () => {
    shareContent(content);
    expect(await inAnotherThread('buildContent')).toMatch(/^The build's content was not handed over .* or Astro rendered this page in another thread or process than the one that loaded the config/);
  });
});

describe('buildArticleTexts', () => {
  test('returns the texts shared in this thread', () => {
    shareArticleBodies(texts);
    expect(buildArticleTexts()).toBe(texts);
  });

  test('throws in a page rendered in another thread, naming the cause', async () => {
    shareArticleBodies(texts);
    expect(await inAnotherThread('buildArticleTexts')).toMatch(/^The thread rendering the article texts was not handed over by `claimdesk\(\)` in this thread .* another thread or process/);
  });
});

describe('sharedSearchParts', () => {
  test('is the one part at pagefind/ itself when nothing was shared, else the folders shared', () => {
    expect(sharedSearchParts()).toEqual(['']);
    shareSearchParts(['', 'part-2/']);
    expect(sharedSearchParts()).toEqual(['', 'part-2/']);
  });
});
