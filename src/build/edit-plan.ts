/**
 * The plan of a build (docs/edit-builds.md): a clean build, and why, or an edit build, which keeps each output
 * of the last build whose keys (src/graph/reads.ts) all have the digests they had and whose file is still
 * there, and renders the rest. Pure: the manifest, the digests and the file system come in as arguments.
 */
import type { ContentDigests } from './content-digests.ts';
import type { EditManifest, OutputRecord } from './edit-manifest.ts';
import { causeCounter, type Cause } from './edit-explain.ts';
import { searchPartFolder } from './search-plan.ts';

export type BuildPlan =
  | { clean: true; reason: string }
  | {
      clean: false;
      /** Outputs of the last build to keep, by pathname. */
      kept: Map<string, OutputRecord>;
      /** How many outputs of the last build will be rendered again (or removed, if their route gives them no more). */
      stale: number;
      /** Articles whose page is kept: their text is not rendered for a page. */
      keptBodies: Set<string>;
      /** The parts of the search index kept from the last build: their records have the same digest, and they are there. */
      keptParts: Set<number>;
      /** Why the others are rendered again: each changed key, and how many of them read it (`edit-explain.ts`). */
      causes: Cause[];
    };

export interface PlanInput {
  /** Why the build must be clean whatever else holds (`--clean`, `CLAIMDESK_CLEAN`, Astro's `--force`), if it must. */
  forced?: string | undefined;
  manifest: EditManifest | { missing: string };
  buildDigest: string;
  /** The output folder, absolute. */
  output: string;
  digests: ContentDigests;
  /** The digest of the records of each part of the search index in this build (`search-plan.ts`). */
  search: readonly string[];
  /** Whether `file` (relative to the output folder, with `/`) is there. */
  exists: (file: string) => boolean;
}

export function planBuild({ forced, manifest, buildDigest, output, digests, search, exists }: PlanInput): BuildPlan {
  if (forced) return { clean: true, reason: forced };
  if ('missing' in manifest) return { clean: true, reason: manifest.missing };
  if (manifest.buildDigest !== buildDigest) return { clean: true, reason: 'the code, the config, the lockfile or the build settings changed since the last build' };
  if (manifest.output !== output) return { clean: true, reason: `the last build wrote ${manifest.output}, not ${output}` };
  if (!exists('')) return { clean: true, reason: `the output folder ${output} is not there` };
  const changed = manifest.keys.map((key, i) => digests.of(key) !== manifest.digests[i]);
  const kept = new Map<string, OutputRecord>();
  const keptBodies = new Set<string>();
  const causes = causeCounter(manifest.keys, manifest.digests, digests.of);
  let stale = 0;
  for (const [pathname, record] of Object.entries(manifest.outputs)) {
    if (record.reads.some((i) => changed[i]) || !exists(record.file)) {
      stale++;
      causes.add(record.route, record.reads.filter((i) => changed[i]));
      continue;
    }
    kept.set(pathname, record);
    for (const i of record.reads) if (manifest.keys[i]!.startsWith('body:')) keptBodies.add(manifest.keys[i]!.slice('body:'.length));
  }
  const keptParts = new Set(search.flatMap((digest, part) => (manifest.search[part] === digest && exists(`pagefind/${searchPartFolder(part)}pagefind-entry.json`) ? [part] : [])));
  return { clean: false, kept, stale, keptBodies, keptParts, causes: causes.causes() };
}
