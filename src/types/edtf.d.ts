/** The parts of the `edtf` package this project uses (it ships no types). */
declare module 'edtf' {
  /** Parses an EDTF string into its syntax tree; throws on anything that is not EDTF. */
  export function parse(input: string): { type: string; level: number; values: unknown[] } & Record<string, unknown>;
}
