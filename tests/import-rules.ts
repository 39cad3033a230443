/**
 * The import rules of `src/` (docs/architecture.md), as data, and the check that reads every import of a
 * tree of source files against them. A layer is the first folder under `src/` (`src/consts.ts` is a layer of
 * its own); each may import the layers listed for it, and only the layers marked `astro` may import Astro
 * (`astro`, `astro:*`, `astro/*` but `astro/zod`, `@astrojs/markdown-remark`, `virtual:*` modules).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const UI = ['components', 'layouts', 'pages', 'styles'];

/** Each layer: the other layers it may import, and whether it may import Astro. */
export const RULES: Record<string, { imports: string[]; astro?: boolean }> = {
  consts: { imports: [] },
  types: { imports: [], astro: true },
  core: { imports: ['consts'] },
  schemas: { imports: ['core', 'consts'] },
  markdown: { imports: ['core', 'consts', 'schemas'] },
  graph: { imports: ['core', 'consts', 'schemas', 'markdown'] },
  loader: { imports: ['core', 'consts', 'schemas', 'markdown', 'graph'] },
  formats: { imports: ['core', 'consts', 'schemas', 'graph', 'components/*.ts'] },
  cli: { imports: ['core', 'consts', 'schemas', 'markdown', 'graph', 'loader', 'formats'] },
  query: { imports: ['core', 'consts', 'schemas', 'markdown', 'graph', 'loader', 'formats', 'components/*.ts', 'types'], astro: true },
  build: { imports: ['core', 'consts', 'schemas', 'markdown', 'graph', 'loader', 'formats', 'query'], astro: true },
  integration: { imports: ['core', 'consts', 'schemas', 'markdown', 'graph', 'loader', 'formats', 'query', 'build', 'types'], astro: true },
  ...Object.fromEntries(UI.map((layer) => [layer, { imports: ['core', 'consts', 'schemas', 'markdown', 'graph', 'formats', 'query', ...UI], astro: true }])),
};

const ASTRO = /^(astro(:.*)?$|astro\/(?!zod$)|@astrojs\/markdown-remark$|virtual:)/;
const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm;

/** The layer of a file under `src` (`core`, `consts`), and of an import of another file (`components/*.ts` for a component's helper). */
function layerOf(relative: string): string {
  const [first, ...rest] = relative.split('/');
  if (rest.length === 0) return first!.replace(/\.ts$/, '');
  return first!;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|astro|mjs)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every import of a file under `src` that breaks a rule, as `from -> to (why)`. */
export function brokenRules(src: string): string[] {
  const broken: string[] = [];
  for (const file of sourceFiles(src)) {
    const from = path.relative(src, file).split(path.sep).join('/');
    const layer = layerOf(from);
    const rule = RULES[layer];
    if (!rule) {
      broken.push(`${from}: the layer \`${layer}\` has no rules in tests/import-rules.ts`);
      continue;
    }
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? match[3]!;
      if (specifier.startsWith('.')) {
        const target = path.relative(src, path.resolve(path.dirname(file), specifier)).split(path.sep).join('/');
        if (target.startsWith('..')) continue;
        const to = layerOf(target);
        const helper = to === 'components' && target.endsWith('.ts') ? 'components/*.ts' : undefined;
        if (to === layer || rule.imports.includes(to) || (helper && rule.imports.includes(helper))) continue;
        broken.push(`${from} -> ${target} (\`${layer}\` may not import \`${to}\`)`);
      } else if (ASTRO.test(specifier) && !rule.astro) {
        broken.push(`${from} -> ${specifier} (\`${layer}\` may not import Astro)`);
      }
    }
  }
  return broken;
}
