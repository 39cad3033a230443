import { describe, expect, test } from 'vitest';
import { calendarDateSchema, edtfSchema, idSchema, lineSchema, MAX_LINE, urlSchema } from '../../src/schemas/common.ts';
import { issues } from './helpers.ts';

describe('urlSchema', () => {
  test('accepts http and https URLs', () => {
    expect(urlSchema.parse('https://www.dropsitenews.com/p/x')).toBe('https://www.dropsitenews.com/p/x');
    expect(urlSchema.parse(' http://example.org ')).toBe('http://example.org/');
  });

  test.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', '//example.org', 'example.org'])(
    'rejects %s',
    (value) => {
      expect(issues(urlSchema, value)).toEqual([': must be an absolute http:// or https:// URL; other schemes such as javascript: or data: are not allowed']);
    },
  );
});

describe('calendarDateSchema', () => {
  test('accepts a day written as text, or as the Date a YAML loader made of it', () => {
    expect(calendarDateSchema.parse('2024-02-29')).toBe('2024-02-29');
    expect(calendarDateSchema.parse(new Date('2025-05-17T00:00:00Z'))).toBe('2025-05-17');
  });

  test('rejects impossible days and other forms', () => {
    expect(issues(calendarDateSchema, '2025-02-30')[0]).toContain('February 2025 has 28 days');
    expect(issues(calendarDateSchema, '2025-05')[0]).toContain('is not a calendar date in the form YYYY-MM-DD');
  });
});

describe('edtfSchema', () => {
  test('accepts a bare year, which YAML reads as a number', () => {
    expect(edtfSchema.parse(2024)).toBe('2024');
    expect(edtfSchema.parse('2025-05~')).toBe('2025-05~');
  });
});

describe('idSchema', () => {
  test('rejects ids that are not lower-case slugs', () => {
    expect(issues(idSchema, 'Basem Naim')[0]).toContain('lower-case letters, digits and single hyphens');
    expect(issues(idSchema, 'basem--naim')).toHaveLength(1);
  });
});

describe('lineSchema', () => {
  test('rejects blank, multi-line and absurdly long text', () => {
    expect(issues(lineSchema, ' \t ')).toEqual([': is empty; write the text']);
    expect(issues(lineSchema, 'a\nb')).toEqual([': must be one line; remove the line break']);
    expect(issues(lineSchema, 'x'.repeat(MAX_LINE + 1))).toEqual([`: is longer than ${MAX_LINE} characters; shorten it`]);
  });
});
