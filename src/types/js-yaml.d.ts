/** The parts of `js-yaml` (the YAML parser Astro itself uses) this project uses; it ships no types. */
declare module 'js-yaml' {
  export interface Schema {
    readonly __schema: unique symbol;
  }
  /** YAML 1.2 core types only: no timestamps, so `2025-02-30` stays the text the editor wrote. */
  export const CORE_SCHEMA: Schema;
  /** The parser's state as a node opens or closes: `position` is an offset into the text. */
  export interface ListenerState {
    position: number;
    kind: 'scalar' | 'sequence' | 'mapping' | null;
    result: unknown;
  }
  export interface LoadOptions {
    schema?: Schema;
    filename?: string;
    /** Called as each node opens and closes (undocumented, stable since js-yaml 3). */
    listener?: (event: 'open' | 'close', state: ListenerState) => void;
  }
  export function load(text: string, options?: LoadOptions): unknown;
  export class YAMLException extends Error {
    reason: string;
    mark?: { line: number; column: number; position: number };
  }
}
