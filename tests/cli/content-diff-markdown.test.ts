import { describe, expect, test } from 'vitest';
import { contentDiffMarkdown } from '../../src/cli/content-diff-markdown.ts';
import type { ContentDiff } from '../../src/cli/content-diff.ts';

const empty = (): ContentDiff => ({
  articles: { added: [], removed: [], changed: [] },
  claims: { added: [], removed: [], changed: [] },
  statusChanges: [],
  events: { added: [], removed: [], redated: [] },
  parties: { added: [], changed: [], renamed: [], removed: [] },
  sources: { added: [], changed: [], renamed: [], removed: [] },
  errors: { base: 0, head: 0 },
  unreadable: { base: [], head: [] },
});

const refs = { base: 'main', head: 'HEAD' };
const naim = { id: 'naim-deal', claimant: 'Basem Naim', statement: 'Witkoff promised a deal.', status: 'disputed', article: 'gaza' } as const;

describe('contentDiffMarkdown', () => {
  test('returns a heading and "No content changes." for an empty diff', () => {
    expect(contentDiffMarkdown(empty(), refs)).toBe('## Content changes: `main` → `HEAD`\n\nNo content changes.\n');
  });

  test('returns a count line and one section per kind of change, status changes first', () => {
    const diff = empty();
    diff.statusChanges.push({ ...naim, from: 'unverified', to: 'disputed', date: '2025-05-20', rationale: 'US officials deny it.' });
    diff.articles.changed.push({ id: 'gaza', title: 'Hamas official says US broke a promise', fields: ['claims', 'text'], edits: [] });
    diff.articles.added.push({ id: 'libya', title: 'Libya talks' });
    diff.claims.added.push({ id: 'libya-talks', claimant: 'Unnamed reports', statement: 'The US talked to Libya.', status: 'unverified', article: 'libya' });
    diff.claims.removed.push({ ...naim, id: 'old-claim', status: 'false' });
    diff.claims.changed.push({ ...naim, fields: ['statement'], edits: [{ field: 'statement', from: 'Witkoff made a promise.', to: 'Witkoff promised a deal.' }] });
    diff.events.added.push({ id: 'talks', title: 'Talks begin', date: '2025-05~' });
    diff.events.redated.push({ id: 'released', title: 'Edan Alexander released', from: '2025-05', to: '2025-05-12' });
    diff.events.removed.push({ id: 'gone', title: 'Old event', date: '2024' });
    diff.parties.added.push({ id: 'libya', name: 'Libya' }, { id: 'iran', name: 'Iran' });
    diff.sources.removed.push({ id: 'old-source', name: 'Old source' });
    diff.parties.changed.push({ id: 'naim', name: 'Bassem Naim', fields: ['name', 'kind'], edits: [{ field: 'name', from: 'Basem Naim', to: 'Bassem Naim' }] });
    diff.sources.renamed.push({ from: 'interveiw', to: 'interview', name: 'Interview' });

    expect(contentDiffMarkdown(diff, refs)).toBe(
      [
        '## Content changes: `main` → `HEAD`',
        '',
        '1 status change, 1 article added, 1 article changed, 1 claim added, 1 claim edited, 1 claim removed, 1 event added, 1 event re-dated, 1 event removed, 2 parties added, 1 party changed, 1 source renamed, 1 source removed.',
        '',
        '### Status changes',
        '',
        '- `naim-deal` (Basem Naim): Witkoff promised a deal.  ',
        '  **Unverified** → **Disputed** on 2025-05-20. Rationale: US officials deny it.',
        '',
        '### Articles',
        '',
        '- Added: *Libya talks* (`libya`)',
        '- Changed: *Hamas official says US broke a promise* (`gaza`): claims, text',
        '',
        '### Claims',
        '',
        '- Added: `libya-talks` (Unnamed reports, **Unverified**, in `libya`): The US talked to Libya.',
        '- Edited (statement): `naim-deal` (Basem Naim): Witkoff promised a deal.  ',
        '  statement: Witkoff ~~made~~ **promised** a ~~promise.~~ **deal.**',
        '- Removed: `old-claim` (Basem Naim, from `gaza`): Witkoff promised a deal.',
        '',
        '### Events',
        '',
        '- Added: `2025-05~` Talks begin (`talks`)',
        '- Re-dated: Edan Alexander released (`released`): `2025-05` → `2025-05-12`',
        '- Removed: `2024` Old event (`gone`)',
        '',
        '### Parties',
        '',
        '- Added: Libya (`libya`)',
        '- Added: Iran (`iran`)',
        '- Changed: Bassem Naim (`naim`): name, kind  ',
        '  name: ~~Basem~~ **Bassem** Naim',
        '',
        '### Sources',
        '',
        '- Renamed: Interview, `interveiw` → `interview`',
        '- Removed: Old source (`old-source`)',
        '',
      ].join('\n'),
    );
  });

  test('returns a warning for each side with content errors', () => {
    const diff = empty();
    diff.errors = { base: 1, head: 3 };
    diff.unreadable = { base: [], head: ['articles/gaza', 'parties/witkoff'] };
    const markdown = contentDiffMarkdown(diff, refs);
    expect(markdown).toContain('> **Warning:** `main` has 1 content error; `npm run check` lists them.\n');
    expect(markdown).toContain(
      '> **Warning:** `HEAD` has 3 content errors; `npm run check` lists them. Left out of the comparison: `articles/gaza`, `parties/witkoff`.\n',
    );
  });

  test('returns content text with Markdown and HTML escaped, on one line', () => {
    const diff = empty();
    diff.articles.added.push({ id: 'x', title: '<img src=x onerror=alert(1)> *bold* [link](https://evil.example) `code` & ~~gone~~\nnext' });
    expect(contentDiffMarkdown(diff, refs)).toContain(
      '- Added: *&lt;img src=x onerror=alert(1)> \\*bold\\* \\[link\\](https://evil.example) \\`code\\` &amp; \\~\\~gone\\~\\~ next* (`x`)',
    );
  });

  test('returns long statements cut at a word, ending with an ellipsis', () => {
    const diff = empty();
    const statement = `${'word '.repeat(40)}end`;
    diff.claims.added.push({ ...naim, statement });
    const line = contentDiffMarkdown(diff, refs).split('\n').find((l) => l.startsWith('- Added:'))!;
    expect(line).toBe(`- Added: \`naim-deal\` (Basem Naim, **Disputed**, in \`gaza\`): ${'word '.repeat(31)}word…`);
  });

  test('returns refs containing backticks as code spans that still close', () => {
    expect(contentDiffMarkdown(empty(), { base: 'a`b', head: 'HEAD' })).toMatch(/^## Content changes: `` a`b `` → `HEAD`\n/);
  });
});
