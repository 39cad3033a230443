import { describe, expect, test } from 'vitest';
import { SECTIONS, sectionCurrent } from '../../src/core/nav.ts';

const current = (path: string) => Object.fromEntries(SECTIONS.map((section) => [section.label, sectionCurrent(section, path)]).filter(([, value]) => value));

describe('sectionCurrent', () => {
  test('returns page on a section index', () => {
    expect(current('')).toEqual({ Articles: 'page' });
    expect(current('claims/')).toEqual({ Claims: 'page' });
  });

  test('returns true on the detail pages of a section', () => {
    expect(current('claims/naim-deal/')).toEqual({ Claims: 'true' });
    expect(current('articles/gaza-deal/')).toEqual({ Articles: 'true' });
    expect(current('page/2/')).toEqual({ Articles: 'true' });
    expect(current('timeline/2025/')).toEqual({ Timeline: 'true' });
  });

  test('returns nothing for a page of no section', () => {
    expect(current('about/ratings/')).toEqual({});
  });
});
