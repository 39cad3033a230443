import { describe, expect, test } from 'vitest';
import { claimantLabel, claimHeadline } from '../../src/core/claimant-label.ts';

describe('claimantLabel', () => {
  test('returns a singular verb for a person and an organisation', () => {
    expect(claimantLabel({ name: 'Basem Naim', kind: 'person' })).toEqual({ name: 'Basem Naim', says: 'Basem Naim says', by: 'by Basem Naim' });
    expect(claimantLabel({ name: 'Hamas', kind: 'organisation' }).says).toBe('Hamas says');
  });

  test('returns a plural verb and "from" for unidentified sources', () => {
    expect(claimantLabel({ name: 'Unnamed reports', kind: 'unidentified' })).toEqual({
      name: 'Unnamed reports',
      says: 'Unnamed reports say',
      by: 'from unnamed reports',
    });
  });

  test('keeps an acronym capitalised', () => {
    expect(claimantLabel({ name: 'UN officials', kind: 'unidentified' }).by).toBe('from UN officials');
  });

  test('returns the id for a party the content does not define', () => {
    expect(claimantLabel(undefined, 'basem-naim').name).toBe('basem-naim');
  });
});

describe('claimHeadline', () => {
  test('returns the claim after its claimant and the verb', () => {
    expect(claimHeadline(claimantLabel({ name: 'Basem Naim', kind: 'person' }), 'The deal is done.')).toBe('Basem Naim says: The deal is done.');
    expect(claimHeadline(claimantLabel({ name: 'Unnamed reports', kind: 'unidentified' }), 'Talks failed.')).toBe('Unnamed reports say: Talks failed.');
  });
});
