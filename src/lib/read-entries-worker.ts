/** Worker for {@link readEntries}: reads its share of the files and posts the results back. */
import { parentPort, workerData } from 'node:worker_threads';
import { readEntry, type EntryJob } from './read-entry.ts';

parentPort!.postMessage((workerData as EntryJob[]).map(readEntry));
