/**
 * How long `checkBody` takes per article: bodies of about 600 words with the markers of the first article
 * (5 claims, 6 citations, 13 party mentions), each a little different. Prints ms per article and the total
 * for a 10,000-article archive on one core. Run: `npm run bench:body` (or `node bench/check-body.ts 5000`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadContent } from '../src/lib/load-content.ts';
import { checkBody } from '../src/markdown/check-body.ts';
import { createLookup } from '../src/markdown/lookup.ts';

const root = path.resolve(import.meta.dirname, '..');
const count = Number(process.argv[2] ?? 2000);
const { graph, files } = await loadContent(path.join(root, 'content'), root);
const { known } = createLookup(graph);
const first = [...files.values()].find((file) => file.body !== undefined)!.body!;
const extra = readFileSync(path.join(root, 'README.md'), 'utf8').replace(/[`<>#|[\]:{}*_-]/g, ' ').split(/\s+/).slice(0, 200).join(' ');
const bodies = Array.from({ length: count }, (_, i) => `${first}\n\nParagraph ${i}: ${extra}\n`);
const words = bodies[0]!.split(/\s+/).length;

for (const body of bodies.slice(0, 200)) checkBody(body, known); // warm up
let problems = 0;
const wall = performance.now();
const cpu = process.cpuUsage();
for (const body of bodies) problems += checkBody(body, known).problems.length;
const used = process.cpuUsage(cpu);
// CPU time is what a core spends; wall time also counts waiting for a core on a busy machine.
const cpuMs = (used.user + used.system) / 1000 / count;
const wallMs = (performance.now() - wall) / count;
console.log(`checkBody: ${count} bodies of ${words} words, ${problems} problems`);
console.log(`${cpuMs.toFixed(3)} ms/article CPU (${wallMs.toFixed(3)} ms wall); 10,000 articles: ${((cpuMs * 10_000) / 1000).toFixed(1)} s of CPU`);
