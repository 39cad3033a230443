import { describe, expect, test } from 'vitest';
import { causeCounter, describeKey, explainCauses, explainWanted, MISSING_FILE, summariseCauses } from '../../src/build/edit-explain.ts';

const keys = ['party:hamas', 'party.claimsMade:hamas', 'claim:c1', 'articles:*'];
const before = ['p1', 'm1', '-', 'all1'];
const now: Record<string, string> = { 'party:hamas': 'p1', 'party.claimsMade:hamas': 'm2', 'claim:c1': 'c1', 'articles:*': '-' };

describe('causeCounter', () => {
  test('counts the outputs to render again under each changed key they read, by route, most first', () => {
    const counter = causeCounter(keys, before, (key) => now[key] ?? '-');
    counter.add('src/pages/claims/[id].astro', [1]);
    counter.add('src/pages/claims/[id].astro', [1, 2]);
    counter.add('src/pages/parties/[id].astro', [1]);
    counter.add('src/pages/index.astro', []);
    expect(counter.causes()).toEqual([
      { key: 'party.claimsMade:hamas', change: 'changed', outputs: 3, routes: [['src/pages/claims/[id].astro', 2], ['src/pages/parties/[id].astro', 1]] },
      { key: MISSING_FILE, change: 'changed', outputs: 1, routes: [['src/pages/index.astro', 1]] },
      { key: 'claim:c1', change: 'added', outputs: 1, routes: [['src/pages/claims/[id].astro', 1]] },
    ]);
  });

  test('says a key is removed when it has no digest now', () => {
    const counter = causeCounter(keys, before, (key) => now[key] ?? '-');
    counter.add('src/pages/page/[page].astro', [3]);
    expect(counter.causes()[0]).toMatchObject({ key: 'articles:*', change: 'removed' });
  });
});

describe('the explanation in words', () => {
  const causes = [
    { key: 'party.claimsMade:hamas', change: 'changed' as const, outputs: 4120, routes: [['src/pages/claims/[id].astro', 4000], ['src/pages/parties/[id].astro', 120]] as [string, number][] },
    { key: 'claim:c1', change: 'added' as const, outputs: 3, routes: [['src/pages/claims/[id].astro', 3]] as [string, number][] },
  ];

  test('one line names the keys that caused the most', () => {
    expect(summariseCauses(causes, 1)).toBe('4,120 outputs read party.claimsMade:hamas (changed), and 1 other changed key');
    expect(summariseCauses([])).toBe('nothing changed that an output read');
  });

  test('the full explanation gives each key in words, with its routes', () => {
    expect(explainCauses(causes)).toEqual([
      '4,120 outputs read party.claimsMade:hamas, the claimsMade list of party hamas, changed: 4,000 src/pages/claims/[id].astro, 120 src/pages/parties/[id].astro',
      '3 outputs read claim:c1, claim c1, added: 3 src/pages/claims/[id].astro',
    ]);
  });

  test('keys in words', () => {
    expect(describeKey('body:gaza-deal')).toBe('the text of article gaza-deal');
    expect(describeKey('articles:*')).toBe('the list of all articles');
    expect(describeKey('timeline:e1')).toBe('the timeline place of event e1');
  });

  test('CLAIMDESK_EDIT_EXPLAIN asks for it, unless empty or 0', () => {
    expect(explainWanted({ CLAIMDESK_EDIT_EXPLAIN: '1' })).toBe(true);
    expect(explainWanted({ CLAIMDESK_EDIT_EXPLAIN: '0' })).toBe(false);
    expect(explainWanted({})).toBe(false);
  });
});
