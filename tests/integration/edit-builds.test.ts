import { describe, expect, test } from 'vitest';
import { forcedClean } from '../../src/integration/edit-builds.ts';

describe('forcedClean', () => {
  test('says why a build must be clean: --clean, Astro\'s --force, or CLAIMDESK_CLEAN', () => {
    expect(forcedClean(['node', 'astro', 'build', '--clean'], {})).toBe('`--clean` was given');
    expect(forcedClean(['node', 'astro', 'build', '--force'], {})).toBe("Astro's `--force` was given");
    expect(forcedClean(['node', 'astro', 'build'], { CLAIMDESK_CLEAN: '1' })).toBe('CLAIMDESK_CLEAN is set (1)');
  });

  test('returns nothing when nothing asks for a clean build', () => {
    expect(forcedClean(['node', 'astro', 'build'], {})).toBeUndefined();
    expect(forcedClean(['node', 'astro', 'build'], { CLAIMDESK_CLEAN: '0' })).toBeUndefined();
  });
});
