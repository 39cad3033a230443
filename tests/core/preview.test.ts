import { afterEach, describe, expect, test, vi } from 'vitest';
import { previewBuild } from '../../src/core/preview.ts';

describe('previewBuild', () => {
  afterEach(() => vi.unstubAllEnvs());

  test('returns nothing for the published site', () => {
    vi.stubEnv('CLAIMDESK_PREVIEW_PR', undefined);
    expect(previewBuild()).toBeUndefined();
    vi.stubEnv('CLAIMDESK_PREVIEW_PR', '');
    expect(previewBuild()).toBeUndefined();
  });

  test('returns the number and the banner of a pull request preview', () => {
    vi.stubEnv('CLAIMDESK_PREVIEW_PR', '12');
    expect(previewBuild()).toEqual({ number: 12, banner: 'Preview of pull request #12: not published' });
  });

  test('throws when the value is not a pull request number, naming the variable and the fix', () => {
    for (const value of ['abc', '0', '-3', '12; rm -rf /', '1.5']) {
      expect(() => previewBuild({ CLAIMDESK_PREVIEW_PR: value })).toThrow(`CLAIMDESK_PREVIEW_PR is "${value}": set it to the pull request's number`);
    }
  });
});
