/**
 * Renders every article's text in a thread of its own while the build renders the other pages: Markdown is
 * most of an article page's cost, and a build has a second core. The thread renders the articles in the
 * order given and hands each result over as soon as it is ready; a page takes its article's text with
 * `take(id)`, which also forgets it, so a text is held only until its page is written. The thread runs
 * Astro's unified processor with our plugins (`src/query/render-article.ts`), so its HTML is the same as a
 * render on this thread. Given a search index to build, the thread also feeds each text to Pagefind
 * (`search-index.ts`) with the other records, so that neither the words nor Pagefind's messages cross to the
 * thread that renders the pages; the thread ends when its work is done.
 *
 * Over 200 lines: the thread's protocol (its messages, its pace, and the two watches that stop the build on a
 * slow text or on pages waiting without progress) is one piece, each part reading the others' state.
 */
import { Worker } from 'node:worker_threads';
import type { BodyMarks } from '../markdown/body-marks.ts';
import type { LookupFacts } from '../markdown/lookup.ts';
import type { ArticleSearchFields, SearchRecord } from '../formats/search-records.ts';
import type { ArticleBody } from '../query/shared-content.ts';

export interface ArticleJob {
  id: string;
  /** The file's absolute path, to read it. */
  absolute: string;
  /** The file's path as reported in messages (relative to the project). */
  file: string;
  /** The part of the search index its record goes to, and the record's other fields. */
  search?: { part: number; fields: ArticleSearchFields };
  /**
   * Whether its page renders in this build and takes its text (default: yes). An edit build renders the text
   * of an article whose page is kept only for the search index, and only when its words are not in the cache.
   */
  page?: boolean;
  /** The digest of its text and the facts its markers print (src/build/content-digests.ts `body:<id>`): the words cached under it are its words. */
  digest?: string;
}

/**
 * The parts of the search index the thread builds: their folder, the parts with how many records each gets,
 * the records of those parts known already.
 */
export interface SearchJob {
  folder: string;
  parts: { part: number; size: number }[];
  records: { part: number; record: SearchRecord }[];
  /**
   * The cache of the articles' words (a JSON file, `{ id: [digest, words] }`): an article whose page is not
   * rendered takes its words from there when their digest is its own; the thread writes the words of every
   * article of the job back when it is done, with those of the articles in `keep` as the cache had them.
   */
  texts?: string;
  /** Articles not in the job whose words stay in the cache: those of the parts kept from the last build. */
  keep?: string[];
}

export interface BodiesJob {
  articles: ArticleJob[];
  /**
   * How many texts the page thread has taken (one Int32, shared), and how many texts the thread may be
   * ahead of it: see {@link AHEAD}.
   */
  pace?: { taken: Int32Array; ahead: number };
  /** One Int32, shared: 1 + the index of the article whose text the thread is rendering now, 0 between texts. */
  rendering?: Int32Array;
  facts: LookupFacts;
  /** Astro's `base`. */
  base: string;
  search?: SearchJob;
}

/**
 * What the thread posts for each article, in order. The HTML comes as UTF-8 bytes, moved rather than copied:
 * held until its article page renders, it takes half the memory of a string and none of the heap.
 */
export type BodyMessage =
  | { id: string; html: Uint8Array; marks: BodyMarks }
  | { id: string; error: string }
  | { indexed: number }
  | { indexError: string };

interface Held {
  html: Uint8Array;
  marks: BodyMarks;
}


const decoder = new TextDecoder();

/**
 * Texts rendered and not yet taken, at most: beyond that the thread waits for the pages, so that the texts
 * held do not grow with the archive when it outpaces them (at 10,000 articles, up to 280 MB were held), and
 * the pages have the core meanwhile. Pages take texts in about the order they are rendered
 * (`route-order.ts`), four at a time at most, so a page never waits on a text held back.
 */
export const AHEAD = 256;

export interface ArticleBodies {
  /**
   * An article's rendered text (its HTML and marks; its words went to the search index), once: it is
   * forgotten when taken. Rejects if the text could not be rendered.
   */
  take(id: string): Promise<ArticleBody>;
  /** Settles when every article has been rendered (or the thread has failed): past the first {@link AHEAD}, only as texts are taken. */
  done: Promise<void>;
  /**
   * With a search job: resolves with the number of records once every part of the index is written; rejects
   * when Pagefind fails, or when a text could not be rendered (its page reports why). Without one: 0.
   */
  indexed: Promise<number>;
  close(): Promise<void>;
}

/**
 * The time one text may take to render, at most (`budget`): about a thousand times what a long article takes
 * on a busy core. The check refuses the shapes known to be slow (`src/markdown/body-limits.ts`); this stops the
 * build, naming the file, on any other, instead of letting it run for as long as the text makes it.
 */
export const TEXT_BUDGET_MS = 20_000;

/**
 * The time pages may wait on the thread while it hands over nothing and no page takes a text, at most: the
 * texts come in the order the pages ask for them (`route-order.ts`), so a wait this long means they do not,
 * or that the thread hangs; the build stops, saying so, rather than waiting for ever.
 */
export const STALL_MS = 120_000;

/**
 * Starts the thread; `ahead`: how many texts it may render before they are taken (default {@link AHEAD});
 * `budget`: the milliseconds one text may take (default {@link TEXT_BUDGET_MS}); `stall`: the milliseconds
 * pages may wait without progress (default {@link STALL_MS}).
 */
export function renderBodies({
  ahead = AHEAD,
  budget = TEXT_BUDGET_MS,
  stall = STALL_MS,
  ...job
}: Omit<BodiesJob, 'pace' | 'rendering'> & { ahead?: number; budget?: number; stall?: number }): ArticleBodies {
  const taken = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const tookOne = () => {
    Atomics.add(taken, 0, 1);
    Atomics.notify(taken, 0);
  };
  const settled = new Map<string, Held | Error>();
  const waiting = new Map<string, { resolve: (body: ArticleBody) => void; reject: (error: Error) => void }>();
  let failure: Error | undefined;
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const remaining = new Set(job.articles.filter((article) => article.page !== false).map((article) => article.id));
  const pages = remaining.size;
  const indexed = Promise.withResolvers<number>();
  indexed.promise.catch(() => {}); // awaited by whoever builds the index
  let indexSettled = !job.search;
  if (!job.search) indexed.resolve(0);

  /** When the thread last handed a text over or a page last asked for one: see {@link STALL_MS}. */
  let progress = performance.now();
  /** Whether the thread has handed anything over: its start (loading the renderer) is given {@link STALL_MS} at least. */
  let started = false;
  const settle = (id: string, result: Held | Error) => {
    progress = performance.now();
    remaining.delete(id);
    const waiter = waiting.get(id);
    waiting.delete(id);
    if (!waiter) settled.set(id, result);
    else if (result instanceof Error) waiter.reject(result);
    else waiter.resolve(release(result));
    if (remaining.size === 0) finish();
  };
  const release = ({ html, marks }: Held): ArticleBody => ({ html: decoder.decode(html), marks });

  const rendering = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const worker = new Worker(new URL('./article-bodies-worker.ts', import.meta.url), { workerData: { ...job, pace: { taken, ahead }, rendering } satisfies BodiesJob });
  worker.on('message', (message: BodyMessage) => {
    started = true;
    if ('indexed' in message || 'indexError' in message) indexSettled = true;
    if ('indexed' in message) return indexed.resolve(message.indexed);
    if ('indexError' in message) return indexed.reject(new Error(message.indexError));
    if ('error' in message) return settle(message.id, new Error(message.error));
    const { id, html, marks } = message;
    settle(id, { html, marks });
  });
  const fail = (error: Error) => {
    failure ??= new Error(`The thread rendering the article texts stopped: ${error.message}`);
    for (const id of [...remaining]) settle(id, failure);
    indexed.reject(failure);
    finish();
  };
  worker.on('error', fail);
  // The watch on the text being rendered: the same one seen for longer than the budget stops the thread; so
  // do pages waiting without progress for longer than `stall`.
  let seen = 0;
  let since = 0;
  const watch = setInterval(
    () => {
      if (waiting.size > 0 && performance.now() - progress >= (started ? stall : Math.max(stall, STALL_MS))) {
        clearInterval(watch);
        failure = stalled(stall, [...waiting.keys()], ahead, Atomics.load(taken, 0), pages - remaining.size);
        fail(failure);
        void worker.terminate();
        return;
      }
      const now = Atomics.load(rendering, 0);
      if (now === 0 || now !== seen) {
        seen = now;
        since = performance.now();
        return;
      }
      if (performance.now() - since < budget) return;
      clearInterval(watch);
      const { id, file } = job.articles[now - 1]!;
      const slow = new Error(`${file}: the text took more than ${budget / 1000} s to render, and the build stopped; shorten it, or merge its block quotes and lists (see docs/limits.md)`);
      failure = slow;
      settle(id, slow);
      fail(slow);
      void worker.terminate();
    },
    Math.max(5, Math.min(1000, budget / 4, stall / 4)),
  );
  watch.unref();
  worker.on('exit', () => clearInterval(watch));
  // It ends by itself when done: an end before every text is in and the index written is a failure.
  worker.on('exit', (code) => {
    if (remaining.size > 0 || !indexSettled) fail(new Error(`exit code ${code}`));
  });

  return {
    take(id) {
      progress = performance.now();
      tookOne();
      const ready = settled.get(id);
      if (ready) {
        settled.delete(id);
        return ready instanceof Error ? Promise.reject(ready) : Promise.resolve(release(ready));
      }
      if (!remaining.has(id)) return Promise.reject(failure ?? new Error(`No article "${id}" to render, or its text was taken already`));
      return new Promise((resolve, reject) => waiting.set(id, { resolve, reject }));
    },
    done,
    indexed: indexed.promise,
    close: async () => {
      await worker.terminate();
    },
  };
}

/** Why pages waited on the thread without progress, and what to look at. */
function stalled(stall: number, waiting: string[], ahead: number, taken: number, rendered: number): Error {
  const shown = waiting.slice(0, 3).map((id) => `"${id}"`).join(', ') + (waiting.length > 3 ? ` and ${waiting.length - 3} more` : '');
  return new Error(
    `The thread rendering the article texts made no progress for ${stall / 1000} s while pages waited for ${shown}, and the build stopped: ` +
      `it had rendered ${rendered} text(s) and may be ${ahead} ahead of the ${taken} the pages asked for (CLAIMDESK_LOOK_AHEAD). ` +
      'Either Astro rendered the article pages in another order than their texts (src/build/route-order.ts spreads them in that order), or the thread hangs.',
  );
}
