import { describe, expect, test } from 'vitest';
import { withBase } from '../../src/core/with-base.ts';

describe('withBase', () => {
  test('returns the path under the base, with one slash between them', () => {
    expect(withBase('/', 'claims/a/')).toBe('/claims/a/');
    expect(withBase('/pr-12/', '/claims/a/')).toBe('/pr-12/claims/a/');
  });

  test('returns an absolute path when the base is written without slashes', () => {
    expect(withBase('pr-12', 'claims/a/')).toBe('/pr-12/claims/a/');
  });
});
