/**
 * Runs a command and measures it: wall time, and the peak resident memory of its whole process tree
 * (the command and every descendant, summed), sampled from /proc every 100 ms.
 */
import { spawn } from 'node:child_process';
import { openSync, closeSync, readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  seconds: number;
  peakMb: number;
  code: number | null;
}

const PAGE = 4096;

/** Sum of the resident set sizes, in bytes, of `root` and all its descendants. */
export function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // the process ended while we looked
    }
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(name);
    const ppid = Number(fields[1]);
    rss.set(pid, Number(fields[21]) * PAGE);
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs `command args` with `env` added, its output going to `logFile`; resolves when it exits. */
export function measure(command: string, args: string[], options: { cwd: string; env: Record<string, string>; logFile: string }): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const log = openSync(options.logFile, 'w');
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', log, log] });
    let peak = 0;
    const sample = () => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    };
    const timer = setInterval(sample, 100);
    child.on('error', (error) => {
      clearInterval(timer);
      closeSync(log);
      reject(error);
    });
    child.on('exit', (code) => {
      clearInterval(timer);
      closeSync(log);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolve({ seconds, peakMb: peak / 2 ** 20, code });
    });
  });
}
