import { describe, expect, test } from 'vitest';
import { isRemoteUrl, unsafeScheme } from '../../src/core/url-safety.ts';

describe('isRemoteUrl', () => {
  test('returns true for URLs with a scheme or a host, however written', () => {
    for (const url of ['https://t.example/p.gif', 'HTTP://t.example/', '//t.example/p.gif', '/\\t.example/p.gif', ' \t//t.example/', 'data:image/gif;base64,R0l', 'ftp://x/']) {
      expect(isRemoteUrl(url), url).toBe(true);
    }
  });

  test('returns false for paths of the site itself', () => {
    for (const url of ['/media/map.png', 'media/map.png', '../media/map.png', '#top', '?x=1', 'maps/with:colon.png']) {
      expect(isRemoteUrl(url), url).toBe(false);
    }
  });
});

describe('unsafeScheme', () => {
  test('returns the scheme of script and data links, in any case and with spaces or tabs inside', () => {
    expect(unsafeScheme('javascript:alert(1)')).toBe('javascript');
    expect(unsafeScheme('JaVaScRiPt:alert(1)')).toBe('javascript');
    expect(unsafeScheme(' java\tscript:alert(1)')).toBe('javascript');
    expect(unsafeScheme('vbscript:msgbox')).toBe('vbscript');
    expect(unsafeScheme('data:text/html,x')).toBe('data');
  });

  test('returns undefined for web and mail links and for relative ones', () => {
    for (const url of ['https://example.org/a:b', 'mailto:desk@example.org', '/claims/x/', 'notes/javascript:x']) expect(unsafeScheme(url), url).toBeUndefined();
  });
});
