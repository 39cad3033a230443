/**
 * Reads the content folder without Astro: every article and every party and source file, parsed with the
 * YAML parser Astro uses, validated with the same zod schemas as the Astro collections, cross-referenced
 * into the content graph, the article bodies checked for their inline markers, and the warnings computed.
 * Every problem is placed at the line and column of its field. The checker, the build's pre-flight and
 * the content diff all start here.
 */
import path from 'node:path';
import type { BodyReport } from '../markdown/check-body.ts';
import { buildGraph, type Collection, type ContentGraph, type Entry, type GraphInput } from '../graph/graph.ts';
import { graphIds, graphOrder } from '../graph/order.ts';
import type { ContentFile } from './parse-content-file.ts';
import { listCollection } from './list-files.ts';
import { entryReader } from './read-entries.ts';
import type { ContentProblem, EntryJob, EntryResult } from './read-entry.ts';
import { restorePath } from './salvage.ts';
import { imageFileProblems } from './image-files.ts';
import { contentWarnings } from './warnings.ts';
import { withNameHint } from './name-hints.ts';

export type { ContentFile } from './parse-content-file.ts';
export type { ContentProblem } from './read-entry.ts';

export interface LoadedContent {
  graph: ContentGraph;
  /** Every file that could be parsed, by path; with the article bodies only when asked for (`bodies`). */
  files: Map<string, ContentFile>;
  /** How many files were checked, including those that could not be parsed. */
  fileCount: number;
  /** What each article body marks, by article id. */
  bodies: Map<string, BodyReport>;
  /** Every problem, errors and warnings, in file order then line order. */
  problems: ContentProblem[];
}

const FOLDERS: { collection: Collection; pattern: RegExp }[] = [
  { collection: 'articles', pattern: /\.md$/ },
  { collection: 'parties', pattern: /\.ya?ml$/ },
  { collection: 'sources', pattern: /\.ya?ml$/ },
];

/**
 * What a build keeps of the content once it is checked: the graph the pages read, and the problems to report.
 * The parsed files and the body reports are the checker's (at 10,000 articles they are 150 MB of heap that
 * every garbage collection of the page rendering would walk again).
 */
export type CheckedContent = Pick<LoadedContent, 'graph' | 'problems' | 'fileCount'>;

/** Reads, validates and cross-references the content under `dir` (`content/`). Never throws for bad content. */
export async function loadContent(dir: string, cwd: string = process.cwd(), { bodies = false }: { bodies?: boolean } = {}): Promise<LoadedContent> {
  const listed = listJobs(dir, cwd);
  const { jobs } = listed;
  // The bodies are checked where they are read; copying 10,000 of them back to this thread costs more than the check.
  const reader = entryReader(jobs, { bodies });
  try {
    const read = collect(await reader.read());
    const { problems, files, invalid } = read;
    problems.push(...listed.problems);
    // The ids the graph will hold, known before it is built: the worker threads check the bodies meanwhile.
    const ordered = graphOrder(read.input);
    const ids = graphIds(ordered);
    const checking = reader.checkBodies({
      claims: new Set([...ids.claims, ...invalid.claims]),
      sources: new Set([...ids.sources, ...invalid.sources]),
      parties: new Set([...ids.parties, ...invalid.parties]),
    });
    const graph = buildGraph({ ...read.input, ...ordered }, ids.claims);
    // The picture files are read (their headers) while the bodies are checked.
    const pictures = imageFileProblems(graph, dir);

    const bodies = new Map<string, BodyReport>();
    const reports = await checking;
    for (const [name, report] of reports) {
      const file = files.get(name)!;
      bodies.set(file.id, report);
      for (const { severity, line, column, message } of report.problems) {
        problems.push({ severity, file: name, line: line + file.bodyStartLine! - 1, column, path: [], message });
      }
    }

    // Graph problems and warnings name a field path in the data; the thread that holds the file places it.
    const marked = new Map([...bodies].map(([id, report]) => [id, report.claims]));
    const found = [...graph.problems, ...(await pictures), ...contentWarnings(graph, { marked, partial: read.partial, complete: read.complete })].map((problem) => {
      const removed = problem.file ? read.dropped.get(problem.file) : undefined;
      return { ...problem, file: problem.file ?? problem.id, path: removed ? restorePath(removed, problem.path) : problem.path };
    });
    const byFile = Map.groupBy(found, (problem) => problem.file);
    const positions = await reader.place(new Map([...byFile].filter(([name]) => files.has(name)).map(([name, list]) => [name, list.map((problem) => problem.path)])));
    for (const [name, list] of byFile) {
      list.forEach(({ severity, path: at, message }, i) => {
        const { line, column } = positions.get(name)?.[i] ?? { line: 1, column: 1 };
        problems.push({ severity, file: name, line, column, path: at, message });
      });
    }
    // A name where an id belongs gets the id offered, now that the parties and sources are known.
    for (const problem of problems) problem.message = withNameHint(graph, problem);
    problems.sort((a, b) => (a.file === b.file ? a.line - b.line || a.column - b.column : a.file < b.file ? -1 : 1));
    return { graph, files, fileCount: jobs.length, bodies, problems };
  } finally {
    reader.close();
  }
}

/**
 * Every content file, with its collection, its id (the file name) and its path as reported; and the problems
 * of the folders (sub-folders, links, names that are not ids: see `list-files.ts`). No article at all is a
 * warning, on the articles folder (line 0: no line).
 */
function listJobs(dir: string, cwd: string): { jobs: EntryJob[]; problems: ContentProblem[] } {
  const listings = FOLDERS.map(({ collection, pattern }) => {
    const folder = path.join(dir, collection);
    // Paths relative to the folder, joined to the folder's own relative path: path.relative per file is slow.
    return listCollection(collection, folder, dir, path.relative(cwd, folder).split(path.sep).join('/'), pattern);
  });
  const jobs = listings.flatMap((listing) => listing.jobs);
  const problems = listings.flatMap((listing) => listing.problems);
  if (!jobs.some((job) => job.collection === 'articles')) {
    const folder = path.relative(cwd, path.join(dir, 'articles')).split(path.sep).join('/');
    problems.push({ severity: 'warning', file: `${folder}/`, line: 0, column: 0, path: [], message: 'no articles: the site would have no article, claim or event; add articles as .md files here (npm run new -- article "Title"), or check the content folder' });
  }
  return { jobs, problems };
}

/** The files' results gathered for the graph: the usable data, and what is known about the rest. */
function collect(results: readonly EntryResult[]) {
  const problems: ContentProblem[] = [];
  const files = new Map<string, ContentFile>();
  const input: GraphInput & { invalid: Record<'parties' | 'sources' | 'claims' | 'events', Set<string>> } = {
    articles: [],
    parties: [],
    sources: [],
    invalid: { parties: new Set(), sources: new Set(), claims: new Set(), events: new Set() },
  };
  const { invalid } = input;
  /** Articles whose data was repaired after schema errors. */
  const partial = new Set<string>();
  /** Items removed by those repairs, by file, to map paths back to the file. */
  const dropped = new Map<string, EntryResult['dropped']>();
  const seen = new Map<string, string>();
  let complete = true;
  for (const { job, file, data, partial: repaired, problems: found, invalidIds, dropped: removed } of results) {
    const { collection, id } = job;
    problems.push(...found);
    if (file) files.set(job.file, file);
    if (removed.length > 0) dropped.set(job.file, removed);
    const twin = seen.get(`${collection}/${id}`);
    seen.set(`${collection}/${id}`, job.file);
    if (twin) problems.push({ severity: 'error', file: job.file, line: 1, column: 1, path: [], message: `${collection.slice(0, -1)} "${id}" is also defined by ${twin}; keep one of the two files` });
    for (const lost of invalidIds) {
      invalid.claims.add(lost);
      invalid.events.add(lost);
    }
    if (data === undefined) {
      if (collection === 'articles') complete = false;
      else invalid[collection].add(id);
      continue;
    }
    if (repaired && collection === 'articles') {
      partial.add(id);
      complete = false;
    }
    (input[collection] as Entry<unknown>[]).push({ id, file: job.file, data });
  }
  return { problems, files, input, invalid, partial, dropped, complete };
}
