import { describe, expect, test } from 'vitest';
import { checkBody } from '../../src/markdown/check-body.ts';
import { lookup } from './lookup-fixture.ts';

const { known } = lookup;
const check = (markdown: string) => checkBody(markdown, known);

describe('checkBody', () => {
  test('returns the ids a body marks, each once, in order, and no problems', () => {
    const report = check(
      [
        ':party[Naim]{#basem-naim} said :claim[it was a deal]{#naim-deal}.:cite[interview]',
        '',
        'Then :claim[no berths]{#council-denial}, :party{#hamas} and :claim[again]{#naim-deal}.:cite[un-report, interview]',
      ].join('\n'),
    );
    expect(report).toEqual({
      problems: [],
      claims: ['naim-deal', 'council-denial'],
      sources: ['interview', 'un-report'],
      parties: ['basem-naim', 'hamas'],
    });
  });

  test('reports an unknown id at its line and column, with the nearest id', () => {
    const report = check('First line.\n\nSo :claim[it was a deal]{#naim-dael} and :party[x]{#hammas}.:cite[intervew]');
    expect(report.problems).toEqual([
      { line: 3, column: 4, severity: 'error', message: 'unknown claim `naim-dael` in `:claim`; did you mean `naim-deal`?' },
      { line: 3, column: 42, severity: 'error', message: 'unknown party `hammas` in `:party`; did you mean `hamas`?' },
      { line: 3, column: 61, severity: 'error', message: 'unknown source `intervew` in `:cite`; did you mean `interview`?' },
    ]);
    expect(report.claims).toEqual([]);
  });

  test('reports an unknown id with no near match and says where ids come from', () => {
    expect(check(':cite[interview, zzz-unheard-of]').problems).toEqual([
      { line: 1, column: 1, severity: 'error', message: 'unknown source `zzz-unheard-of` in `:cite`; use the file name of a source in content/sources/' },
    ]);
  });

  test('reports a misspelt marker instead of passing it as text', () => {
    const [problem] = check('Naim said :cliam[it was a deal]{#naim-deal}.').problems;
    expect(problem).toMatchObject({ line: 1, column: 11, severity: 'error' });
    expect(problem!.message).toMatch(/^unknown marker `:cliam`; did you mean `:claim`\? the markers are `:claim\[the passage\]\{#claim-id\}`/);
  });

  test('returns no problem for ordinary text that only looks like a directive', () => {
    expect(check('At 10:30, a:b, re:Invent, John 3:16, Note:this, http://example.org:8080/x:y and a::b.').problems).toEqual([]);
  });

  test('returns an empty report for text without a colon or an angle bracket', () => {
    expect(check('Plain text, with (brackets) [and] {braces}.')).toEqual({ problems: [], claims: [], sources: [], parties: [] });
  });

  test('returns no problem for markers in code', () => {
    expect(check('Write `:claim[x]{#nope}`.\n\n```\n:cite[nope]\n```').problems).toEqual([]);
  });

  test('reports markers without an id, without words, or with text other than ids', () => {
    const messages = check([':claim[a passage]', ':claim{#naim-deal}', ':cite[]', ':cite[*interview*]'].join('\n\n')).problems.map(
      (p) => `${p.line}:${p.column} ${p.severity} ${p.message}`,
    );
    expect(messages).toEqual([
      '1:1 error `:claim[…]` has no id; write `:claim[the passage]{#claim-id}`',
      '3:1 error `:claim{#naim-deal}` marks no words; put the passage that makes the claim between the brackets: `:claim[the passage]{#claim-id}`',
      '5:1 error `:cite` names no source; write `:cite[source-id]` (several: `:cite[source-a, source-b]`)',
      '7:1 error `:cite[…]` takes source ids only, separated by commas; write `:cite[source-id]` (several: `:cite[source-a, source-b]`)',
    ]);
  });

  test('warns about attributes other than the id, which are left out, and still reads the marker', () => {
    const report = check(':party[Hamas]{#hamas onclick="alert(1)" .big}\n\n:cite[interview]{#x}');
    expect(report.problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.message}`)).toEqual([
      '1:1 warning `:party` takes only an id, `{#party-id}`, so `onclick`, `class` is left out; remove it',
      '3:1 warning `:cite` takes no `{…}`, so `id` is left out; write `:cite[source-id]` (several: `:cite[source-a, source-b]`)',
    ]);
    expect([report.parties, report.sources]).toEqual([['hamas'], ['interview']]);
  });

  test('reports a marker inside a link, which would nest links', () => {
    expect(check('[see :party[Hamas]{#hamas}](https://example.org)').problems).toEqual([
      { line: 1, column: 6, severity: 'error', message: '`:party` cannot be inside a link\'s text, because it makes a link itself; move it out of the link' },
    ]);
  });

  test('reports a block directive at the start of a line', () => {
    const [problem] = check('Intro.\n\n::claim[whole line]{#naim-deal}').problems;
    expect(problem).toMatchObject({ line: 3, column: 1, severity: 'error' });
    expect(problem!.message).toMatch(/^`::claim` at the start of a line is a block directive/);
  });

  test('reports raw HTML as a warning at its place, and HTML comments not at all', () => {
    expect(check('Text <b onclick="x()">bold</b>.\n\n<!-- editor note -->\n\n<script>alert(1)</script>').problems).toEqual([
      { line: 1, column: 6, severity: 'warning', message: 'raw HTML is not allowed in an article and is left out of the page: `<b onclick="x()">`; write it in Markdown (emphasis, links, lists) or with :claim, :cite and :party' },
      { line: 1, column: 27, severity: 'warning', message: 'raw HTML is not allowed in an article and is left out of the page: `</b>`; write it in Markdown (emphasis, links, lists) or with :claim, :cite and :party' },
      { line: 5, column: 1, severity: 'warning', message: 'raw HTML is not allowed in an article and is left out of the page: `<script>alert(1)</script>`; write it in Markdown (emphasis, links, lists) or with :claim, :cite and :party' },
    ]);
  });
});
