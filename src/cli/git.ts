/**
 * What the commands ask git: the repository's top folder, the commit a ref names, and the files a change
 * touched. Each failure the user can fix is a {@link CommandError}: one line, exit status 2.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/** A problem the user can fix: printed as one line, exit status 2. */
export class CommandError extends Error {}

const execGit = promisify(execFile);

export async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await execGit('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 });
  return stdout.trim();
}

/** The repository's top folder; fails with a one-line reason outside a repository or without git. */
export async function repositoryRoot(cwd: string, command: string): Promise<string> {
  try {
    return await git(cwd, ['rev-parse', '--show-toplevel']);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new CommandError('git is not installed or not on PATH; install git');
    throw new CommandError(`${cwd} is not inside a git repository; run \`${command}\` in a clone of the project`);
  }
}

/** The commit a ref names, or a one-line error naming the ref. */
export async function resolveCommit(root: string, ref: string): Promise<string> {
  try {
    return await git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  } catch {
    throw new CommandError(`unknown git ref \`${ref}\`; name a branch, tag or commit (\`main\`, \`origin/main\`, \`HEAD~1\`)`);
  }
}

/**
 * The files that differ between `ref` and the working tree, new untracked files included, as paths relative
 * to `cwd` (`content/articles/a.md`): what a pull request changed, with `HEAD^1` on its merge commit.
 */
export async function changedFiles(ref: string, cwd: string = process.cwd()): Promise<Set<string>> {
  const root = await repositoryRoot(cwd, `--changed-from ${ref}`);
  const commit = await resolveCommit(root, ref);
  const [changed, untracked] = await Promise.all([
    git(cwd, ['diff', '--name-only', '--relative', '--no-ext-diff', commit, '--']),
    git(cwd, ['ls-files', '--others', '--exclude-standard']),
  ]);
  return new Set([...changed.split('\n'), ...untracked.split('\n')].filter(Boolean));
}
