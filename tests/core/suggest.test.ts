import { describe, expect, test } from 'vitest';
import { suggest } from '../../src/core/suggest.ts';

describe('suggest', () => {
  const parties = ['steve-witkoff', 'basem-naim', 'donald-trump', 'hamas'];

  test('returns the nearest id for a misspelling', () => {
    expect(suggest('steve-witkof', parties)).toBe('steve-witkoff');
    expect(suggest('basem-nam', parties)).toBe('basem-naim');
  });

  test('returns an id that contains the value', () => {
    expect(suggest('witkoff', parties)).toBe('steve-witkoff');
  });

  test('returns undefined when nothing is close', () => {
    expect(suggest('libya', parties)).toBeUndefined();
  });
});
