/**
 * How the graph's passes report a problem on one entry: its collection, id and file, the field's path and the
 * message. One function, so every report of the graph carries the same fields.
 */
import type { Collection, GraphProblem } from './graph.ts';

/** Reports a problem on the field at `path` of the entry; an error unless said otherwise. */
export type Report = (path: (string | number)[], message: string, severity?: GraphProblem['severity']) => void;

/** A {@link Report} that adds to `problems` for the entry `entry` of `collection`. */
export function reporter(problems: GraphProblem[], collection: Collection, entry: { id: string; file?: string | undefined }): Report {
  return (path, message, severity = 'error') =>
    problems.push({ severity, collection, id: entry.id, ...(entry.file ? { file: entry.file } : {}), path, message });
}
