/**
 * The content files of one collection folder (`articles/`, `parties/`, `sources/`), and the problems of the
 * folder itself: the loader reads only what this returns, so a file the build could not route never reaches it.
 *
 * - A file's name is its id, checked by the id rule of every other id (`idSchema`), with a valid name suggested:
 *   `What? Now.md` is an error that suggests `what-now.md`.
 * - Files are read from the folder itself: a file in a sub-folder (`articles/2025/x.md`) is an error naming it
 *   (the site has one flat address per entry, `/articles/<id>/`); the sub-folder is searched only to name them.
 * - Content stays inside the content folder: a link (symlink) is followed only when its target is a file
 *   inside the content folder; a link out of it, a link to nothing and a link to a folder are errors naming
 *   the link, and linked folders are never walked (so no loop either).
 * - A file the collection does not read (`talks.markdown`, `notes.txt` in `articles/`) is a warning that
 *   names the extension it needs, so it is not silently missing from the site.
 * Hidden files (`.name`) are skipped, as editors and operating systems leave them.
 */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { slugify } from '../core/slugify.ts';
import { idSchema } from '../schemas/common.ts';
import type { Collection } from '../graph/graph.ts';
import type { ContentProblem, EntryJob } from './read-entry.ts';

export interface Listing {
  jobs: EntryJob[];
  problems: ContentProblem[];
}

/**
 * `folder`: the collection's folder; `root`: the content folder; `shown`: the folder's path as reported
 * (relative to the working directory, `/` separators). Never throws for what is in the folder.
 */
export function listCollection(collection: Collection, folder: string, root: string, shown: string, pattern: RegExp): Listing {
  const jobs: EntryJob[] = [];
  const problems: ContentProblem[] = [];
  const report = (name: string, message: string, severity: ContentProblem['severity'] = 'error') =>
    problems.push({ severity, file: shown === '' ? name : `${shown}/${name}`, line: 1, column: 1, path: [], message });
  const inside = insideTest(root);
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { jobs, problems };
    report('', code === 'ENOTDIR' ? `is a file, not a folder; the ${collection} go in a folder named ${collection}/` : `cannot be read (${code}); check its permissions`);
    return { jobs, problems };
  }
  if (!inside(realpathOrSelf(folder))) {
    report('', `is a link to a folder outside the content folder; make ${collection}/ a real folder inside it`);
    return { jobs, problems };
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const { name } = entry;
    if (name.startsWith('.')) continue;
    const absolute = `${folder}${path.sep}${name}`;
    if (entry.isDirectory()) {
      for (const nested of nestedFiles(absolute, pattern)) {
        const relative = `${name}/${nested}`;
        report(relative, `is in a sub-folder of ${collection}/, which the site does not read; move it to ${collection}/${path.posix.basename(nested)}`);
      }
      continue;
    }
    if (entry.isSymbolicLink()) {
      const problem = linkProblem(absolute, inside);
      if (problem) {
        if (problem.folder || pattern.test(name)) report(name, problem.message);
        continue;
      }
    } else if (!entry.isFile()) continue;
    if (!pattern.test(name)) {
      report(name, unreadMessage(collection, name), 'warning');
      continue;
    }
    const id = name.replace(/\.(md|ya?ml)$/, '');
    const file = shown === '' ? name : `${shown}/${name}`;
    const valid = idSchema.safeParse(id);
    if (!valid.success) {
      const suggestion = slugify(id);
      const rename = suggestion ? `rename the file to ${suggestion}${name.slice(id.length)}` : 'rename the file with letters and digits';
      report(name, `the file name is its id, and ${JSON.stringify(id)} ${valid.error.issues[0]!.message.replace(/;.*$/, '')}; ${rename}`);
    }
    jobs.push({ collection, absolute, file, id });
  }
  return { jobs, problems };
}

/** `is not read: the articles are the .md files of articles/; rename it to talks.md …`. */
function unreadMessage(collection: Collection, name: string): string {
  const extension = collection === 'articles' ? '.md' : '.yaml';
  const stem = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name;
  return `is not read: the ${collection} are the ${extension} files of ${collection}/; rename it to ${stem}${extension} if it is one, or move it out of the content folder`;
}

/** What is wrong with following the link at `absolute`, or undefined when it is a file inside the content folder. */
function linkProblem(absolute: string, inside: (target: string) => boolean): { message: string; folder: boolean } | undefined {
  let target: string;
  try {
    target = realpathSync(absolute);
  } catch {
    return { message: 'is a link (symlink) to nothing; delete it, or put the file itself here', folder: false };
  }
  let folder = false;
  try {
    folder = statSync(target).isDirectory();
  } catch {
    // Unreadable: reported below or when read.
  }
  if (folder) return { message: 'is a link (symlink) to a folder, which the site does not read; put the files themselves here', folder: true };
  if (!inside(target)) return { message: 'is a link (symlink) to a file outside the content folder; copy the file itself here', folder: false };
  return undefined;
}

/** Content files anywhere under a real sub-folder, as paths relative to it; linked folders are not entered. */
function nestedFiles(dir: string, pattern: RegExp): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => !entry.name.startsWith('.'))
    .flatMap((entry) => {
      if (entry.isDirectory()) return nestedFiles(path.join(dir, entry.name), pattern).map((name) => `${entry.name}/${name}`);
      return pattern.test(entry.name) ? [entry.name] : [];
    })
    .sort();
}

function realpathOrSelf(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/** Whether a real path is inside the content folder `root` (itself resolved through links). */
function insideTest(root: string): (target: string) => boolean {
  const real = realpathOrSelf(root);
  const prefix = real.endsWith(path.sep) ? real : real + path.sep;
  return (target) => target === real || target.startsWith(prefix);
}
