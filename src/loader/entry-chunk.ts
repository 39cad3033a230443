/**
 * A share of the content files, kept by one thread through the three passes that need their text: reading
 * and validating them, checking their article bodies once every id is known, and placing the problems the
 * graph and the warnings found in them. Each thread knows every job and reads the ones it claims. Only
 * results cross between threads, and the bodies of the main thread's share, which workers check while the
 * main thread builds the graph.
 */
import { checkBody, type BodyReport, type KnownIds } from '../markdown/check-body.ts';
import type { ContentFile } from './parse-content-file.ts';
import { readEntry, type EntryJob, type EntryResult } from './read-entry.ts';
import { fieldLocator, type YamlPosition } from './yaml-locate.ts';

/** Paths to place, by file. */
export type PlaceRequest = [file: string, paths: (string | number)[][]];

/** Whether the results carry each article's Markdown body (`ContentFile.body`); the chunk keeps it either way. */
export interface ChunkOptions {
  bodies: boolean;
}

/** Files a thread claims at a time from the shared counter: a few milliseconds of work, so that threads finish together. */
const BATCH = 16;

export class EntryChunk {
  readonly #jobs: readonly EntryJob[];
  readonly #bodies: boolean;
  readonly #files = new Map<string, ContentFile & { yaml?: string }>();

  constructor(jobs: readonly EntryJob[], { bodies }: ChunkOptions = { bodies: true }) {
    this.#jobs = jobs;
    this.#bodies = bodies;
  }

  /**
   * Reads and validates the files: all of them, or, given `next` (the index of the next job to read, shared
   * by every thread), batches of them claimed in turn until none is left, or `batches` of them. Results in the
   * order of the jobs; none once every job is claimed.
   */
  read(next?: Int32Array, batches = Infinity): EntryResult[] {
    if (!next) return this.#jobs.map((job) => this.#read(job));
    const results: EntryResult[] = [];
    const total = this.#jobs.length;
    for (let claimed = 0; claimed < batches; claimed++) {
      const start = Atomics.add(next, 0, BATCH);
      if (start >= total) break;
      for (let j = start; j < Math.min(start + BATCH, total); j++) results.push(this.#read(this.#jobs[j]!));
    }
    return results;
  }

  #read(job: EntryJob): EntryResult {
    const { yaml, ...result } = readEntry(job);
    if (!result.file) return result;
    this.#files.set(job.file, { ...result.file, ...(yaml === undefined ? {} : { yaml }) });
    if (this.#bodies) return result;
    const { body: _, ...file } = result.file;
    return { ...result, file };
  }

  /** The article bodies this share holds, by file, for another thread to check (see `checkBodies`). */
  bodies(): [file: string, body: string][] {
    const bodies: [string, string][] = [];
    for (const [name, file] of this.#files) if (file.body !== undefined) bodies.push([name, file.body]);
    return bodies;
  }

  /** Each article body's markers, by file, for this share's bodies and `others`; lines are relative to the body. */
  checkBodies(known: KnownIds, others: readonly [file: string, body: string][] = []): [file: string, report: BodyReport][] {
    return [...this.bodies(), ...others].map(([name, body]) => [name, checkBody(body, known)]);
  }

  /** Positions in file lines, in the order of the requested paths. */
  place(requests: readonly PlaceRequest[]): [file: string, positions: YamlPosition[]][] {
    return requests.map(([name, paths]) => {
      const file = this.#files.get(name);
      if (file?.yaml === undefined) return [name, paths.map(() => ({ line: 1, column: 1 }))];
      const locate = fieldLocator(file.yaml);
      return [name, paths.map((at) => {
        const { line, column } = locate(at);
        return { line: line + file.yamlStartLine - 1, column };
      })];
    });
  }
}
