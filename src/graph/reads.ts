/**
 * What each output of a build read of the content, for edit builds (docs/edit-builds.md): while a page or a
 * feed renders, every entity it reads through the query layer is noted as a key (`article:<id>`, `claim:<id>`,
 * `party:<id>`, `source:<id>`, `event:<id>`, `body:<id>` for an article's text, `articles:*` for the whole
 * list of a kind, `timeline:<event id>` for the page an event is on). The build keeps the keys of each output
 * with a digest of each (src/build/content-digests.ts); the next build renders again only the outputs one of
 * whose keys changed.
 *
 * The log is an `AsyncLocalStorage`: the page renderer runs each render inside {@link collectReads}, and a read
 * anywhere below it, across awaits, lands in that render's set. Pages are bundled apart from the config, so the
 * storage is a global of the process (as `src/query/shared-content.ts` is); outside a render, reads go nowhere.
 * Free of Astro.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const LOG = Symbol.for('claimdesk.reads');
const shared = globalThis as Record<symbol, unknown>;
const log = (shared[LOG] ??= new AsyncLocalStorage<Set<string>>()) as AsyncLocalStorage<Set<string> | undefined>;

/** Notes that the output being rendered read `key`. */
export function recordRead(key: string): void {
  log.getStore()?.add(key);
}

/** Notes several keys at once. */
export function recordReads(keys: Iterable<string>): void {
  const store = log.getStore();
  if (store) for (const key of keys) store.add(key);
}

/** Runs `fn` with a log of its own, which it returns beside `fn`'s value (a promise's reads go on until it settles). */
export function collectReads<T>(fn: () => T): { value: T; reads: Set<string> } {
  const reads = new Set<string>();
  return { value: log.run(reads, fn), reads };
}

/** Runs `fn` with no log: what it reads is noted nowhere (a layout made once for every page). */
export function withoutReads<T>(fn: () => T): T {
  return log.run(undefined, fn);
}

/**
 * A function of the graph computed once per graph, whose reads are noted again at every call: the second page
 * that asks for the claims by status depends on every claim as the first did, though it computes nothing.
 */
export function memoByGraph<G extends object, T>(compute: (graph: G) => T): (graph: G) => T {
  const cache = new WeakMap<G, { value: T; reads: Set<string> }>();
  return (graph) => {
    let entry = cache.get(graph);
    if (!entry) cache.set(graph, (entry = collectReads(() => compute(graph))));
    recordReads(entry.reads);
    return entry.value;
  };
}

/**
 * A read-only view of `map` that notes `<kind>:<key>` for each `get` or `has`, and `<list>:*` (the whole
 * list, in order: `parties:*`) when it is walked or counted.
 */
export function recordingMap<K extends string, V>(kind: string, list: string, map: ReadonlyMap<K, V>): Map<K, V> {
  const all = `${list}:*`;
  const walk = () => {
    recordRead(all);
    return map;
  };
  const view = {
    get: (key: K) => (recordRead(`${kind}:${key}`), map.get(key)),
    has: (key: K) => (recordRead(`${kind}:${key}`), map.has(key)),
    get size() {
      return walk().size;
    },
    keys: () => walk().keys(),
    values: () => walk().values(),
    entries: () => walk().entries(),
    forEach: (fn: (value: V, key: K, map: ReadonlyMap<K, V>) => void, self?: unknown) => walk().forEach(fn, self),
    [Symbol.iterator]: () => walk()[Symbol.iterator](),
    [Symbol.toStringTag]: 'Map',
  };
  return view as unknown as Map<K, V>;
}
