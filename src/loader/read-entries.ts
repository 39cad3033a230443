/**
 * The content files, split across threads when there are many: reading and validating 10,000 articles and
 * checking their bodies is most of the checker's time, and each file is independent. This thread and the
 * workers take the files in small batches from one shared counter until none is left, so that a thread that
 * starts late (a worker boots while this thread already reads) or runs slow reads fewer; then this thread
 * builds the graph while the workers check every body, this thread's too. Small folders, and a machine whose
 * cores are busy, stay on this thread alone (`threadCount`). Either way the results are the same.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BodyReport, KnownIds } from '../markdown/check-body.ts';
import { EntryChunk, type ChunkOptions, type PlaceRequest } from './entry-chunk.ts';
import type { EntryJob, EntryResult } from './read-entry.ts';
import type { YamlPosition } from './yaml-locate.ts';

/** Below this many files, one thread is faster. */
const PARALLEL_FROM = 400;

/** Batches of files each thread reads between two looks at its messages (this thread) or two parts sent (a worker). */
export const PART = 4;

export interface EntryReader {
  read(): Promise<EntryResult[]>;
  checkBodies(known: KnownIds): Promise<Map<string, BodyReport>>;
  place(requests: Map<string, (string | number)[][]>): Promise<Map<string, YamlPosition[]>>;
  close(): void;
}

/** What a worker answers to `read`: its results by job index, without the jobs, which this thread has. */
export type WorkerResult = [index: number, result: Omit<EntryResult, 'job'>];

/**
 * How many threads read `files` files: one for a small folder, since starting a worker costs more than it
 * saves; otherwise one for each core not kept busy by other work, at most 8 (`busy`: see {@link busyCores}).
 * On cores that are all busy a worker only takes time from this thread, with its own start-up on top: on 2
 * cores at a load of 4, 1,000 articles took 1.7 s with a worker and 1.3 s without, 10,000 took 8.7 s and 7.8 s.
 */
export function threadCount(files: number, cores: number = availableParallelism(), busy: number = busyCores()): number {
  if (files < PARALLEL_FROM) return 1;
  return Math.max(1, Math.min(8, cores, Math.ceil(cores - busy)));
}

/**
 * How many cores other work keeps busy now: on Linux the threads ready to run at this moment, less this one
 * (the fourth field of /proc/loadavg, `2/345`); elsewhere the load average of the last minute. The load
 * average lags: just after a command that kept a core busy (a corpus written, a build) it still counts it,
 * and a check that follows would read its files on one thread of two idle cores.
 */
export function busyCores(loadavgText?: string): number {
  try {
    const running = Number((loadavgText ?? readFileSync('/proc/loadavg', 'utf8')).split(' ')[3]?.split('/')[0]);
    if (Number.isInteger(running) && running >= 1) return running - 1;
  } catch {
    // Not Linux: no /proc.
  }
  return loadavg()[0]!;
}

/** Reads `jobs` on `count` threads: this one, and `count - 1` workers. */
export function entryReader(jobs: readonly EntryJob[], options: ChunkOptions = { bodies: true }, count = threadCount(jobs.length)): EntryReader {
  /** The index of the next job to read, shared by every thread. */
  const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  // The workers start first: they boot while this thread starts reading. The reading code is imported
  // statically: a build loads the content in a hook of `claimdesk()`, after Astro has closed the Vite module
  // runner that ran astro.config.ts and its imports, and an `import()` there fails ("Vite module runner has been closed").
  const workers = Array.from({ length: count - 1 }, () => inWorker(jobs, options, next));
  const load = () => Promise.resolve().then(() => new EntryChunk(jobs, options));
  /** This thread's share, also at hand without an `await` once loaded. */
  let loaded: EntryChunk | undefined;
  const mine = load().then((chunk) => (loaded = chunk));
  /** Set when a worker fails: from then on, every file is read and answered for on this thread. */
  let alone: Promise<EntryChunk> | undefined;
  const fallBack = () =>
    (alone ??= load().then((chunk) => {
      chunk.read();
      return chunk;
    }));
  const index = new Map(jobs.map((job, j) => [job.file, j]));
  /** Which share holds each job's file: 0 for this thread, w + 1 for `workers[w]`; set by `read`. */
  const owner = new Array<number>(jobs.length).fill(0);
  /** Answers by file, back in the order of the jobs. */
  const inOrder = <T>(answers: [string, T][][]) => new Map(answers.flat().sort(([a], [b]) => index.get(a)! - index.get(b)!));
  /** The workers' answers to a call; a failure is handled where they are awaited, not as an unhandled rejection meanwhile. */
  const ask = <T>(call: (worker: ReturnType<typeof inWorker>, w: number) => Promise<T>) => {
    const answers = Promise.all(workers.map(call));
    answers.catch(() => {});
    return answers;
  };
  /** Runs `parallel`, or, once a worker has failed, `single` on this thread. */
  const guarded = async <T>(parallel: () => Promise<T>, single: (chunk: EntryChunk) => T): Promise<T> => {
    if (!alone && workers.length > 0) {
      try {
        return await parallel();
      } catch {
        // A worker failed (out of memory, say): its files are read again here.
      }
    }
    return single(await (alone ?? (workers.length > 0 ? fallBack() : mine)));
  };

  return {
    read: () =>
      guarded(
        async () => {
          const results = new Array<EntryResult>(jobs.length);
          // The workers send their results in parts as they read: each copy costs this thread time either way,
          // and taken in between its own batches it does not wait at the end.
          const theirs = ask((worker, w) =>
            worker.call('read', [], (part: WorkerResult[]) => {
              for (const [j, result] of part) {
                // The copy that came from the worker takes its job back, rather than being copied once more.
                results[j] = Object.assign(result, { job: jobs[j]! });
                owner[j] = w + 1;
              }
            }),
          );
          const chunk = await mine;
          for (let part = chunk.read(next, PART); part.length > 0; part = chunk.read(next, PART)) {
            for (const result of part) results[index.get(result.job.file)!] = result;
            await new Promise(setImmediate);
          }
          await theirs;
          return results;
        },
        (chunk) => chunk.read(),
      ),
    checkBodies: (known) =>
      guarded(
        async () => {
          // This thread's bodies are dealt to the workers, to be checked while this thread builds the graph: posted
          // before the first `await`, since the graph then keeps this thread busy. `read` has loaded the chunk.
          const bodies = loaded!.bodies();
          const answers = ask((worker, w) =>
            worker.call<[string, BodyReport][]>('checkBodies', [known, bodies.filter((_, j) => j % workers.length === w)]),
          );
          return inOrder(await answers);
        },
        (chunk) => inOrder([chunk.checkBodies(known)]),
      ),
    place: (requests) =>
      guarded(
        async () => {
          const split = [[], ...workers.map(() => [])] as PlaceRequest[][];
          for (const [file, paths] of requests) split[owner[index.get(file) ?? 0]!]!.push([file, paths]);
          const answers = ask((worker, w) => worker.call<[string, YamlPosition[]][]>('place', [split[w + 1]]));
          const here = loaded!.place(split[0]!);
          return inOrder([here, ...(await answers)]);
        },
        (chunk) => inOrder([chunk.place([...requests])]),
      ),
    close: () => workers.forEach((worker) => worker.close()),
  };
}

/**
 * Starts the worker from a line of JavaScript that turns on the compile cache (see src/cli/check.ts) before
 * it imports the worker module: started from its TypeScript file, each worker would first load Node's type
 * stripper, about 30 ms, to read that one file.
 */
const BOOT = `require('node:module').enableCompileCache(); import(${JSON.stringify(new URL('./read-entries-worker.ts', import.meta.url).href)});`;

/** What a worker posts: a part of its answer to `read`, or its whole answer. */
export type WorkerMessage = { part: WorkerResult[] } | { answer: unknown };

/** A worker thread holding the files it read; a call fails if the worker does. */
function inWorker(jobs: readonly EntryJob[], options: ChunkOptions, next: Int32Array) {
  const worker = new Worker(BOOT, { eval: true, workerData: { jobs, options, next } });
  return {
    call: <T>(method: 'read' | 'checkBodies' | 'place', args: unknown[], onPart?: (part: WorkerResult[]) => void) =>
      new Promise<T>((resolve, reject) => {
        const settle = (done: () => void) => {
          worker.off('message', onMessage).off('error', onError).off('exit', onError);
          done();
        };
        const onMessage = (message: WorkerMessage) => {
          if ('part' in message) onPart?.(message.part);
          else settle(() => resolve(message.answer as T));
        };
        const onError = (error: unknown) => settle(() => reject(error));
        worker.on('message', onMessage).on('error', onError).on('exit', onError);
        worker.postMessage({ method, args });
      }),
    close: () => void worker.terminate(),
  };
}
