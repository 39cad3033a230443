/**
 * `npm run diff -- <base-ref> [<head-ref>]`: what a change does to the content, as Markdown for a
 * reviewer. Extracts `content/` at each git ref (without `<head-ref>`: the working tree), loads both with
 * the content loader and prints the diff. The pull-request workflow appends it to the job summary.
 *
 * Exit status: 0 with the summary on stdout; 2 with one line on stderr when the refs or the repository are
 * wrong.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contentDir } from '../loader/content-dir.ts';
import { contentDiffMarkdown } from './content-diff-markdown.ts';
import { diffContent, type ContentSnapshot } from './content-diff.ts';
import { loadContent } from '../loader/load-content.ts';
import { CommandError as DiffError, git, repositoryRoot, resolveCommit } from './git.ts';

const USAGE = 'usage: npm run diff -- <base-ref> [<head-ref>]   (without <head-ref>: the working tree)';

/** Writes `prefix` (the content folder) as it is at `commit` under `into`; nothing when it does not exist there. */
async function extract(root: string, commit: string, prefix: string, into: string): Promise<void> {
  if ((await git(root, ['ls-tree', '--name-only', commit, '--', prefix])) === '') return;
  const archive = spawn('git', ['archive', '--format=tar', commit, '--', prefix], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const tar = spawn('tar', ['-x', '-f', '-', '-C', into], { stdio: ['pipe', 'ignore', 'pipe'] });
  archive.stdout.pipe(tar.stdin);
  const exit = (child: ReturnType<typeof spawn>, name: string) =>
    new Promise<void>((resolve, reject) => {
      let stderr = '';
      child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', (error) => reject(new DiffError(`cannot run ${name}: ${error.message}`)));
      child.on('close', (code) =>
        code === 0 ? resolve() : reject(new DiffError(`${name} failed: ${stderr.trim().split('\n')[0] ?? `exit status ${code}`}`)),
      );
    });
  await Promise.all([exit(archive, 'git archive'), exit(tar, 'tar')]);
}

async function snapshot(dir: string): Promise<ContentSnapshot> {
  const { graph, files, problems } = await loadContent(dir, undefined, { bodies: true });
  const bodies = new Map<string, string>();
  for (const file of files.values()) if (file.collection === 'articles' && file.body !== undefined) bodies.set(file.id, file.body);
  const errors = problems.filter((problem) => problem.severity === 'error');
  // A file with errors that left its entry out of the graph: `articles/<id>` from `<dir>/articles/<id>.md`.
  const unreadable = new Set<string>();
  for (const problem of errors) {
    const key = path.relative(dir, path.resolve(problem.file)).split(path.sep).join('/').replace(/\.(md|ya?ml)$/, '');
    const [collection, ...rest] = key.split('/');
    const id = rest.join('/');
    if ((collection === 'articles' || collection === 'parties' || collection === 'sources') && !graph[collection].has(id)) unreadable.add(key);
  }
  return { graph, bodies, errors: errors.length, unreadable };
}

/** Runs the command with `args` (after `npm run diff --`); returns the exit status. */
export async function main(args: string[], cwd: string = process.cwd()): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const temp: string[] = [];
  try {
    const flag = args.find((arg) => arg.startsWith('-'));
    if (flag) throw new DiffError(`unknown option \`${flag}\`; ${USAGE}`);
    if (args.length < 1 || args.length > 2) throw new DiffError(USAGE);
    const [baseRef, headRef] = args as [string, string | undefined];
    const root = await repositoryRoot(cwd, 'npm run diff');
    const content = contentDir(cwd);
    const prefix = path.relative(root, content).split(path.sep).join('/');
    if (prefix === '' || prefix.startsWith('..') || path.isAbsolute(prefix)) {
      throw new DiffError(`the content folder ${content} is not inside the repository ${root}`);
    }
    const baseCommit = await resolveCommit(root, baseRef);
    const headCommit = headRef === undefined ? undefined : await resolveCommit(root, headRef);
    const atCommit = async (commit: string) => {
      const dir = await mkdtemp(path.join(tmpdir(), 'claimdesk-diff-'));
      temp.push(dir);
      await extract(root, commit, prefix, dir);
      return snapshot(path.join(dir, prefix));
    };
    const [base, head] = await Promise.all([atCommit(baseCommit), headCommit === undefined ? snapshot(content) : atCommit(headCommit)]);
    const markdown = contentDiffMarkdown(diffContent(base, head), { base: baseRef, head: headRef ?? 'working tree' });
    process.stdout.write(markdown.endsWith('\n') ? markdown : `${markdown}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof DiffError ? error.message : `unexpected error: ${(error as Error).message?.split('\n')[0] ?? String(error)}`;
    process.stderr.write(`diff: ${message}\n`);
    return 2;
  } finally {
    await Promise.all(temp.map((dir) => rm(dir, { recursive: true, force: true })));
  }
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
