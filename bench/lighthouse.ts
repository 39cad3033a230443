/**
 * `npm run lighthouse -- [--runs 3] [--port 4437] [--preset mobile|desktop]`
 *
 * Lighthouse's four scores and the performance metrics of the home, article, claim and timeline pages of
 * the built site (`dist/`, or CLAIMDESK_OUT; run `npm run build` first), served by `astro preview` on
 * 127.0.0.1:<port>, Chromium's debugging protocol on the next port. Each page is audited `runs` times and
 * the median run (by performance score) is shown. Performance measures the machine as much as the site: run
 * it on a quiet machine and compare runs of one session. Prints a table, then one JSON line.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { audit, type Audited } from './lighthouse-audit.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: '4437' },
    preset: { type: 'string', default: 'mobile' },
  },
});
const runs = Number(values.runs);
const port = Number(values.port);
const preset = values.preset;
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(port) || (preset !== 'mobile' && preset !== 'desktop')) {
  console.error('usage: npm run lighthouse -- [--runs N (at least 1)] [--port P] [--preset mobile|desktop]');
  process.exit(2);
}

const PAGES = [
  { name: 'home', path: '' },
  { name: 'article', path: 'articles/hamas-official-alleges-broken-us-promise/' },
  { name: 'claim', path: 'claims/naim-witkoff-promised-deal/' },
  { name: 'timeline', path: 'timeline/' },
  { name: 'timeline year', path: 'timeline/2024/' },
];

const base = `http://127.0.0.1:${port}/`;
const preview = spawn(path.join(root, 'node_modules', '.bin', 'astro'), ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], { cwd: root, stdio: 'ignore' });
try {
  // Wait for the preview server.
  for (let tries = 0; ; tries++) {
    const ok = await fetch(base).then((r) => r.ok, () => false);
    if (ok) break;
    if (tries > 120) throw new Error(`astro preview did not answer on ${base} within a minute`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const results: { name: string; median: Audited; performance: number[] }[] = [];
  for (const page of PAGES) {
    const all: Audited[] = [];
    for (let run = 0; run < runs; run++) {
      process.stderr.write(`${page.name} ${run + 1}/${runs} ...`);
      const result = await audit(base + page.path, { categories: ['performance', 'accessibility', 'best-practices', 'seo'], port: port + 1, preset });
      process.stderr.write(` ${result.scores.performance}\n`);
      all.push(result);
    }
    const sorted = [...all].sort((a, b) => a.scores.performance! - b.scores.performance!);
    results.push({ name: page.name, median: sorted[Math.floor((sorted.length - 1) / 2)]!, performance: all.map((r) => r.scores.performance!) });
  }
  const ms = (value: number | undefined) => (value === undefined ? '-' : `${Math.round(value)}`);
  console.log(`Lighthouse ${preset}, median of ${runs} run(s) a page`);
  console.log('page           perf  a11y  best  seo   FCP ms  LCP ms  TBT ms  CLS    SI ms   perf of each run');
  for (const { name, median, performance } of results) {
    const { scores: s, metrics: m } = median;
    console.log(
      `${name.padEnd(14)} ${String(s.performance).padStart(4)}  ${String(s.accessibility).padStart(4)}  ${String(s['best-practices']).padStart(4)}  ${String(s.seo).padStart(4)}` +
        `  ${ms(m['first-contentful-paint']).padStart(6)}  ${ms(m['largest-contentful-paint']).padStart(6)}  ${ms(m['total-blocking-time']).padStart(6)}` +
        `  ${(m['cumulative-layout-shift'] ?? 0).toFixed(3).padStart(5)}  ${ms(m['speed-index']).padStart(6)}   ${performance.join(' ')}`,
    );
    for (const failing of median.failing.filter((f) => f.category !== 'performance')) console.log(`  ${failing.category}: ${failing.id} (${failing.title})`);
  }
  console.log(JSON.stringify({ preset, runs, pages: results.map(({ name, median, performance }) => ({ name, scores: median.scores, metrics: median.metrics, performance })) }));
} finally {
  preview.kill();
}
