import { describe, expect, test } from 'vitest';
import { fullListPageNumber, fullListPages, hasFullList, laterPages, pageCount, pagePath, pageWindow, paginate } from '../../src/graph/paginate.ts';

const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

describe('pageCount', () => {
  test('returns the pages needed, rounding up', () => {
    expect(pageCount(7, 3)).toBe(3);
    expect(pageCount(6, 3)).toBe(2);
    expect(pageCount(100, 100)).toBe(1);
    expect(pageCount(101, 100)).toBe(2);
  });

  test('returns 1 for an empty list', () => {
    expect(pageCount(0, 100)).toBe(1);
  });

  test('throws when the page size is not a whole number of at least 1', () => {
    expect(() => pageCount(10, 0)).toThrow('page size must be a whole number of at least 1, not 0');
    expect(() => pageCount(10, 2.5)).toThrow('not 2.5');
  });
});

describe('paginate', () => {
  test('returns the items of the first, a middle and the last page', () => {
    expect(paginate(letters, 1, 3)).toEqual({ items: ['a', 'b', 'c'], number: 1, last: 3, total: 7, first: 1 });
    expect(paginate(letters, 2, 3)).toEqual({ items: ['d', 'e', 'f'], number: 2, last: 3, total: 7, first: 4 });
    expect(paginate(letters, 3, 3)).toEqual({ items: ['g'], number: 3, last: 3, total: 7, first: 7 });
  });

  test('returns one empty page for an empty list', () => {
    expect(paginate([], 1, 100)).toEqual({ items: [], number: 1, last: 1, total: 0, first: 0 });
  });

  test('throws when the page is past the last or not a page number', () => {
    expect(() => paginate(letters, 4, 3)).toThrow('page 4 does not exist; pages run from 1 to 3');
    expect(() => paginate(letters, 0, 3)).toThrow('page 0 does not exist');
  });
});

describe('pagePath', () => {
  test('returns the list path itself for page 1', () => {
    expect(pagePath('claims/', 1)).toBe('claims/');
  });

  test('returns path/page/n/ for later pages, with or without a trailing slash', () => {
    expect(pagePath('claims/', 2)).toBe('claims/page/2/');
    expect(pagePath('parties/hamas/articles', 12)).toBe('parties/hamas/articles/page/12/');
  });

  test('returns page/n/ for the list at the site root', () => {
    expect(pagePath('', 1)).toBe('');
    expect(pagePath('', 3)).toBe('page/3/');
  });
});

describe('laterPages', () => {
  test('returns the numbers of every page after the first', () => {
    expect(laterPages(250, 100)).toEqual([2, 3]);
  });

  test('returns nothing when the list fits on one page', () => {
    expect(laterPages(100, 100)).toEqual([]);
    expect(laterPages(0, 100)).toEqual([]);
  });
});

describe('pageWindow', () => {
  test('returns the first, the last and two either side of the current page, with gaps', () => {
    expect(pageWindow(7, 20)).toEqual([1, 'gap', 5, 6, 7, 8, 9, 'gap', 20]);
  });

  test('returns no gap where the numbers run on', () => {
    expect(pageWindow(1, 5)).toEqual([1, 2, 3, 'gap', 5]);
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageWindow(20, 20)).toEqual([1, 'gap', 18, 19, 20]);
  });

  test('returns [1] for a single page', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
  });
});

describe('hasFullList', () => {
  test('is true only for a list longer than the 10 its owner\'s page shows', () => {
    expect(hasFullList(10)).toBe(false);
    expect(hasFullList(11)).toBe(true);
  });
});

describe('fullListPages', () => {
  test('returns no pages for a list of 10 or fewer', () => {
    expect(fullListPages(0)).toEqual([]);
    expect(fullListPages(10)).toEqual([]);
  });

  test('returns the first page, then page/n for each further 100', () => {
    expect(fullListPages(11)).toEqual([undefined]);
    expect(fullListPages(100)).toEqual([undefined]);
    expect(fullListPages(201)).toEqual([undefined, 'page/2', 'page/3']);
  });
});

describe('fullListPageNumber', () => {
  test('reads the page number back from the parameter fullListPages gives', () => {
    expect(fullListPages(201).map(fullListPageNumber)).toEqual([1, 2, 3]);
  });
});
