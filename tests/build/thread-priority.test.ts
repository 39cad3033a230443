import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describe, expect, test } from 'vitest';

/** Runs `lowerThreadPriority` in a thread of its own and reports the priorities it then sees. */
function inThread(): Promise<{ lowered: boolean; thread: number; process: number }> {
  const code = `
    const { parentPort } = require('node:worker_threads');
    const { getPriority } = require('node:os');
    const { readlinkSync } = require('node:fs');
    import(${JSON.stringify(new URL('../../src/build/thread-priority.ts', import.meta.url).href)}).then(({ lowerThreadPriority }) => {
      const lowered = lowerThreadPriority(7);
      const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
      parentPort.postMessage({ lowered, thread: getPriority(tid), process: getPriority(process.pid) });
    });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true });
    worker.once('message', (message) => void worker.terminate().then(() => resolve(message)));
    worker.once('error', reject);
  });
}

// Thread priorities are Linux's: elsewhere the function only reports that it could not.
describe.runIf(process.platform === 'linux')('lowerThreadPriority', () => {
  test('lowers the calling thread alone, not the rest of the process', async () => {
    const before = getPriority(process.pid);
    const seen = await inThread();
    expect(seen.lowered).toBe(true);
    expect(seen.thread).toBe(Math.max(before, 7));
    expect(seen.process).toBe(before);
    expect(getPriority(process.pid)).toBe(before);
  });
});
