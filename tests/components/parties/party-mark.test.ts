import { describe, expect, test } from 'vitest';
import { partyInitials, partyShape } from '../../../src/components/parties/party-mark.ts';

describe('partyInitials', () => {
  test('returns the first letters of the first two words that count', () => {
    expect(partyInitials('Basem Naim', 'person')).toBe('BN');
    expect(partyInitials('Government of Ruritania', 'government')).toBe('GR');
    expect(partyInitials('Hamas', 'organisation')).toBe('H');
    expect(partyInitials('Israel Defense Forces', 'military')).toBe('ID');
  });

  test('returns letters of any script, upper-cased, and skips words that start with no letter', () => {
    expect(partyInitials('édouard 2 Philippe', 'person')).toBe('ÉP');
    expect(partyInitials('حركة حماس', 'organisation')).toBe('حح');
  });

  test('returns a question mark for unnamed sources', () => {
    expect(partyInitials('Unnamed reports', 'unidentified')).toBe('?');
  });
});

describe('partyShape', () => {
  test('returns a circle for people, a dashed one for unnamed sources, a shield for states and a square for organisations', () => {
    expect(partyShape('person')).toEqual({ kind: 'circle', dashed: false });
    expect(partyShape('unidentified')).toEqual({ kind: 'circle', dashed: true });
    expect(partyShape('state')).toMatchObject({ kind: 'path', d: expect.stringMatching(/^M32 3 /) });
    expect(partyShape('organisation')).toEqual({ kind: 'path', d: 'M6 6 H58 V58 H6 Z' });
    expect(partyShape('international-body')).not.toEqual(partyShape('organisation'));
  });
});
