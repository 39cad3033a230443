import { describe, expect, test } from 'vitest';
import { suggest, unknownId } from '../../src/core/suggest.ts';

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

describe('unknownId', () => {
  const parties = ['steve-witkoff', 'basem-naim'];

  test('returns the report with the nearest known id', () => {
    expect(unknownId('party', 'witkof', parties, 'add it')).toBe('unknown party "witkof"; did you mean "steve-witkoff"?');
  });

  test('returns the hint when no known id is close', () => {
    expect(unknownId('party', 'libya', parties, 'add it as content/parties/<id>.yaml')).toBe('unknown party "libya"; add it as content/parties/<id>.yaml');
  });

  test('returns the quote and the place asked for', () => {
    expect(unknownId('party', 'basem', parties, 'add it', { quote: '`', where: ':party[Naim]{#basem}' })).toBe(
      'unknown party `basem` in :party[Naim]{#basem}; did you mean `basem-naim`?',
    );
  });
});
