/** The parts of the `js-yaml` package this project uses (it ships no types). */
declare module 'js-yaml' {
  /** YAML 1.2 core schema: null, booleans, integers and floats; no dates, no custom tags. */
  export const CORE_SCHEMA: unknown;
  /** Parses one YAML document; throws a `YAMLException` on a syntax error or a duplicate key. */
  export function load(input: string, options?: { schema?: unknown; filename?: string }): unknown;
}
