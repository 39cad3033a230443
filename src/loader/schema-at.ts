/**
 * The part of a zod schema that validates the value at a path: `schemaAt(articleSchema, ['claims', 0])` is
 * the claim schema. Used to name the fields an object allows and to tell optional fields from required ones.
 */
import type { z } from 'astro/zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Looks through `optional`, `default` and the pipes of `preprocess` and `transform`. */
function unwrap(schema: z.ZodType): z.ZodType {
  for (;;) {
    const def = defOf(schema);
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) schema = def.innerType;
    else if (def.type === 'pipe' && def.in && def.out) schema = defOf(def.in).type === 'transform' ? def.out : def.in;
    else return schema;
  }
}

/** The schema for the value at `path`, or undefined when the path leaves the schema. */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    if (!current) return undefined;
    const def = defOf(unwrap(current));
    if (def.type === 'object' && typeof key === 'string') current = def.shape?.[key];
    else if (def.type === 'array' && typeof key === 'number') current = def.element;
    else return undefined;
  }
  return current;
}

/** The field names an object schema allows, in the order written; empty when it is not an object. */
export function fieldsOf(schema: z.ZodType | undefined): string[] {
  if (!schema) return [];
  const def = defOf(unwrap(schema));
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** True when the field may be left out (it is optional or has a default). */
export function isOptional(schema: z.ZodType | undefined): boolean {
  return schema !== undefined && schema.safeParse(undefined).success;
}
