/**
 * Lowers the scheduling priority of the calling thread (Linux: a thread has a nice value of its own, and a
 * process it starts inherits it). A build's page rendering is one thread, its critical path; the thread that
 * renders the article texts and feeds the search index, and Pagefind's process, work beside it and should
 * yield to it when every core is busy rather than take turns with it. Returns whether it could.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** `nice`: 0 (normal) to 19 (lowest). */
export function lowerThreadPriority(nice = 10): boolean {
  try {
    // `/proc/thread-self` links to `<pid>/task/<tid>`: setpriority on a thread id sets that thread alone.
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0) return false;
    setPriority(tid, nice);
    return true;
  } catch {
    return false; // not Linux, or not allowed: the thread keeps its priority
  }
}
