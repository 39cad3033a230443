/**
 * JSON Schemas of the open data files, generated from their zod schemas with Zod 4's `z.toJSONSchema`.
 * The content schemas trim text with transforms, which JSON Schema cannot express; such a field is
 * documented by the schema of its input, which is what the published value satisfies.
 */
import { z } from 'astro/zod';
import { calendarDateSchema, edtfSchema, urlSchema } from '../schemas/common.ts';
import { OPEN_DATA_FILES, type OpenDataName } from '../schemas/open-data.ts';

type JsonSchema = Record<string, unknown>;

/**
 * What the refinements of the shared field types check, which JSON Schema would otherwise lose. Keyed by
 * the schema's definition, which `.meta()` copies keep.
 */
const FIELD_DOCS = new Map<unknown, JsonSchema>([
  [calendarDateSchema._zod.def, { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A calendar day, YYYY-MM-DD.' }],
  [edtfSchema._zod.def, { type: 'string', description: 'A date in EDTF (ISO 8601-2), as precise as the source allows: 2024, 2024-04, 2024-04-19, 2025-05~ (approximate), 2025-05-12? (uncertain), 2024-04-19/2024-04-21 (a range).' }],
  [urlSchema._zod.def, { type: 'string', format: 'uri', pattern: '^https?://', maxLength: 2000 }],
]);

/** The JSON Schema (draft 2020-12) of `/data/<name>.json`, with `$id` at `schemaUrl`. */
export function openDataJsonSchema(name: OpenDataName, schemaUrl: string): JsonSchema {
  const schema = z.toJSONSchema(OPEN_DATA_FILES[name], {
    io: 'output',
    unrepresentable: 'any',
    override: (ctx) => {
      const target = ctx.jsonSchema as JsonSchema;
      const def = ctx.zodSchema._zod.def;
      const known = FIELD_DOCS.get(def);
      let replacement: JsonSchema | undefined;
      const pipe = def.type === 'pipe' ? (def as z.core.$ZodPipeDef) : undefined;
      if (pipe && pipe.out._zod.def.type === 'transform') {
        replacement = z.toJSONSchema(pipe.in, { io: 'input' }) as JsonSchema;
        delete replacement.$schema;
      }
      if (known) replacement = { ...known, ...(target.description ? { description: target.description } : {}) };
      if (replacement) {
        for (const key of Object.keys(target)) if (key !== 'description') delete target[key];
        Object.assign(target, replacement);
      }
    },
  }) as JsonSchema;
  const { $schema, ...rest } = schema;
  return { $schema, $id: schemaUrl, ...rest };
}
