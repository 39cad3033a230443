import { describe, expect, test } from 'vitest';
import { slugify } from '../../src/core/slugify.ts';

describe('slugify', () => {
  test('returns lower-case ASCII words joined by hyphens', () => {
    expect(slugify('Hamas official: US broke a “promise”!')).toBe('hamas-official-us-broke-a-promise');
    expect(slugify('Pezeshkian à Téhéran')).toBe('pezeshkian-a-teheran');
    expect(slugify('a'.repeat(90))).toHaveLength(80);
    expect(slugify('¿?')).toBe('');
  });
});
