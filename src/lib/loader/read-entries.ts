/**
 * The content files, split across threads when there are many: reading and validating 10,000 articles and
 * checking their bodies is most of the checker's time, and each file is independent. This thread reads a
 * share too, a smaller one; then it builds the graph while the workers check every body, its share's too.
 * Small folders stay on this thread alone, since starting a worker costs more than it saves. Either way the
 * results are the same.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BodyReport, KnownIds } from '../../markdown/check-body.ts';
import type { ChunkOptions, EntryChunk, PlaceRequest } from './entry-chunk.ts';
import type { EntryJob, EntryResult } from './read-entry.ts';
import type { YamlPosition } from './yaml-locate.ts';

/** Below this many files, one thread is faster. */
const PARALLEL_FROM = 400;

/**
 * Files dealt to each thread in turn, out of every cycle: this thread's part first, then each worker's.
 * This thread also gathers the results and builds the graph, so it reads fewer.
 */
const HERE_PART = 2;
const WORKER_PART = 3;

type Method = 'read' | 'bodies' | 'checkBodies' | 'place';

/** One share of the files, here or in a worker: the methods of {@link EntryChunk}, made asynchronous. */
interface Share {
  call<T>(method: Method, ...args: unknown[]): Promise<T>;
  close(): void;
}

export interface EntryReader {
  read(): Promise<EntryResult[]>;
  checkBodies(known: KnownIds): Promise<Map<string, BodyReport>>;
  place(requests: Map<string, (string | number)[][]>): Promise<Map<string, YamlPosition[]>>;
  close(): void;
}

export function entryReader(jobs: readonly EntryJob[], options: ChunkOptions = { bodies: true }): EntryReader {
  const threads = Math.min(availableParallelism(), 8);
  const count = jobs.length >= PARALLEL_FROM && threads > 1 ? threads : 1;
  // Dealt out in turn, so that each thread gets its share of articles (slow) and of parties and sources (quick).
  const cycle = count === 1 ? [0] : Array.from({ length: count }, (_, i) => Array<number>(i === 0 ? HERE_PART : WORKER_PART).fill(i)).flat();
  const owner = jobs.map((_, j) => cycle[j % cycle.length]!);
  const dealt = Array.from({ length: count }, (_, i) => jobs.filter((_, j) => owner[j] === i));
  // The workers start first: they boot while this thread loads the reading code and reads its own share.
  const workers = dealt.slice(1).map((chunk) => inWorker(chunk, options));
  const shares = [here(dealt[0]!, options), ...workers];
  const index = new Map(jobs.map((job, j) => [job.file, j]));
  const calls = <T>(method: Method, args: (i: number) => unknown[] = () => [], from: readonly Share[] = shares) =>
    Promise.all(from.map((share, i) => share.call<T[]>(method, ...args(i))));
  /** Answers by file, back in the order of the jobs. */
  const byFile = async <T>(method: Method, args?: (i: number) => unknown[], from?: readonly Share[]) =>
    new Map((await calls<[string, T]>(method, args, from)).flat().sort(([a], [b]) => index.get(a)! - index.get(b)!));
  return {
    read: async () => {
      const answers = await calls<EntryResult>('read');
      const next = answers.map(() => 0);
      return jobs.map((job, j) => ({ ...answers[owner[j]!]![next[owner[j]!]!++]!, job }));
    },
    checkBodies: async (known) => {
      if (workers.length === 0) return byFile<BodyReport>('checkBodies', () => [known]);
      // This thread's bodies are dealt to the workers, to be checked while this thread builds the graph.
      const mine = await shares[0]!.call<[string, string][]>('bodies');
      return byFile<BodyReport>('checkBodies', (i) => [known, mine.filter((_, j) => j % workers.length === i)], workers);
    },
    place: async (requests) => {
      const split = shares.map((): PlaceRequest[] => []);
      for (const [file, paths] of requests) split[owner[index.get(file) ?? 0]!]!.push([file, paths]);
      return byFile<YamlPosition[]>('place', (i) => [split[i]]);
    },
    close: () => shares.forEach((share) => share.close()),
  };
}

/** A share on this thread; the reading code (zod, the YAML parser) is loaded on the first call. */
function here(jobs: readonly EntryJob[], options: ChunkOptions): Share {
  let chunk: Promise<EntryChunk> | undefined;
  return {
    call: async <T>(method: Method, ...args: unknown[]) => {
      chunk ??= import('./entry-chunk.ts').then(({ EntryChunk }) => new EntryChunk(jobs, options));
      const share = await chunk;
      return (share[method] as (...args: unknown[]) => unknown)(...args) as T;
    },
    close: () => {},
  };
}

/**
 * Starts the worker from a line of JavaScript that turns on the compile cache (see src/cli/check.ts) before
 * it imports the worker module: started from its TypeScript file, each worker would first load Node's type
 * stripper, about 30 ms, to read that one file.
 */
const BOOT = `require('node:module').enableCompileCache(); import(${JSON.stringify(new URL('./read-entries-worker.ts', import.meta.url).href)});`;

/** A share in a worker thread; if the worker fails, the share is redone on this thread. */
function inWorker(jobs: readonly EntryJob[], options: ChunkOptions): Share {
  const worker = new Worker(BOOT, { eval: true, workerData: { jobs, options } });
  let fallback: Share | undefined;
  const replay: [Method, unknown[]][] = [];
  return {
    async call<T>(method: Method, ...args: unknown[]): Promise<T> {
      if (!fallback) {
        try {
          const result = await new Promise<T>((resolve, reject) => {
            const settle = (done: () => void) => {
              worker.off('message', onMessage).off('error', onError).off('exit', onError);
              done();
            };
            const onMessage = (value: T) => settle(() => resolve(value));
            const onError = (error: unknown) => settle(() => reject(error));
            worker.on('message', onMessage).on('error', onError).on('exit', onError);
            worker.postMessage({ method, args });
          });
          replay.push([method, args]);
          return result;
        } catch {
          fallback = here(jobs, options);
          for (const [done, with_] of replay) await fallback.call(done, ...with_);
        }
      }
      return fallback.call<T>(method, ...args);
    },
    close: () => void worker.terminate(),
  };
}
