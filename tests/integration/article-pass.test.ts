import { describe, expect, test } from 'vitest';
import { AHEAD } from '../../src/build/article-bodies.ts';
import { lookAhead } from '../../src/integration/article-pass.ts';

describe('lookAhead', () => {
  test('returns the default when CLAIMDESK_LOOK_AHEAD is unset or empty, and the number it is set to', () => {
    expect(lookAhead(undefined)).toBe(AHEAD);
    expect(lookAhead('')).toBe(AHEAD);
    expect(lookAhead('4')).toBe(4);
  });

  test('throws, showing the value and the fix, for anything but a whole number from 1', () => {
    for (const value of ['0', '-2', '2.5', 'many']) {
      expect(() => lookAhead(value)).toThrow(`CLAIMDESK_LOOK_AHEAD is \`${value}\`, not a whole number of texts from 1.`);
    }
  });
});
