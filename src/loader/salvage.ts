/**
 * The valid part of an entry that failed its schema, so that its cross-references are still checked and
 * an editor sees every problem in one pass. Unknown fields are dropped; a bad optional field is removed; a
 * bad list item (a claim, an event, an id) is removed with everything in it; a bad required top-level field
 * gets a placeholder. The result never reaches a page: the entry's errors stop the build.
 */
import type { z } from 'astro/zod';
import { isOptional, schemaAt } from './schema-at.ts';

type Path = (string | number)[];

export interface Salvaged<T> {
  /** The repaired data, valid for the schema; undefined when nothing could be kept. */
  data?: T;
  /** List items removed whole, with their path (`['claims', 2]`) and their value as written. */
  dropped: { path: Path; value: unknown }[];
}

interface Action {
  kind: 'delete' | 'set' | 'remove';
  path: Path;
  value?: unknown;
}

/**
 * Repairs `data` until `schema` accepts it (a few rounds at most). `placeholders` holds a valid stand-in for
 * each required top-level field.
 */
export function salvage<T>(schema: z.ZodType<T>, data: unknown, placeholders: Readonly<Record<string, unknown>>): Salvaged<T> {
  const value = structuredClone(data);
  const dropped: Salvaged<T>['dropped'] = [];
  for (let round = 0; round < 4; round++) {
    const result = schema.safeParse(value);
    if (result.success) return { data: result.data, dropped };
    const actions: Action[] = [];
    for (const issue of result.error.issues) {
      const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) actions.push({ kind: 'delete', path: [...path, key] });
        continue;
      }
      const action = repair(schema, value, path, placeholders);
      if (!action) return { dropped };
      actions.push(action);
    }
    apply(value, actions, dropped);
  }
  return { dropped };
}

/** The smallest change that removes the problem at `path`: remove the nearest list item or optional field. */
function repair(schema: z.ZodType, root: unknown, path: Path, placeholders: Readonly<Record<string, unknown>>): Action | undefined {
  for (let depth = path.length; depth >= 1; depth--) {
    const at = path.slice(0, depth);
    const key = at.at(-1)!;
    const parent = get(root, at.slice(0, -1));
    if (Array.isArray(parent) && typeof key === 'number') return { kind: 'remove', path: at };
    if (typeof key === 'string' && isOptional(schemaAt(schema, at))) return { kind: 'delete', path: at };
    if (depth === 1 && typeof key === 'string' && key in placeholders) return { kind: 'set', path: at, value: placeholders[key] };
  }
  return undefined;
}

function apply(root: unknown, actions: Action[], dropped: Salvaged<unknown>['dropped']) {
  for (const action of actions) {
    if (action.kind === 'remove') continue;
    const parent = get(root, action.path.slice(0, -1));
    if (parent === null || typeof parent !== 'object') continue;
    const key = action.path.at(-1)!;
    if (action.kind === 'delete') delete (parent as Record<string | number, unknown>)[key];
    else (parent as Record<string | number, unknown>)[key] = structuredClone(action.value);
  }
  // Deepest first, then from the end of each list, so that removing one item does not shift another.
  const removals = actions
    .filter((action) => action.kind === 'remove')
    .sort((a, b) => b.path.length - a.path.length || (b.path.at(-1) as number) - (a.path.at(-1) as number));
  const seen = new Set<string>();
  for (const { path } of removals) {
    const id = JSON.stringify(path);
    if (seen.has(id)) continue;
    seen.add(id);
    const list = get(root, path.slice(0, -1));
    if (!Array.isArray(list)) continue;
    const [item] = list.splice(path.at(-1) as number, 1);
    dropped.push({ path, value: item });
  }
}

/**
 * The path in the data as written of a path in the repaired data: after `claims[0]` was dropped, the
 * repaired `claims[0]` is the written `claims[1]`.
 */
export function restorePath(dropped: readonly { path: Path }[], path: Path): Path {
  const restored = [...path];
  for (let i = dropped.length - 1; i >= 0; i--) {
    const removed = dropped[i]!.path;
    const depth = removed.length - 1;
    const index = restored[depth];
    if (typeof index === 'number' && index >= (removed[depth] as number) && removed.slice(0, depth).every((key, k) => restored[k] === key)) {
      restored[depth] = index + 1;
    }
  }
  return restored;
}

function get(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}
