/**
 * What each output of a build read of the content, for edit builds (docs/edit-builds.md): while a page or a
 * feed renders, every entity it reads through the query layer is noted as a key (`article:<id>`, `claim:<id>`,
 * `party:<id>`, `source:<id>`, `event:<id>` for its own data, `party.claimsMade:<id>` for one of its lists,
 * `body:<id>` for an article's text, `articles:*` for which articles there are and in what order,
 * `timeline:<event id>` for the page an event is on, and a key of its own for each list made once per build). The build keeps the keys of each output
 * with a digest of each (src/build/content-digests.ts); the next build renders again only the outputs one of
 * whose keys changed.
 *
 * The log is an `AsyncLocalStorage`: the page renderer runs each render inside {@link collectReads}, and a read
 * anywhere below it, across awaits, lands in that render's set. Pages are bundled apart from the config, so the
 * storage is a global of the process (as `src/query/shared-content.ts` is); outside a render, reads go nowhere.
 * Free of Astro.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { listKey, NODE_LISTS } from './node-lists.ts';

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
 * A function of the graph computed once per graph, which notes `keys` at every call and nothing while it
 * computes: a list made once and read by many pages depends on one coarse key, whose digest
 * (src/build/content-digests.ts) covers what the value was made of beyond the entities in it, not one key
 * per entity. The entities in it are views (`recordingMap`) that note their own keys as a page reads them.
 */
export function memoByGraph<G extends object, T>(keys: string | readonly string[], compute: (graph: G) => T): (graph: G) => T {
  const cache = new WeakMap<G, { value: T }>();
  const noted = typeof keys === 'string' ? [keys] : keys;
  return (graph) => {
    recordReads(noted);
    let entry = cache.get(graph);
    if (!entry) cache.set(graph, (entry = { value: withoutReads(() => compute(graph)) }));
    return entry.value;
  };
}

/**
 * A view of a node that notes `<kind>:<id>` when its data is read and `<kind>.<list>:<id>` when one of its
 * lists is (`node-lists.ts`); reading its id notes nothing (the list it came from, or the look-up that gave it,
 * was noted). Made once per node.
 */
function recordingNode<V extends object>(kind: string, id: string, node: V): V {
  const own = `${kind}:${id}`;
  const lists = new Map((NODE_LISTS[kind] ?? []).map((list) => [list, listKey(kind, list, id)] as [PropertyKey, string]));
  const note = (field: PropertyKey) => {
    if (field !== 'id') log.getStore()?.add(lists.get(field) ?? own);
  };
  return new Proxy(node, {
    get(target, field) {
      note(field);
      return (target as Record<PropertyKey, unknown>)[field];
    },
    has(target, field) {
      note(field);
      return field in target;
    },
    ownKeys(target) {
      note('');
      return Reflect.ownKeys(target);
    },
  });
}

/**
 * A read-only view of `map` that notes `<kind>:<key>` for each `get` or `has`, and `<list>:*` (which entities,
 * in order: `parties:*`) when it is walked or counted. With `nodes`, the values it hands out are views that
 * note what is read of each (`recordingNode`).
 */
export function recordingMap<K extends string, V>(kind: string, list: string, map: ReadonlyMap<K, V>, { nodes = false }: { nodes?: boolean } = {}): Map<K, V> {
  const all = `${list}:*`;
  const walk = () => {
    recordRead(all);
    return map;
  };
  const views = new Map<K, V>();
  const view = nodes
    ? (key: K, value: V): V => {
        let made = views.get(key);
        if (made === undefined) views.set(key, (made = recordingNode(kind, key, value as V & object)));
        return made;
      }
    : (_key: K, value: V): V => value;
  const get = (key: K) => {
    const value = map.get(key);
    return value === undefined ? value : view(key, value);
  };
  const entries = () => walk().entries().map(([key, value]) => [key, view(key, value)] as [K, V]);
  const mapView = {
    get: (key: K) => (recordRead(`${kind}:${key}`), get(key)),
    has: (key: K) => (recordRead(`${kind}:${key}`), map.has(key)),
    get size() {
      return walk().size;
    },
    keys: () => walk().keys(),
    values: () => entries().map(([, value]) => value),
    entries,
    forEach: (fn: (value: V, key: K, map: ReadonlyMap<K, V>) => void, self?: unknown) => {
      for (const [key, value] of entries()) fn.call(self, value, key, mapView as unknown as ReadonlyMap<K, V>);
    },
    [Symbol.iterator]: entries,
    [Symbol.toStringTag]: 'Map',
  };
  return mapView as unknown as Map<K, V>;
}
