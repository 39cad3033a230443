/**
 * How long `checkBody` takes per article: bodies of about 600 words with the markers of the first article
 * (5 claims, 6 citations, 13 party mentions), each a little different: as plain prose and with a link apart
 * (the markers are scanned), and with a link next to a marker (the whole text is parsed). Prints CPU ms per
 * article and the CPU time for a 10,000-article archive. Run: `npm run bench:body` (or `node bench/check-body.ts 5000`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadContent } from '../src/loader/load-content.ts';
import { checkBody } from '../src/markdown/check-body.ts';
import { createLookup } from '../src/markdown/lookup.ts';
import { lookupFacts } from '../src/graph/lookup-facts.ts';

const root = path.resolve(import.meta.dirname, '..');
const count = Number(process.argv[2] ?? 2000);
const { graph, files } = await loadContent(path.join(root, 'content'), root, { bodies: true });
const { known } = createLookup(lookupFacts(graph));
const first = [...files.values()].find((file) => file.body !== undefined)!.body!;
const words = readFileSync(path.join(root, 'README.md'), 'utf8').replace(/[^A-Za-z0-9,. ]+/g, ' ').split(/\s+/).slice(0, 150).join(' ');

function measure(label: string, extra: string) {
  const bodies = Array.from({ length: count }, (_, i) => `${first}\n\nParagraph ${i}: ${words}${extra}\n`);
  for (const body of bodies.slice(0, 200)) checkBody(body, known); // warm up
  let problems = 0;
  const wall = performance.now();
  const cpu = process.cpuUsage();
  for (const body of bodies) problems += checkBody(body, known).problems.length;
  const used = process.cpuUsage(cpu);
  // CPU time is what a core spends; wall time also counts waiting for a core on a busy machine.
  const cpuMs = (used.user + used.system) / 1000 / count;
  const wallMs = (performance.now() - wall) / count;
  console.log(
    `${label}: ${count} bodies of ${bodies[0]!.split(/\s+/).length} words, ${problems} problems: ${cpuMs.toFixed(3)} ms/article CPU (${wallMs.toFixed(3)} ms wall); 10,000 articles: ${((cpuMs * 10_000) / 1000).toFixed(1)} s of CPU`,
  );
}

measure('plain prose', '');
measure('a link in a paragraph of its own', '\n\nSee [the report](https://example.org/report).');
measure('a link next to a marker (full parse)', ' See [the report](https://example.org/report) by :party{#hamas}.');
