/**
 * Lists without repeats, in the order first met: the graph's lists of ids (an article's parties, an event's
 * claims) are short, so a scan beats a set and keeps the order.
 */

/** Adds `value` to `list` unless it is there already. */
export function pushUnique(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

/** Adds `value` to the list of `key` in `index`, unless it is there already. */
export function indexAdd(index: Map<string, string[]>, key: string, value: string): void {
  const list = index.get(key);
  if (list) pushUnique(list, value);
  else index.set(key, [value]);
}
