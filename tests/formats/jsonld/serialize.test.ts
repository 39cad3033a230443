import { describe, expect, test } from 'vitest';
import { jsonLdScriptText } from '../../../src/formats/jsonld/serialize.ts';

describe('jsonLdScriptText', () => {
  test('returns JSON in which content cannot close the script element', () => {
    const text = jsonLdScriptText({ headline: '</script><script>alert(1)</script><!--' });
    expect(text).not.toMatch(/[<>]/);
    expect(text).toBe('{"headline":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!--"}');
  });

  test('returns text that parses back to the same data', () => {
    const data = { a: 'x < y & y > z', b: [1, 'é'] };
    expect(JSON.parse(jsonLdScriptText(data))).toEqual(data);
  });
});
