/**
 * The GitHub Actions workflows, read as data: valid YAML, only scripts that exist, Node from `.nvmrc`, and
 * a pull-request workflow that gives untrusted code nothing to steal.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string>;
  env?: Record<string, unknown>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const DIR = '.github/workflows';
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

function load(file: string): { text: string; workflow: Workflow } {
  const text = readFileSync(path.join(DIR, file), 'utf8');
  const doc = parseDocument(text, { uniqueKeys: true });
  expect(doc.errors.map((error) => error.message)).toEqual([]);
  return { text, workflow: doc.toJS() as Workflow };
}

const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);

/** `npm run --silent diff -- HEAD^1` gives `diff`; `npm test` gives `test`; `npm ci` is not a script. */
function npmScripts(run: string): string[] {
  const names = [...run.matchAll(/\bnpm\s+(?:run|run-script)\s+(?:--?[\w-]+\s+)*([\w:.-]+)/g)].map((match) => match[1]!);
  if (/\bnpm\s+(?:test|t)\b/.test(run)) names.push('test');
  return names;
}

const FILES = readdirSync(DIR).filter((file) => /\.ya?ml$/.test(file)).sort();

describe('workflow files', () => {
  test('returns the two workflows, preview and deploy', () => {
    expect(FILES).toEqual(['deploy.yml', 'preview.yml']);
  });

  test.each(FILES)('%s parses as YAML with a trigger and jobs with steps', (file) => {
    const { workflow } = load(file);
    expect(Object.keys(workflow.on).length).toBeGreaterThan(0);
    for (const job of Object.values(workflow.jobs)) expect(job.steps.length).toBeGreaterThan(0);
  });

  test.each(FILES)('%s runs only npm scripts that package.json defines', (file) => {
    const runs = steps(load(file).workflow).flatMap((step) => (step.run ? npmScripts(step.run) : []));
    expect(runs.length).toBeGreaterThan(0);
    for (const name of runs) expect(Object.keys(scripts), `npm run ${name}`).toContain(name);
  });

  test.each(FILES)('%s sets up Node from .nvmrc', (file) => {
    const setups = steps(load(file).workflow).filter((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(setups.length).toBe(1);
    expect(setups[0]!.with).toMatchObject({ 'node-version-file': '.nvmrc' });
    expect(setups[0]!.with).not.toHaveProperty('node-version');
    expect(readFileSync('.nvmrc', 'utf8').trim()).toMatch(/^\d+/);
  });

  test.each(FILES)('%s pins every action to a major version tag or a commit', (file) => {
    for (const step of steps(load(file).workflow)) {
      if (step.uses) expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@(?:v\d+(?:\.\d+){0,2}|[0-9a-f]{40})$/);
    }
  });

  test.each(FILES)('%s passes expressions to scripts through env, never inside run', (file) => {
    for (const step of steps(load(file).workflow)) if (step.run) expect(step.run).not.toContain('${{');
  });

  test.each(FILES)('%s builds with environment variables the site reads', (file) => {
    const sources = [readFileSync('astro.config.ts', 'utf8'), ...readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(ts|astro)$/.test(name))
      .map((name) => readFileSync(path.join('src', name), 'utf8'))].join('\n');
    const builds = steps(load(file).workflow).filter((step) => step.run && npmScripts(step.run).includes('build'));
    expect(builds.length).toBe(1);
    for (const name of Object.keys(builds[0]!.env ?? {})) expect(sources, `process.env.${name}`).toContain(`process.env.${name}`);
  });
});

describe('preview.yml', () => {
  const { text, workflow } = load('preview.yml');
  const all = steps(workflow);

  test('runs on pull_request and never on pull_request_target', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
  });

  test('uses no secrets and a read-only token that the checkout does not keep', () => {
    expect(text).not.toMatch(/\$\{\{[^}]*\bsecrets\b/);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(workflow.jobs)) expect(job.permissions).toBeUndefined();
    const checkout = all.find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with).toMatchObject({ 'persist-credentials': false, 'fetch-depth': 2 });
  });

  test('checks, writes the content diff to the job summary, builds a noindex preview under /pr-<number>/ and uploads dist/', () => {
    const index = (predicate: (step: Step) => boolean) => {
      const i = all.findIndex(predicate);
      expect(i).toBeGreaterThanOrEqual(0);
      return i;
    };
    const check = index((step) => /npm run check -- --format github$/.test(step.run ?? ''));
    const diff = index((step) => step.run === 'npm run --silent diff -- HEAD^1 HEAD >> "$GITHUB_STEP_SUMMARY"');
    const build = index((step) => step.run === 'npm run build');
    const upload = index((step) => step.uses?.startsWith('actions/upload-artifact@') === true);
    expect([check, diff, build, upload]).toEqual([...[check, diff, build, upload]].sort((a, b) => a - b));
    expect(all[diff]!.if).toBe('${{ !cancelled() }}');
    expect(all[build]!.env).toEqual({ BASE_PATH: '/pr-${{ github.event.pull_request.number }}/', CLAIMDESK_NOINDEX: '1' });
    expect(all[upload]!.with).toMatchObject({ path: 'dist/' });
    expect(all.slice(upload + 1).some((step) => step.run?.includes('>> "$GITHUB_STEP_SUMMARY"'))).toBe(true);
  });
});

describe('deploy.yml', () => {
  const { workflow } = load('deploy.yml');
  const uses = steps(workflow).flatMap((step) => (step.uses ? [step.uses.split('@')[0]] : []));

  test('runs on pushes to main', () => {
    expect(workflow.on['push']).toEqual({ branches: ['main'] });
  });

  test('deploys with the official GitHub Pages actions, with write access only in the deploy job', () => {
    expect(uses).toEqual(expect.arrayContaining(['actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']));
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(workflow.jobs['deploy']?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });
});
