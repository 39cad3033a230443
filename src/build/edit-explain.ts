/**
 * Why an edit build renders what it renders (docs/edit-builds.md): for each key (src/graph/reads.ts) whose
 * digest changed since the last build, how many of the outputs to render again read it, and of which routes.
 * Every edit build logs the keys that caused the most; `CLAIMDESK_EDIT_EXPLAIN=1` logs each changed key with
 * its routes, for an editor or a CI maintainer who wants to know why a one-line change rendered half the site.
 * Pure.
 */
import { count } from '../core/count.ts';
import { ABSENT } from './content-digests.ts';

export interface Cause {
  key: string;
  /** The entity or list was added (no digest before), removed (none now), or changed. */
  change: 'added' | 'removed' | 'changed';
  /** How many outputs to render again read the key. */
  outputs: number;
  /** Of those, how many of each route, most first. */
  routes: [route: string, outputs: number][];
}

/** A cause for outputs whose file is gone from the output folder. */
export const MISSING_FILE = '(its file is gone from the output folder)';

/** Collects the causes as the plan finds stale outputs: `add` each one, then `causes()`, most outputs first. */
export function causeCounter(keys: readonly string[], before: readonly string[], now: (key: string) => string) {
  const byKey = new Map<number, Map<string, number>>();
  const note = (i: number, route: string) => {
    let routes = byKey.get(i);
    if (!routes) byKey.set(i, (routes = new Map()));
    routes.set(route, (routes.get(route) ?? 0) + 1);
  };
  return {
    /** An output to render again: `changed`, the indexes of its keys whose digest changed (none: its file is gone). */
    add(route: string, changed: readonly number[]) {
      if (changed.length === 0) note(-1, route);
      for (const i of changed) note(i, route);
    },
    causes(): Cause[] {
      return [...byKey]
        .map(([i, routes]): Cause => {
          const key = i === -1 ? MISSING_FILE : keys[i]!;
          const change = i === -1 ? 'changed' : before[i] === ABSENT ? 'added' : now(key) === ABSENT ? 'removed' : 'changed';
          const sorted = [...routes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
          return { key, change, outputs: sorted.reduce((sum, [, n]) => sum + n, 0), routes: sorted };
        })
        .sort((a, b) => b.outputs - a.outputs || a.key.localeCompare(b.key));
    },
  };
}

const KINDS: Record<string, string> = { article: 'article', body: 'the text of article', party: 'party', source: 'source', claim: 'claim', event: 'event', timeline: 'the timeline place of event' };

/** A key in words: `party.claimsMade:p-12` is "the claimsMade list of party p-12". */
export function describeKey(key: string): string {
  const colon = key.indexOf(':');
  if (colon === -1) return key;
  const [kind, list] = key.slice(0, colon).split('.') as [string, string | undefined];
  const id = key.slice(colon + 1);
  if (id === '*') return list ? `the ${list} of every ${kind}` : `the list of all ${kind}`;
  const what = `${KINDS[kind] ?? kind} ${id}`;
  return list ? `the ${list} list of ${what}` : what;
}

/** One line: the `top` causes, as "4,120 outputs read party.claimsMade:p-12 (changed)". */
export function summariseCauses(causes: readonly Cause[], top = 3): string {
  if (causes.length === 0) return 'nothing changed that an output read';
  const shown = causes.slice(0, top).map((cause) => `${count(cause.outputs, 'output')} read ${cause.key} (${cause.change})`);
  const rest = causes.length - top;
  return `${shown.join(', ')}${rest > 0 ? `, and ${count(rest, 'other changed key', 'other changed keys')}` : ''}`;
}

/** Every cause in full, a line each with its routes, for `CLAIMDESK_EDIT_EXPLAIN=1`. */
export function explainCauses(causes: readonly Cause[], limit = 40): string[] {
  const lines = causes.slice(0, limit).map((cause) => {
    const routes = cause.routes.slice(0, 4).map(([route, n]) => `${n.toLocaleString('en')} ${route}`);
    const more = cause.routes.length > 4 ? `, ${count(cause.routes.length - 4, 'other route', 'other routes')}` : '';
    return `${count(cause.outputs, 'output')} read ${cause.key}, ${describeKey(cause.key)}, ${cause.change}: ${routes.join(', ')}${more}`;
  });
  if (causes.length > limit) lines.push(`and ${count(causes.length - limit, 'other changed key', 'other changed keys')}`);
  return lines;
}

/** Whether the environment asks for the full explanation. */
export function explainWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.CLAIMDESK_EDIT_EXPLAIN;
  return value !== undefined && value !== '' && value !== '0';
}
