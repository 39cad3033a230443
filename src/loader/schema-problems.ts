/**
 * Zod's issues, in the words an editor needs: what is wrong, with the bad value shown, then the fix.
 * `Unrecognized key: "bylin"` becomes `unknown field "bylin"; did you mean "byline"?` on that key's path;
 * a missing field says which field to add; a wrong type shows what was written instead.
 */
import type { z } from 'astro/zod';
import { fieldsOf, schemaAt } from './schema-at.ts';
import { count } from '../core/count.ts';
import { suggest, unknownId } from '../core/suggest.ts';

/** One problem with a field: its path in the data and the message, without the field name. */
export interface FieldProblem {
  path: (string | number)[];
  message: string;
}

/** The zod issue as this module reads it (zod's own types are a union too wide to narrow usefully). */
interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  expected?: string;
  keys?: string[];
  values?: unknown[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}

const NOUNS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: '`true` or `false`',
  array: 'a list, such as `[a, b]`',
  object: 'a set of fields (`name: value` lines)',
};

/** Messages for the issues our schemas leave to zod's defaults. */
function defaultMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${NOUNS[issue.expected ?? ''] ?? issue.expected}`;
    case 'too_small':
      return issue.origin === 'array' ? `needs at least ${count(Number(issue.minimum), 'entry', 'entries')}` : `must be at least ${issue.minimum} characters`;
    case 'too_big':
      return issue.origin === 'array' ? `has more than ${issue.maximum} entries; remove some` : `is longer than ${issue.maximum} characters; shorten it`;
    case 'invalid_format':
      return 'is not in the expected format';
    default:
      return 'is not valid';
  }
}

/** Validates `data` against `schema`; on failure, every problem in editor's words. */
export function validate<T>(schema: z.ZodType<T>, data: unknown): { success: true; data: T } | { success: false; problems: FieldProblem[] } {
  const fast = schema.safeParse(data);
  if (fast.success) return { success: true, data: fast.data };
  // Parse again with the inputs kept: only failing files pay for it.
  const detailed = schema.safeParse(data, { reportInput: true, error: (issue) => defaultMessage(issue as unknown as Issue) });
  const issues = (detailed.success ? fast.error.issues : detailed.error.issues) as unknown as Issue[];
  // `bylin:` written for `byline:` says so; "byline is missing" on top of it would only be noise.
  const meant = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const allowed = fieldsOf(schemaAt(schema, issue.path));
    for (const key of issue.keys ?? []) {
      const near = suggest(key, allowed);
      if (near) meant.add(JSON.stringify([...issue.path, near]));
    }
  }
  const problems = issues
    .filter((issue) => !(issue.input === undefined && issue.code !== 'unrecognized_keys' && meant.has(JSON.stringify(issue.path))))
    .flatMap((issue) => describeIssue(issue, schema));
  return { success: false, problems };
}

/** One zod issue as field problems (an `unrecognized_keys` issue names several fields). */
export function describeIssue(issue: Issue, root: z.ZodType): FieldProblem[] {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const allowed = fieldsOf(schemaAt(root, path));
    return (issue.keys ?? []).map((key) => {
      return { path: [...path, key], message: unknownId('field', key, allowed, `remove it, or use one of: ${allowed.join(', ')}`) };
    });
  }
  const { input } = issue;
  const last = path.at(-1);
  if (input === undefined && typeof last === 'string') {
    return [{ path, message: `is missing; add \`${last}:\`, which ${issue.message}` }];
  }
  if (input === null) {
    const what = issue.message.split('; ')[0];
    return [{ path, message: typeof last === 'number' ? `is an empty list item; fill it in (it ${what}) or remove the line` : `has no value; write one after the colon (it ${what}) or remove the line` }];
  }
  if (issue.code === 'invalid_value' && issue.values) {
    const choices = issue.values.map(String);
    // `status: false` is YAML's false, not the text `false`: say so, rather than "false is not one of … `false`".
    if ((typeof input === 'boolean' || typeof input === 'number') && choices.includes(String(input))) {
      return [{ path, message: `${String(input)} without quotes is read as ${typeof input === 'boolean' ? 'yes/no' : 'a number'}, not as the value \`${String(input)}\`; put it in quotes: "${String(input)}"` }];
    }
    const near = typeof input === 'string' ? suggest(input, choices) : undefined;
    const list = choices.map((choice) => `\`${choice}\``).join(', ');
    return [{ path, message: `${show(input)} is not one of ${list}; ${near ? `did you mean "${near}"?` : 'use one of them'}` }];
  }
  let message = issue.message;
  // A check on a whole list or object (assessment order, repeated ids) names the bad value itself.
  const aboutPart = issue.code === 'custom' && typeof input === 'object';
  const shown = typeof input === 'string' && (message.includes(`\`${input}\``) || message.includes(`"${input}"`));
  if (!aboutPart && !shown) {
    message = withValue(message, show(input));
  }
  if (issue.code === 'invalid_type') message += typeHint(issue.expected, input);
  return [{ path, message }];
}

/** `is empty; write the text` with `"  "` becomes `is empty (got "  "); write the text`. */
function withValue(message: string, shown: string): string {
  const cut = message.indexOf('; ');
  return cut === -1 ? `${message} (got ${shown})` : `${message.slice(0, cut)} (got ${shown})${message.slice(cut)}`;
}

function typeHint(expected: string | undefined, input: unknown): string {
  if (expected === 'string' && (typeof input === 'number' || typeof input === 'boolean')) return `; put it in quotes: "${String(input)}"`;
  if (expected === 'array' && typeof input === 'string') return `; write it as a list: [${input}]`;
  return '';
}

const MAX_SHOWN = 40;

/** A value as the editor would recognise it: `"Gaza"`, `42`, `a list`. Long text is cut, with its length. */
export function show(value: unknown): string {
  if (typeof value === 'string') {
    const chars = [...value];
    return chars.length > MAX_SHOWN ? `${JSON.stringify(chars.slice(0, MAX_SHOWN).join(''))}… (${chars.length} characters)` : JSON.stringify(value);
  }
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (value === null) return 'nothing';
  if (typeof value === 'object') return 'a set of fields';
  return String(value);
}
