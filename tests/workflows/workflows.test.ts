/**
 * The GitHub Actions workflows, read as data: valid YAML, only scripts that exist, actions pinned to a commit,
 * a pull-request build that gives untrusted code nothing to steal, and a deploy step that never runs it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Job {
  if?: string;
  permissions?: Record<string, string>;
  env?: Record<string, unknown>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  env?: Record<string, unknown>;
  jobs: Record<string, Job>;
}

const DIR = '.github/workflows';
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
const LOCKFILE_AND_CONFIG = "hashFiles('package-lock.json', 'astro.config.ts')";

function parse(file: string): { text: string; data: unknown } {
  const text = readFileSync(file, 'utf8');
  const doc = parseDocument(text, { uniqueKeys: true });
  expect(doc.errors.map((error) => error.message)).toEqual([]);
  return { text, data: doc.toJS() };
}

function load(file: string): { text: string; workflow: Workflow } {
  const { text, data } = parse(path.join(DIR, file));
  return { text, workflow: data as Workflow };
}

const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);
const usesOf = (step: Step, action: string) => step.uses?.split('@')[0] === action;

/** `npm run --silent diff -- HEAD^1` gives `diff`; `npm test` gives `test`; `npm ci` is not a script. */
function npmScripts(run: string): string[] {
  const names = [...run.matchAll(/\bnpm\s+(?:run|run-script)\s+(?:--?[\w-]+\s+)*([\w:.-]+)/g)].map((match) => match[1]!);
  if (/\bnpm\s+(?:test|t)\b/.test(run)) names.push('test');
  return names;
}

const FILES = readdirSync(DIR).filter((file) => /\.ya?ml$/.test(file)).sort();

describe('workflow files', () => {
  test('returns the four workflows: test, preview, preview-deploy and deploy', () => {
    expect(FILES).toEqual(['deploy.yml', 'preview-deploy.yml', 'preview.yml', 'test.yml']);
  });

  test.each(FILES)('%s parses as YAML with a trigger and jobs with steps', (file) => {
    const { workflow } = load(file);
    expect(Object.keys(workflow.on).length).toBeGreaterThan(0);
    for (const job of Object.values(workflow.jobs)) expect(job.steps.length).toBeGreaterThan(0);
  });

  test.each(FILES)('%s runs only npm scripts that package.json defines', (file) => {
    const runs = steps(load(file).workflow).flatMap((step) => (step.run ? npmScripts(step.run) : []));
    for (const name of runs) expect(Object.keys(scripts), `npm run ${name}`).toContain(name);
  });

  test.each(FILES)('%s sets up Node from .nvmrc wherever it sets up Node', (file) => {
    for (const setup of steps(load(file).workflow).filter((step) => usesOf(step, 'actions/setup-node'))) {
      expect(setup.with).toMatchObject({ 'node-version-file': '.nvmrc' });
      expect(setup.with).not.toHaveProperty('node-version');
    }
    expect(readFileSync('.nvmrc', 'utf8').trim()).toMatch(/^\d+/);
  });

  test.each(FILES)('%s pins every action to a 40-character commit, with its version in a comment', (file) => {
    const { text, workflow } = load(file);
    const uses = steps(workflow).flatMap((step) => (step.uses ? [step.uses] : []));
    expect(uses.length).toBeGreaterThan(0);
    for (const action of uses) expect(action).toMatch(/^[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@[0-9a-f]{40}$/);
    const lines = text.split('\n').filter((line) => /^\s*(?:-\s+)?uses:/.test(line));
    expect(lines.length).toBe(uses.length);
    for (const line of lines) expect(line).toMatch(/@[0-9a-f]{40} # v\d+(?:\.\d+){0,2}$/);
  });

  test.each(FILES)('%s passes expressions to scripts through env, never inside run', (file) => {
    for (const step of steps(load(file).workflow)) if (step.run) expect(step.run).not.toContain('${{');
  });

  test.each(FILES)('%s builds only with environment variables the site reads', (file) => {
    const sources = [readFileSync('astro.config.ts', 'utf8'), ...readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(ts|astro)$/.test(name))
      .map((name) => readFileSync(path.join('src', name), 'utf8'))].join('\n');
    const builds = steps(load(file).workflow).filter((step) => step.run && npmScripts(step.run).includes('build'));
    for (const build of builds) for (const name of Object.keys(build.env ?? {})) expect(sources, name).toMatch(new RegExp(`process\\.env\\.${name}\\b|'${name}'`));
  });

  test.each(FILES)('%s caches Astro\'s cache keyed on the lockfile and the config, wherever it builds', (file) => {
    const all = steps(load(file).workflow);
    if (!all.some((step) => step.run && npmScripts(step.run).some((name) => name === 'build' || name === 'test:e2e'))) return;
    const cache = all.find((step) => usesOf(step, 'actions/cache'));
    expect(cache?.with?.['path']).toBe('.cache/\ndist/\n');
    expect(String(cache?.with?.['key'])).toContain(LOCKFILE_AND_CONFIG);
    expect(String(cache?.with?.['restore-keys'])).toContain(LOCKFILE_AND_CONFIG);
  });
});

describe('astro.config.ts', () => {
  test('keeps Astro\'s cache in .cache/astro, out of node_modules (which npm ci empties) and out of git', () => {
    expect(readFileSync('astro.config.ts', 'utf8')).toContain("cacheDir: process.env.CLAIMDESK_CACHE ?? './.cache/astro'");
    expect(readFileSync('.gitignore', 'utf8').split('\n')).toContain('.cache/');
  });
});

describe('test.yml', () => {
  const { workflow } = load('test.yml');
  const all = steps(workflow);
  const runs = all.flatMap((step) => (step.run ? [step.run] : []));

  test('runs on every push and pull request, read-only', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  test('runs the type check, the unit tests and the browser checks, in that order', () => {
    const at = (script: string) => runs.findIndex((run) => npmScripts(run).includes(script));
    expect([at('typecheck'), at('test'), at('test:e2e')].every((i) => i >= 0)).toBe(true);
    expect(at('typecheck')).toBeLessThan(at('test'));
    expect(at('test')).toBeLessThan(at('test:e2e'));
  });

  test('gives the browser checks the runner\'s Chromium and Java before npm ci', () => {
    expect(runs.some((run) => run.includes('CHROMIUM_PATH=') && run.includes('$GITHUB_ENV'))).toBe(true);
    const java = all.findIndex((step) => usesOf(step, 'actions/setup-java'));
    const install = all.findIndex((step) => step.run?.startsWith('npm ci'));
    expect(java).toBeGreaterThanOrEqual(0);
    expect(java).toBeLessThan(install);
  });
});

/** The workflow without its comments: what GitHub runs. */
const runnable = (workflow: Workflow) => JSON.stringify(workflow);

describe('preview.yml', () => {
  const { workflow } = load('preview.yml');
  const all = steps(workflow);
  const text = runnable(workflow);

  test('runs on pull_request, never on pull_request_target, also when a pull request closes', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(text).not.toContain('pull_request_target');
    expect(workflow.on['pull_request']).toEqual({ types: ['opened', 'synchronize', 'reopened', 'closed'] });
  });

  test('uses no secrets and a read-only token that the checkout does not keep', () => {
    expect(text).not.toMatch(/\bsecrets\b/);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(workflow.jobs)) expect(job.permissions).toBeUndefined();
    const checkouts = all.filter((step) => usesOf(step, 'actions/checkout'));
    expect(checkouts.length).toBe(1);
    expect(checkouts[0]!.with).toMatchObject({ 'persist-credentials': false, 'fetch-depth': 2 });
  });

  test('builds with the preview\'s own address under /pr-<number>/, marked as a preview', () => {
    const build = all.find((step) => step.run === 'npm run build');
    expect(build?.env).toEqual({
      SITE_URL: '${{ env.PAGES_ORIGIN }}',
      BASE_PATH: '${{ env.PAGES_BASE }}pr-${{ github.event.pull_request.number }}/',
      CLAIMDESK_PREVIEW_PR: '${{ github.event.pull_request.number }}',
    });
    expect(workflow.env?.['PAGES_ORIGIN']).toMatch(/^https:\/\//);
    expect(String(workflow.env?.['PAGES_BASE'])).toMatch(/^\/.*\/$/);
  });

  test('annotates, writes the content diff and the counts, and uploads the site and those results', () => {
    const uploads = all.filter((step) => usesOf(step, 'actions/upload-artifact'));
    expect(uploads.map((step) => [step.with?.['name'], step.with?.['path']])).toEqual([
      ['preview-site', 'dist/'],
      ['preview-meta', 'preview-meta/'],
      ['preview-meta', 'preview-meta/'],
    ]);
    expect(uploads[1]!.if).toBe('${{ !cancelled() }}');
    const runs = all.flatMap((step) => (step.run ? [step.run] : []));
    expect(runs).toContain('npm run check -- --format github --changed-from HEAD^1');
    expect(runs.some((run) => /npm run --silent check -- --format json > preview-meta\/check\.json/.test(run))).toBe(true);
    expect(runs.some((run) => /npm run --silent diff -- HEAD\^1 HEAD \| tee preview-meta\/diff\.md >> "\$GITHUB_STEP_SUMMARY"/.test(run))).toBe(true);
  });

  test('restores this pull request\'s previous build, falling back to main\'s', () => {
    const cache = all.find((step) => usesOf(step, 'actions/cache'))!;
    expect(cache.with?.['key']).toContain('pr-${{ github.event.pull_request.number }}-');
    const fallbacks = String(cache.with?.['restore-keys']).trim().split('\n');
    expect(fallbacks[0]).toContain('pr-${{ github.event.pull_request.number }}-');
    expect(fallbacks[1]).toMatch(/^site-/);
  });
});

describe('preview-deploy.yml', () => {
  const { workflow } = load('preview-deploy.yml');
  const all = steps(workflow);
  const text = runnable(workflow);

  test('is started by the Preview workflow\'s runs, and only for pull requests', () => {
    expect(workflow.on).toEqual({ workflow_run: { workflows: ['Preview'], types: ['completed'] } });
    expect(workflow.jobs['deploy']?.if).toContain("github.event.workflow_run.event == 'pull_request'");
  });

  test('never checks out the pull request\'s code: only the default branch\'s scripts', () => {
    expect(text).not.toMatch(/head_branch|pull_request\.head|github\.head_ref/);
    for (const checkout of all.filter((step) => usesOf(step, 'actions/checkout'))) {
      expect(checkout.with?.['ref']).toBe('${{ github.event.repository.default_branch }}');
      expect(checkout.with?.['persist-credentials']).toBe(false);
    }
  });

  test('installs and runs nothing from the pull request: no npm, npx or node', () => {
    for (const step of all) if (step.run) expect(step.run).not.toMatch(/\b(?:npm|npx|node|yarn|pnpm)\b/);
    const publish = all.find((step) => step.run?.includes('publish-pages.sh'))!;
    expect(publish.run).toContain('bash trusted/.github/publish-pages.sh preview-site "pr-$NUMBER"');
    expect(publish.run).toContain('bash trusted/.github/publish-pages.sh - "pr-$NUMBER"');
  });

  test('checks the pull request number read from the artifact before using it', () => {
    const meta = all.find((step) => step.id === 'meta')!;
    expect(meta.run).toContain('^[1-9][0-9]{0,9}$');
  });

  test('writes one comment with the preview\'s address, the counts and the diff, marked closed on close', () => {
    const comment = all.find((step) => usesOf(step, 'actions/github-script'))!;
    expect(comment.env?.['PREVIEW_URL']).toBe('${{ env.PAGES_ORIGIN }}${{ env.PAGES_BASE }}pr-${{ steps.meta.outputs.number }}/');
    const script = String(comment.with?.['script']);
    for (const part of ['<!-- claimdesk-preview -->', 'PREVIEW_URL', 'updateComment', 'createComment', 'check.json', 'diff.md', 'Preview (closed)']) {
      expect(script).toContain(part);
    }
  });

  test('publishes one at a time, with deploy.yml', () => {
    expect(load('preview-deploy.yml').text).toContain('group: gh-pages');
    expect(load('deploy.yml').text).toContain('group: gh-pages');
  });
});

describe('deploy.yml', () => {
  const { workflow } = load('deploy.yml');
  const all = steps(workflow);

  test('publishes main once its tests have passed', () => {
    expect(workflow.on).toEqual({ workflow_run: { workflows: ['Test'], types: ['completed'], branches: ['main'] } });
    expect(workflow.jobs['deploy']?.if).toContain("github.event.workflow_run.conclusion == 'success'");
    expect(workflow.jobs['deploy']?.if).toContain("github.event.workflow_run.event == 'push'");
  });

  test('builds the tested commit with the site\'s address and publishes it at the root of gh-pages', () => {
    expect(all.find((step) => usesOf(step, 'actions/checkout'))?.with?.['ref']).toBe('${{ github.event.workflow_run.head_sha }}');
    expect(all.find((step) => step.run === 'npm run build')?.env).toEqual({ SITE_URL: '${{ env.PAGES_ORIGIN }}', BASE_PATH: '${{ env.PAGES_BASE }}' });
    expect(all.at(-1)?.run).toBe('bash .github/publish-pages.sh dist /');
  });
});

describe('dependabot.yml', () => {
  test('updates the actions and the npm packages', () => {
    const { data } = parse('.github/dependabot.yml');
    const updates = (data as { updates: { 'package-ecosystem': string; directory: string }[] }).updates;
    expect(updates.map((update) => [update['package-ecosystem'], update.directory])).toEqual([
      ['github-actions', '/'],
      ['npm', '/'],
    ]);
  });
});
