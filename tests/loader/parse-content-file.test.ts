import { describe, expect, test } from 'vitest';
import { parseContentFile } from '../../src/loader/parse-content-file.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseContentFile', () => {
  test('returns the frontmatter data and where the body starts, through a BOM and CRLF line ends', () => {
    const result = parseContentFile('articles', 'a', 'a.md', bytes('\uFEFF---\r\ntitle: Talks\r\npublished: 2025-02-30\r\n---\r\n\r\nText.\r\n'));
    expect(result).toMatchObject({ ok: true, data: { title: 'Talks', published: '2025-02-30' }, file: { yamlStartLine: 2, bodyStartLine: 5, body: '\r\nText.\r\n' } });
  });

  test('returns an empty frontmatter as a problem on its first line', () => {
    expect(parseContentFile('articles', 'a', 'a.md', bytes('---\n---\nText.\n'))).toMatchObject({
      ok: false,
      problem: { line: 2, column: 1, message: 'the frontmatter must be fields, one `name: value` a line (such as `title: …`)' },
    });
  });

  test('returns an unclosed frontmatter as a problem', () => {
    expect(parseContentFile('articles', 'a', 'a.md', bytes('---\ntitle: Talks\n'))).toMatchObject({
      ok: false,
      problem: { line: 1, column: 1, message: 'the frontmatter is never closed; add a line `---` after the last field' },
    });
  });

  test('returns a party file that is a list, not fields, as a problem', () => {
    expect(parseContentFile('parties', 'p', 'p.yaml', bytes('- a\n- b\n'))).toMatchObject({ ok: false, problem: { line: 1, message: 'the file must be fields, one `name: value` a line (such as `title: …`)' } });
  });
});
