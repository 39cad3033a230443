/**
 * `npm run bench -- --articles N [--seed S] [--span 2024-2025] [--dir D] [--skip-baselines] [--edits] [--rounds R]`
 *
 * Generates a seeded corpus of N articles (default 1000) under D (default the system temp folder), with a few
 * pictures (bench/pictures.ts), then in one run measures `npm run check`, the full `npm run build` (cold: an
 * empty cache; share cards for articles and rated claims), the same build again on its cache (warm: what it
 * spends on pictures and cards), the corpus without pictures built without cards, the CPU time of a share
 * card, and the corpus built by two bare Astro 7 sites (`bench/baseline-default`, `bench/baseline-unified`).
 * Prints a table, then one JSON line. Each cold build starts from an empty cache.
 *
 * `--rounds R`: the cold build and the two bare sites are built in turn R times (this site, bare default, bare
 * unified; then again), and the median of the per-round ratios is reported beside the first round's figures,
 * since one run's ratio says little on a busy machine. `--edits`: after a clean build of the corpus without
 * pictures and cards, an edit build for each kind of edit (bench/edit-builds.ts), each as a ratio to the
 * clean build (`edit_build_s`, `clean_build_s`; with `--rounds`, medians over the rounds); `--edits-only`: those
 * alone.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseSpan, writeCorpus, type DateSpan } from './generate.ts';
import { measureCards, writePictures } from './pictures.ts';
import { measure, type Measured } from './measure.ts';
import { measureEditBuilds, median, type EditBuildFigures } from './edit-builds.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    /** The years every date of the corpus falls in (`2024-2025`); without it, articles spread over 2000-2025. */
    span: { type: 'string' },
    dir: { type: 'string', default: path.join(os.tmpdir(), 'claimdesk-bench') },
    'skip-baselines': { type: 'boolean', default: false },
    edits: { type: 'boolean', default: false },
    /** Only the edit builds (with `--edits`): no check, no cold, warm or plain build, no bare sites. */
    'edits-only': { type: 'boolean', default: false },
    rounds: { type: 'string', default: '1' },
  },
});
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error(`--rounds must be a whole number of at least 1, not \`${values.rounds}\``);
  process.exit(2);
}
const articles = Number(values.articles);
if (!Number.isInteger(articles) || articles < 1) {
  console.error(`--articles must be a whole number of at least 1, not \`${values.articles}\``);
  process.exit(2);
}
let span: DateSpan | undefined;
try {
  span = values.span === undefined ? undefined : parseSpan(values.span);
} catch (error) {
  console.error(`--span: ${(error as Error).message}`);
  process.exit(2);
}
const work = path.resolve(values.dir, values.span === undefined ? String(articles) : `${articles}-${values.span}`);
const content = path.join(work, 'content');
const astro = path.join(root, 'node_modules', '.bin', 'astro');

/** The last `lines` lines of a log file. */
function tail(file: string, lines: number): string {
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

function countPages(dir: string): number {
  let pages = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) pages++;
  }
  return pages;
}

/** Runs and measures one step; its output folder is emptied first unless `keep` (an edit build starts from it). */
async function step(name: string, command: string, args: string[], env: Record<string, string>, { keep = false }: { keep?: boolean } = {}): Promise<Measured> {
  const logFile = path.join(work, `${name}.log`);
  if (env.CLAIMDESK_OUT && !keep) rmSync(env.CLAIMDESK_OUT, { recursive: true, force: true });
  if (env.BENCH_OUT) rmSync(env.BENCH_OUT, { recursive: true, force: true });
  process.stderr.write(`${name}: ${command} ${args.join(' ')} ...`);
  const result = await measure(command, args, { cwd: root, env, logFile });
  process.stderr.write(` ${result.seconds.toFixed(1)} s, ${Math.round(result.peakMb)} MB\n`);
  if (result.code !== 0) {
    console.error(`${name} failed (exit ${result.code}); the end of ${logFile}:\n${tail(logFile, 40)}`);
    process.exit(1);
  }
  return result;
}

process.stderr.write(`Generating ${articles} articles into ${content} ...`);
const started = performance.now();
const files = writeCorpus(content, articles, Number(values.seed), span, { pictures: true });
await writePictures(content);
const plainContent = path.join(work, 'content-plain');
writeCorpus(plainContent, articles, Number(values.seed), span);
process.stderr.write(` ${files} files in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);

/** The edit builds' rows of the table, and their fields of the JSON line. */
function editRows(edits: EditBuildFigures): [string, string, string, string][] {
  return [
    ['clean build (edits: no pictures, no cards)', String(edits.clean_build_s), '', rounds > 1 ? `median of ${rounds} rounds` : 'CLAIMDESK_CLEAN=1'],
    ...Object.entries(edits.edit_build_s).map(([kind, seconds]) => [`  edit build: ${kind}`, String(seconds), '', `${edits.edit_ratio[kind as keyof typeof edits.edit_ratio].toFixed(2)} of the clean build, ${edits.edit_rendered[kind as keyof typeof edits.edit_rendered].toLocaleString('en')} outputs rendered`] as [string, string, string, string]),
  ];
}
if (values.edits && values['edits-only']) {
  const edits = await measureEditBuilds({ content: plainContent, work, rounds, step, seed: Number(values.seed) });
  console.log(`\n${articles} articles, seed ${values.seed}, edit builds only; logs and output in ${work}\n`);
  for (const row of [['what', 'time (s)', '', 'note'], ...editRows(edits)]) console.log(`| ${row.filter((_, i) => i !== 2).join(' | ')} |`);
  console.log(JSON.stringify({ articles, rounds, clean_build_s: edits.clean_build_s, edit_build_s: edits.edit_build_s, edit_ratio: edits.edit_ratio, edit_rendered: edits.edit_rendered }));
  process.exit(0);
}

const scripts = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
const check = scripts.check
  ? await step('check', 'npm', ['run', '--silent', 'check'], { CLAIMDESK_CONTENT: content })
  : undefined;

const out = path.join(work, 'dist');
const cache = path.join(work, 'cache');
rmSync(cache, { recursive: true, force: true });
const build = await step('build', 'npm', ['run', '--silent', 'build'], { CLAIMDESK_CONTENT: content, CLAIMDESK_OUT: out, CLAIMDESK_CACHE: cache });
const pages = countPages(out);
/** The share cards of the last build in `cache` (src/build/share-cards.ts). */
const cardsOf = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'claimdesk-cards', 'last-build.json'), 'utf8')) as { cards: number; made: number; reused: number; ms: number };
/** Astro's time on optimized images, from a build's log ("generating optimized images" … "Completed in 1.2s", "in 1m 26s", "in 350ms"). */
function imageSeconds(name: string): number | undefined {
  const match = /generating optimized images[\s\S]*?Completed in (?:(\d+)m ?)?([\d.]+)(ms|s)/.exec(readFileSync(path.join(work, `${name}.log`), 'utf8'));
  return match ? Number(match[1] ?? 0) * 60 + Number(match[2]) / (match[3] === 'ms' ? 1000 : 1) : undefined;
}
const coldCards = cardsOf(cache);
const coldImages = imageSeconds('build');
// The same build again on its cache: nothing changed, so no picture is encoded and no card made.
const warm = await step('build-warm', 'npm', ['run', '--silent', 'build'], { CLAIMDESK_CONTENT: content, CLAIMDESK_OUT: out, CLAIMDESK_CACHE: cache });
const warmCards = cardsOf(cache);
const warmImages = imageSeconds('build-warm');
const plainCache = path.join(work, 'cache-plain');
rmSync(plainCache, { recursive: true, force: true });
const plain = await step('build-plain', 'npm', ['run', '--silent', 'build'], { CLAIMDESK_CONTENT: plainContent, CLAIMDESK_OUT: path.join(work, 'dist-plain'), CLAIMDESK_CACHE: plainCache, CLAIMDESK_CARDS: 'none' });
process.stderr.write('share card CPU ...');
const cardCpu = await measureCards(content);
process.stderr.write(` ${cardCpu.cpuMsPerCard.toFixed(1)} ms a card over ${cardCpu.cards}\n`);

const baselines: Record<string, Measured | undefined> = {};
/** Bare Astro site `site` built from the corpus, from an empty cache. */
const baseline = (site: string, name = `baseline-${site}`) => {
  const cache = path.join(work, `cache-${site}`);
  rmSync(cache, { recursive: true, force: true });
  return step(name, astro, ['build', '--root', path.join(root, 'bench', `baseline-${site}`)], {
    BENCH_ARTICLES: path.join(content, 'articles'),
    BENCH_OUT: path.join(work, `dist-${site}`),
    BENCH_CACHE: cache,
    // As this site's build does (astro.config.ts): no request to Astro's telemetry.
    ASTRO_TELEMETRY_DISABLED: '1',
  });
};
if (!values['skip-baselines']) {
  for (const site of ['default', 'unified']) baselines[site] = await baseline(site);
}
/** Per round: this site's cold build over each bare site's, the first round being the one above. */
const perRound: { build: number; default?: number; unified?: number }[] = [{ build: build.seconds, ...(baselines.default && { default: baselines.default.seconds }), ...(baselines.unified && { unified: baselines.unified.seconds }) }];
for (let r = 2; r <= rounds; r++) {
  rmSync(cache, { recursive: true, force: true });
  const again = await step(`build-${r}`, 'npm', ['run', '--silent', 'build'], { CLAIMDESK_CONTENT: content, CLAIMDESK_OUT: out, CLAIMDESK_CACHE: cache });
  const figures: (typeof perRound)[number] = { build: again.seconds };
  if (!values['skip-baselines']) {
    figures.default = (await baseline('default', `baseline-default-${r}`)).seconds;
    figures.unified = (await baseline('unified', `baseline-unified-${r}`)).seconds;
  }
  perRound.push(figures);
}
const medianRatio = (site: 'default' | 'unified') => (perRound.every((r) => r[site] !== undefined) ? median(perRound.map((r) => r.build / r[site]!)) : undefined);
let edits: EditBuildFigures | undefined;
if (values.edits) edits = await measureEditBuilds({ content: plainContent, work, rounds, step, seed: Number(values.seed) });

const round = (n: number | undefined, digits = 2) => (n === undefined ? null : Number(n.toFixed(digits)));
const result = {
  articles,
  pages,
  build_s: round(build.seconds),
  build_peak_mb: round(build.peakMb, 0),
  check_s: round(check?.seconds),
  cards_made: coldCards.made,
  card_cpu_ms: round(cardCpu.cpuMsPerCard, 1),
  card_thread_s: round(coldCards.ms / 1000),
  images_s: round(coldImages),
  plain_build_s: round(plain.seconds),
  warm_build_s: round(warm.seconds),
  warm_cards_made: warmCards.made,
  warm_card_thread_s: round(warmCards.ms / 1000),
  warm_images_s: round(warmImages),
  baseline_build_s: round(baselines.default?.seconds),
  baseline_peak_mb: round(baselines.default?.peakMb, 0),
  baseline_unified_build_s: round(baselines.unified?.seconds),
  baseline_unified_peak_mb: round(baselines.unified?.peakMb, 0),
  rounds,
  build_s_median: round(median(perRound.map((r) => r.build))),
  ratio_default_median: round(medianRatio('default')),
  ratio_unified_median: round(medianRatio('unified')),
  ...(edits && { clean_build_s: edits.clean_build_s, edit_build_s: edits.edit_build_s, edit_ratio: edits.edit_ratio, edit_rendered: edits.edit_rendered }),
};

const ratio = (a: number | null, b: number | null) => (a === null || b === null ? 'n/a' : (a / b).toFixed(2));
const rows: [string, string, string, string][] = [
  ['what', 'time (s)', 'peak RSS (MB)', 'note'],
  ['claimdesk: npm run check', String(result.check_s ?? 'n/a'), '', check ? `${((check.seconds * 1000) / articles).toFixed(2)} ms/article (target <= 0.5)` : 'no `check` script yet: not measured'],
  ['claimdesk: npm run build', String(result.build_s), String(result.build_peak_mb), `${pages} pages, cold; ${coldCards.made} share cards made (${result.card_thread_s} s in their thread), pictures ${result.images_s ?? 'n/a'} s`],
  ['  the same, warm (its cache)', String(result.warm_build_s), String(round(warm.peakMb, 0)), `cards: ${warmCards.made} made, ${warmCards.reused} reused, ${result.warm_card_thread_s} s; pictures ${result.warm_images_s ?? 'n/a'} s (target < 1 s together)`],
  ['  no pictures, no cards', String(result.plain_build_s), String(round(plain.peakMb, 0)), 'CLAIMDESK_CARDS=none, corpus without image fields'],
  ['  one share card', '', '', `${result.card_cpu_ms} ms of CPU (satori + sharp, over ${cardCpu.cards}; target <= 40)`],
  ['bare Astro, default engine', String(result.baseline_build_s ?? 'n/a'), String(result.baseline_peak_mb ?? 'n/a'), 'one page per article'],
  ['bare Astro, unified()', String(result.baseline_unified_build_s ?? 'n/a'), String(result.baseline_unified_peak_mb ?? 'n/a'), 'one page per article'],
  ['claimdesk / unified()', ratio(result.build_s, result.baseline_unified_build_s), ratio(result.build_peak_mb, result.baseline_unified_peak_mb), 'target <= 1.00 for both'],
  ...(rounds > 1
    ? ([[`  median of ${rounds} rounds`, String(result.ratio_unified_median ?? 'n/a'), '', `per-round ratios of the cold build; over bare default: ${result.ratio_default_median ?? 'n/a'}; build ${result.build_s_median} s`]] as [string, string, string, string][])
    : []),
  ...(edits ? editRows(edits) : []),
];
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
console.log(`\n${articles} articles (${files} content files), seed ${values.seed}; logs and output in ${work}\n`);
for (const [i, row] of rows.entries()) {
  console.log(`| ${row.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`);
  if (i === 0) console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
}
console.log(JSON.stringify(result));
