import type { z } from 'astro/zod';

/** The issues of a failed parse as `path: message` lines, for assertions that name the field. */
export function issues(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}
