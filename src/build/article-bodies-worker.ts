/**
 * Thread for {@link renderBodies}: renders each article's text in turn and posts the result; given a search
 * job, feeds each text and the other records to the Pagefind index, and posts the count once it is written.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { enableCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { BodiesJob, BodyMessage } from './article-bodies.ts';

// The thread strips and compiles its own modules; the compile cache saves it from the second build on.
enableCompileCache();
// The pages are the build's critical path: this thread, and the Pagefind process it starts, yield to them
// (10,000 articles: the page thread wrote 5,000 pages in 7 to 8 s instead of 10 to 19 s).
const { lowerThreadPriority } = await import('./thread-priority.ts');
lowerThreadPriority();
const { createLookup } = await import('../markdown/lookup.ts');
const { bodyRenderer } = await import('../query/render-article.ts');
const { buildSearchIndex } = await import('./search-index.ts');
const { contentText } = await import('../core/content-text.ts');
const { articleSearchRecord } = await import('../formats/search-records.ts');

const { articles, facts, base, search, pace, rendering } = workerData as BodiesJob;
/** Resolves once the page thread has taken enough texts for text `i` to be rendered (`AHEAD` in article-bodies.ts). */
async function room(i: number): Promise<void> {
  if (!pace) return;
  for (let taken = Atomics.load(pace.taken, 0); i - taken >= pace.ahead; taken = Atomics.load(pace.taken, 0)) {
    const wait = Atomics.waitAsync(pace.taken, 0, taken);
    if (!wait.async) continue;
    // A wait on shared memory does not keep the thread's event loop alive; a timer does.
    const alive = setInterval(() => {}, 60_000);
    await wait.value;
    clearInterval(alive);
  }
}
const render = bodyRenderer({ lookup: createLookup(facts), base });
const post = (message: BodyMessage, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(message, transfer);
const index = search && buildSearchIndex(search.folder, search.parts);
/** The words cached by an earlier build, and those of this one, by article: `[digest, words]`. */
const cached: Record<string, [string, string]> = search?.texts ? await readFile(search.texts, 'utf8').then(JSON.parse, () => ({})) : {};
const words = new Map<string, [string, string]>();
for (const id of search?.keep ?? []) if (cached[id]) words.set(id, cached[id]);
for (const { part, record } of search?.records ?? []) index!.add(part, record);
const encoder = new TextEncoder();
let failed = 0;
// The next file is read while this one renders.
// Read as the checker reads it (one byte-order mark removed), so the text rendered is the text checked.
const read = (file: string) => readFile(file).then(contentText);
/** Whether article `i`'s text is rendered here: its page takes it, or its words are not cached. */
const rendered = (i: number) => {
  const { id, page, digest } = articles[i]!;
  return page !== false || !index || digest === undefined || cached[id]?.[0] !== digest;
};
const nextRendered = (from: number) => {
  let i = from;
  while (i < articles.length && !rendered(i)) i++;
  return i;
};
let ahead = nextRendered(0);
let next = ahead < articles.length ? read(articles[ahead]!.absolute) : undefined;
let posted = 0;
for (const [i, { id, file, search: entry, page, digest }] of articles.entries()) {
  if (!rendered(i)) {
    const [, cachedWords] = cached[id]!;
    words.set(id, [digest!, cachedWords]);
    if (index && entry) index.add(entry.part, articleSearchRecord(entry.fields, cachedWords));
    continue;
  }
  if (page !== false) await room(posted++);
  const text = next!;
  ahead = nextRendered(i + 1);
  next = ahead < articles.length ? read(articles[ahead]!.absolute) : undefined;
  next?.catch(() => {});
  try {
    const markdown = await text;
    // Watched from the page thread, which stops this one when a text takes longer than its budget.
    if (rendering) Atomics.store(rendering, 0, i + 1);
    const result = render(markdown, file);
    const { html, marks, text: plain } = await result.finally(() => rendering && Atomics.store(rendering, 0, 0));
    if (page !== false) {
      const bytes = encoder.encode(html);
      post({ id, html: bytes, marks }, [bytes.buffer as ArrayBuffer]);
    }
    if (digest !== undefined) words.set(id, [digest, plain]);
    if (index && entry) index.add(entry.part, articleSearchRecord(entry.fields, plain));
  } catch (error) {
    failed++;
    if (page !== false) post({ id, error: error instanceof Error ? error.message : String(error) });
  }
}
if (search?.texts && failed === 0) {
  // Whole or not at all: a build stopped halfway leaves the cache as it was. A cache that cannot be
  // written costs the next edit build time, not its result.
  const temporary = `${search.texts}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(Object.fromEntries(words)))
    .then(() => rename(temporary, search.texts!))
    .catch(() => {});
}
if (index) {
  if (failed > 0) index.abort(new Error(`${failed} article text(s) could not be rendered; their pages report why`));
  try {
    post({ indexed: await index.written });
  } catch (error) {
    post({ indexError: error instanceof Error ? error.message : String(error) });
  }
}
