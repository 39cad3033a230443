/**
 * Thread for {@link renderBodies}: renders each article's text in turn and posts the result; given a search
 * job, feeds each text and the other records to the Pagefind index, and posts the count once it is written.
 */
import { readFile } from 'node:fs/promises';
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
const { bodyRenderer } = await import('../markdown/render-article.ts');
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
const index = search && buildSearchIndex(search.folder, search.sizes);
for (const { part, record } of search?.records ?? []) index!.add(part, record);
const encoder = new TextEncoder();
let failed = 0;
// The next file is read while this one renders.
// Read as the checker reads it (one byte-order mark removed), so the text rendered is the text checked.
const read = (file: string) => readFile(file).then(contentText);
let next = articles[0] && read(articles[0].absolute);
for (const [i, { id, absolute: _, file, search: entry }] of articles.entries()) {
  await room(i);
  const text = next!;
  next = articles[i + 1] && read(articles[i + 1]!.absolute);
  next?.catch(() => {});
  try {
    const markdown = await text;
    // Watched from the page thread, which stops this one when a text takes longer than its budget.
    if (rendering) Atomics.store(rendering, 0, i + 1);
    const rendered = render(markdown, file);
    const { html, marks, text: words } = await rendered.finally(() => rendering && Atomics.store(rendering, 0, 0));
    const bytes = encoder.encode(html);
    post({ id, html: bytes, marks }, [bytes.buffer as ArrayBuffer]);
    if (index && entry) index.add(entry.part, articleSearchRecord(entry.fields, words));
  } catch (error) {
    failed++;
    post({ id, error: error instanceof Error ? error.message : String(error) });
  }
}
if (index) {
  if (failed > 0) index.abort(new Error(`${failed} article text(s) could not be rendered; their pages report why`));
  try {
    post({ indexed: await index.written });
  } catch (error) {
    post({ indexError: error instanceof Error ? error.message : String(error) });
  }
}
