/** Thread for {@link renderBodies}: renders each article's text in turn and posts the result. */
import { readFile } from 'node:fs/promises';
import { enableCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { BodiesJob, BodyMessage } from './article-bodies.ts';

// The thread strips and compiles its own modules; the compile cache saves it from the second build on.
enableCompileCache();
const { createLookup } = await import('../markdown/lookup.ts');
const { bodyRenderer } = await import('../markdown/render-article.ts');

const { articles, facts, base } = workerData as BodiesJob;
const render = bodyRenderer({ lookup: createLookup(facts), base });
const post = (message: BodyMessage) => parentPort!.postMessage(message);
const encoder = new TextEncoder();
// The next file is read while this one renders.
let next = articles[0] && readFile(articles[0].absolute, 'utf8');
for (const [i, { id, absolute: _, file }] of articles.entries()) {
  const text = next!;
  next = articles[i + 1] && readFile(articles[i + 1]!.absolute, 'utf8');
  next?.catch(() => {});
  try {
    const { html, marks, text: words } = await render(await text, file);
    const bytes = encoder.encode(html);
    parentPort!.postMessage({ id, html: bytes, marks, text: words } satisfies BodyMessage, [bytes.buffer]);
  } catch (error) {
    post({ id, error: error instanceof Error ? error.message : String(error) });
  }
}
