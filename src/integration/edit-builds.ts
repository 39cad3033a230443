/**
 * Edit builds in `astro build` (docs/edit-builds.md). When the output folder and the cache folder hold the
 * result of an earlier build, with its manifest (src/build/edit-manifest.ts), the build renders only the
 * outputs whose content changed (src/build/edit-plan.ts), links the others into the staging folder
 * (src/build/edit-seed.ts), and leaves out those whose route no longer gives them; otherwise, or when asked
 * (`npm run build -- --clean`, `CLAIMDESK_CLEAN=1`, Astro's `--force`), it is a clean build, and the log says
 * why. Either way the log says how many outputs were rendered, kept and removed, and the manifest of this
 * build is written once its output is in place (the output swap's last step).
 *
 * The article pass asks for the plan when the build starts ({@link EditBuilds.start}), since the texts to
 * render and the parts of the search index kept follow from it, and puts {@link EditBuilds.prerenderer} around
 * the page writer. The sitemap takes the kept pages from {@link EditBuilds.keptPages}.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger, AstroPrerenderer } from 'astro';
import { buildDigest } from '../build/build-digest.ts';
import { contentDigests, type ContentDigests } from '../build/content-digests.ts';
import { manifestFile, readManifest, removeManifest, writeManifest, MANIFEST_VERSION, type EditManifest, type OutputRecord } from '../build/edit-manifest.ts';
import { planBuild, type BuildPlan } from '../build/edit-plan.ts';
import { explainCauses, explainWanted, summariseCauses } from '../build/edit-explain.ts';
import { editOutputs, pageName, type RenderedOutputs } from '../build/edit-prerenderer.ts';
import { filesUnder, seedStaging } from '../build/edit-seed.ts';
import { searchPartOfFile } from '../build/search-plan.ts';
import type { ContentGraph } from '../graph/graph.ts';
import { count } from '../core/count.ts';

/** Why this build must be clean whatever the cache holds, if it must. */
export function forcedClean(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (argv.includes('--clean')) return '`--clean` was given';
  if (argv.includes('--force')) return "Astro's `--force` was given";
  const variable = env.CLAIMDESK_CLEAN;
  if (variable !== undefined && variable !== '' && variable !== '0') return `CLAIMDESK_CLEAN is set (${variable})`;
  return undefined;
}

export interface EditBuilds {
  integration: AstroIntegration;
  /**
   * Plans the build from the graph, and links what it keeps into the staging folder. `extra`: digests of keys
   * that are not of the graph (`search:parts`); `search`: the digest of the records of each part of the search
   * index, given the digest of each article's text, and the parts written. Returns the plan and that digest
   * of the texts.
   */
  start(
    graph: ContentGraph,
    inputs: { extra: Record<string, string>; search: { digests: (body: (id: string) => string) => string[]; parts: readonly number[] } },
    logger: AstroIntegrationLogger,
  ): { plan: BuildPlan; body: (id: string) => string };
  /** The prerenderer that notes what each output reads and leaves out the kept ones. */
  prerenderer(prerenderer: AstroPrerenderer): AstroPrerenderer;
  /** The pages kept from the last build, as Astro names pages (`articles/x/`), for the sitemap. */
  keptPages(): string[];
  /** Writes the manifest of this build; called once its output is in place. */
  swapped(): void;
}

/** `settings`: what else shapes the outputs (the options of `claimdesk()`), for the build digest. */
export function editBuilds(settings: unknown): EditBuilds {
  let output = '';
  let staging = '';
  let cacheDir = '';
  let base = '/';
  let digest = '';
  let forced: string | undefined;
  let plan: BuildPlan | undefined;
  let digests: ContentDigests | undefined;
  let search: string[] = [];
  /** How many parts the search index has in this build. */
  let searchParts = 0;
  let pending: EditManifest | undefined;
  /** The manifest of the last build, when there is one. */
  let last: EditManifest | undefined;
  const kept = new Map<string, OutputRecord>();
  const rendered: RenderedOutputs = new Map();
  const current = new Set<string>();

  return {
    integration: {
      name: 'claimdesk:edit-builds',
      hooks: {
        'astro:config:setup': ({ command, config, updateConfig }) => {
          if (command !== 'build') return;
          // The staging folder starts empty (output-swap.ts); Astro must not empty it again once it is seeded.
          updateConfig({ vite: { build: { emptyOutDir: false } } });
          output = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
          forced = forcedClean();
        },
        'astro:config:done': ({ config }) => {
          staging = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
          cacheDir = fileURLToPath(config.cacheDir);
          base = config.base;
          digest = buildDigest(fileURLToPath(config.root), { site: config.site, base: config.base, trailingSlash: config.trailingSlash, format: config.build.format, settings });
        },
        'astro:build:done': ({ logger }) => {
          if (!plan || !digests) return;
          // The assumption the manifest rests on: each output noted is at the file Astro was expected to write.
          const missing = [...rendered.keys()].filter((file) => !existsSync(path.join(staging, ...file.split('/'))));
          const removed = plan.clean ? 0 : Object.keys(last?.outputs ?? {}).filter((file) => !current.has(file)).length;
          logger.info(
            plan.clean
              ? `clean build (${plan.reason}): ${count(rendered.size, 'output')} rendered`
              : `edit build: ${count(rendered.size, 'output')} rendered, ${kept.size.toLocaleString('en')} kept, ${removed.toLocaleString('en')} removed; search index: ${plan.keptParts.size} of ${searchParts} ${searchParts === 1 ? 'part' : 'parts'} kept`,
          );
          removeManifest(manifestFile(cacheDir));
          if (missing.length > 0) {
            logger.warn(`no manifest written, so the next build is a clean one: ${count(missing.length, 'output')} not where expected (${missing.slice(0, 3).join(', ')})`);
            return;
          }
          const keys = new Map<string, number>();
          const index = (key: string) => {
            let i = keys.get(key);
            if (i === undefined) keys.set(key, (i = keys.size));
            return i;
          };
          const outputs: Record<string, OutputRecord> = {};
          // A kept output names its keys by the last manifest's numbers: numbered again here.
          for (const [file, record] of kept) outputs[file] = { ...record, reads: record.reads.map((i) => index(last!.keys[i]!)) };
          for (const [file, { route, page, reads }] of rendered) outputs[file] = { route, page, file, reads: [...reads].map(index) };
          const names = [...keys.keys()];
          pending = { version: MANIFEST_VERSION, buildDigest: digest, output, search, keys: names, digests: names.map((key) => digests!.of(key)), outputs };
        },
      },
    },
    start(graph, { extra, search: searchOf }, logger) {
      const known = (digests = contentDigests(graph, { extra }));
      const body = (id: string) => known.of(`body:${id}`);
      search = searchOf.digests(body);
      searchParts = searchOf.parts.length;
      const manifest = readManifest(manifestFile(cacheDir));
      if (!('missing' in manifest)) last = manifest;
      const exists = (file: string) => existsSync(path.join(output, ...file.split('/')));
      plan = planBuild({ forced, manifest, buildDigest: digest, output, digests, search, exists });
      if (plan.clean) {
        logger.info(`clean build: ${plan.reason}`);
        return { plan, body };
      }
      for (const [, record] of plan.kept) kept.set(record.file, record);
      const { keptParts } = plan;
      if (keptParts.size > 0) seedStaging(output, staging, filesUnder(output, 'pagefind').filter((file) => keptParts.has(searchPartOfFile(file)!)));
      logger.info(`edit build: ${count(plan.kept.size, 'output')} of the last build unchanged, ${plan.stale.toLocaleString('en')} to render again`);
      if (plan.stale > 0) logger.info(`edit build: why: ${summariseCauses(plan.causes)}${explainWanted() ? '' : ' (CLAIMDESK_EDIT_EXPLAIN=1 for each key and route)'}`);
      if (explainWanted()) for (const line of explainCauses(plan.causes)) logger.info(`edit build: ${line}`);
      return { plan, body };
    },
    prerenderer(prerenderer) {
      return editOutputs(prerenderer, {
        kept,
        base,
        rendered,
        current,
        keep(files) {
          const keep = new Set(files);
          // Kept by the plan but no longer given by a route: removed with the old output.
          for (const file of [...kept.keys()]) if (!keep.has(file)) kept.delete(file);
          seedStaging(output, staging, files);
          return new Set([...kept.values()].flatMap((record) => record.reads.map((i) => last!.keys[i]!)));
        },
      });
    },
    keptPages() {
      return [...kept.values()].filter((record) => record.page).map((record) => pageName(record.file));
    },
    swapped() {
      if (pending) writeManifest(manifestFile(cacheDir), pending);
    },
  };
}
